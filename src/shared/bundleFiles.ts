// Names inside <out>/pagefind/ that the indexer writes and the search page reads.
/** Folded spelling → spelling in the text, for letters Pagefind does not fold (see wordAliases.ts). */
export const WORD_ALIASES_FILE = 'word-aliases.json';
