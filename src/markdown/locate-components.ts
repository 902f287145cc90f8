import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { COMPONENT_NAMES } from '../schemas/mdx-components.ts';

/** The prop that tells a component where its tag is written: `content/docs/x/index.mdx:12`. */
export const LOCATION_PROP = 'data-content-location';

type Located = { position?: { start: { line: number } } };

/**
 * A Sätteri hast plugin that gives every component tag of an MDX page the file and line it
 * is written on, so that a component that meets a content mistake while the site is built
 * names that line, not the bundled chunk it runs from. `displayPath` shows paths as the
 * checker does.
 */
export function locateComponents(displayPath: (path: string) => string) {
  const locate = (node: Readonly<Located>, ctx: HastVisitorContext) => {
    const line = node.position?.start.line;
    if (!ctx.fileURL || !line) return;
    ctx.setProperty(
      node as never,
      LOCATION_PROP,
      `${displayPath(fileURLToPath(ctx.fileURL))}:${line}`,
    );
  };
  return defineHastPlugin({
    name: 'annals-locate-components',
    options: { position: true },
    mdxJsxFlowElement: { filter: COMPONENT_NAMES, visit: locate },
    mdxJsxTextElement: { filter: COMPONENT_NAMES, visit: locate },
  });
}
