// citation-js ships no type declarations; this names the one function Annals calls.
declare module '@citation-js/core' {
  export const plugins: {
    output: {
      /** Formats CSL-JSON items with an output plugin: `bibtex`, `ris`, `data`, … */
      format(name: string, data: object[], options?: Record<string, unknown>): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
