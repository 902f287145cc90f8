import { suggestQuery, toVocabulary, type Vocabulary } from './did-you-mean.ts';
import type { Pagefind, SearchOptions } from './pagefind.ts';
import type { SearchSettings, SearchStrings } from './search-strings.ts';

/** The "Did you mean …?" line under the announcement of results. */
export interface Suggestion {
  hide(): void;
  /**
   * After a search that found nothing, or only loose matches, offers the query as the
   * archive's own words would spell it, if that query finds something with the same filters.
   */
  offer(query: string, options: SearchOptions, isCurrent: () => boolean): Promise<void>;
}

/**
 * Drives the suggestion line `element`. The words file is fetched the first time a search
 * finds nothing it was asked for, so searches that find something cost nothing more;
 * `choose` runs the suggested query when the reader follows the link.
 */
export function createSuggestion(
  element: HTMLElement,
  strings: SearchStrings,
  settings: SearchSettings,
  pagefind: () => Promise<Pagefind>,
  choose: (query: string) => void,
): Suggestion {
  let vocabulary: Promise<Vocabulary> | undefined;
  const words = () =>
    (vocabulary ??= fetch(settings.words)
      .then((response) => response.json() as Promise<string[]>)
      .then(toVocabulary));

  function show(query: string): void {
    const link = document.createElement('a');
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    link.href = url.href;
    link.textContent = query;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      choose(query);
    });
    const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
    element.replaceChildren(before, link, after);
  }

  return {
    hide() {
      element.replaceChildren();
    },
    async offer(query, options, isCurrent) {
      const suggested = suggestQuery(query, await words(), document.documentElement.lang);
      if (!suggested || !isCurrent()) return;
      const found = await (await pagefind()).search(suggested, options);
      if (isCurrent() && found?.results.length) show(suggested);
    },
  };
}
