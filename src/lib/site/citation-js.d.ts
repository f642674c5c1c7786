// citation-js ships no type declarations; these cover the calls src/lib/site/citation.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(
      format: 'bibliography',
      options: { format: 'text' | 'html'; template: string; lang: string },
    ): string;
    format(format: 'bibtex' | 'data', options?: { format?: 'text' | 'object' }): string;
  }
  /** Plugin registry; `config.get('@bibtex')` is the BibTeX plugin's mutable configuration. */
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
