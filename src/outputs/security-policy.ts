import type { AstroUserConfig } from 'astro';

/** Astro's `security.csp` options, and one directive as Astro types it. */
type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspOptions['directives']>[number];

/**
 * The site's Content Security Policy. Pages load only what the site itself serves: its
 * stylesheets and, on the search page, its one script with Pagefind, whose worker and
 * WebAssembly come from the site too. Nothing inline may run: Astro hashes what it inlines,
 * and JSON-LD is data, which a policy does not govern. An editor's text therefore cannot
 * run script even if it got past the checker.
 */
export const POLICY_DIRECTIVES: readonly Directive[] = [
  "default-src 'self'",
  // Pagefind searches in a worker it loads from the site.
  "worker-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Where scripts may come from. Pagefind compiles its WebAssembly search engine, which needs
 * `'wasm-unsafe-eval'`; it allows WebAssembly only, not JavaScript's `eval`.
 */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Where styles may come from: the site's stylesheets, and what Astro inlines with a hash. */
export const STYLE_SOURCES: readonly string[] = ["'self'"];

/**
 * What only a policy sent as an HTTP header can say; browsers ignore it in a `<meta>`
 * element. No other site may show these pages in a frame.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'self'"];

/** Astro's `security.csp` option: the policy of every page, in a `<meta>` element. */
export function astroCspOptions(): CspOptions {
  return {
    directives: [...POLICY_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** A policy as its directives, each with its sources: `script-src 'self'` → script-src: ['self']. */
type ParsedPolicy = Map<string, string[]>;

function parsePolicy(policy: string): ParsedPolicy {
  const directives: ParsedPolicy = new Map();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, [...(directives.get(name) ?? []), ...sources]);
  }
  return directives;
}

/**
 * One policy that allows what each of `policies` allows: the sources of each directive
 * joined, in the order first met. Pages share their policy, but a header cannot vary by
 * page, so it carries what any page needs (with `extra` directives after).
 */
export function mergePolicies(policies: Iterable<string>, extra: readonly string[] = []): string {
  const merged: ParsedPolicy = new Map();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
