import type { PagefindResultData } from './pagefind.ts';
import type { SearchState } from './search-state.ts';
import { SEARCH_FILTERS, type SearchStrings } from './search-strings.ts';

/** Fills `{name}` placeholders of a string. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** One result: its title as a link, what it is, when and where, and the matching words. */
export function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'h3';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [result.meta.kind, result.meta.date, result.meta.place]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind encodes the page text before adding <mark>, so the excerpt is safe as HTML.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * The filter checkboxes, one group per filter, each value with the number of results it
 * would leave; values that would leave none are not offered unless already chosen. Values
 * are ordered for reading: years newest first, the rest alphabetically.
 */
export function renderFilters(
  container: HTMLElement,
  available: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  state: SearchState,
  strings: SearchStrings,
): void {
  const collator = new Intl.Collator(document.documentElement.lang);
  const groups = SEARCH_FILTERS.map((key) => {
    const values = Object.keys(available[key] ?? {})
      .filter((value) => (counts[key]?.[value] ?? 0) > 0 || state.filters[key]?.includes(value))
      .sort((a, b) => (key === 'year' ? b.localeCompare(a) : collator.compare(a, b)));
    return { key, values };
  });
  container.replaceChildren(
    ...groups
      // A filter with a single value to offer would not narrow anything down.
      .filter(({ key, values }) => values.length > 1 || (state.filters[key]?.length ?? 0) > 0)
      .map(({ key, values }) => {
        const group = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = strings.filters[key] ?? key;
        group.append(legend);
        for (const value of values) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = state.filters[key]?.includes(value) ?? false;
          label.append(box, ` ${value} (${counts[key]?.[value] ?? 0})`);
          group.append(label);
        }
        return group;
      }),
  );
}
