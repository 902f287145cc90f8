import type { SearchState } from './search-state.ts';
import { SEARCH_FILTERS, type SearchFilter } from './search-strings.ts';

/** Results per filter value: `{ type: { Event: 12, City: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The filter checkboxes, drawn once and then only updated. */
export interface FilterPanel {
  /** Whether the groups are drawn. */
  readonly drawn: boolean;
  /**
   * Draws one group per filter with every value the index has, ordered for reading: years
   * newest first, the rest alphabetically. A filter with a single value is left out, since
   * it would not narrow anything down.
   */
  draw(available: FilterCounts): void;
  /**
   * Sets each value's count and whether it is chosen. Every value stays, with nought if it
   * would add nothing, and no element is replaced, so focus and the page stay where they are.
   */
  update(counts: FilterCounts, state: SearchState): void;
}

interface Value {
  box: HTMLInputElement;
  count: HTMLSpanElement;
}

function valueLabel(key: SearchFilter, value: string): { label: HTMLLabelElement } & Value {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  const count = document.createElement('span');
  count.className = 'search-filter-count';
  label.append(box, ` ${value} `, count);
  return { label, box, count };
}

/** Draws and updates the filter groups inside `container`, with `legends` as their names. */
export function createFilterPanel(
  container: HTMLElement,
  legends: Record<string, string>,
): FilterPanel {
  const values = new Map<SearchFilter, Map<string, Value>>();
  const collator = new Intl.Collator(document.documentElement.lang);
  let drawn = false;

  function group(key: SearchFilter, names: string[]): HTMLFieldSetElement {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legends[key] ?? key;
    const list = document.createElement('div');
    list.className = 'search-filter-values';
    const byValue = new Map<string, Value>();
    for (const name of names) {
      const { label, ...value } = valueLabel(key, name);
      list.append(label);
      byValue.set(name, value);
    }
    values.set(key, byValue);
    fieldset.append(legend, list);
    return fieldset;
  }

  return {
    get drawn() {
      return drawn;
    },
    draw(available) {
      const groups = SEARCH_FILTERS.map((key) => {
        const names = Object.keys(available[key] ?? {}).sort((a, b) =>
          key === 'year' ? b.localeCompare(a) : collator.compare(a, b),
        );
        return { key, names };
      }).filter(({ names }) => names.length > 1);
      container.replaceChildren(...groups.map(({ key, names }) => group(key, names)));
      drawn = true;
    },
    update(counts, state) {
      for (const [key, byValue] of values) {
        for (const [name, { box, count }] of byValue) {
          const results = counts[key]?.[name] ?? 0;
          box.checked = state.filters[key]?.includes(name) ?? false;
          count.textContent = `(${results})`;
          box.parentElement!.classList.toggle('is-empty', results === 0);
        }
      }
    },
  };
}
