// Pagefind cuts an excerpt to a fixed number of words wherever they fall, mid-phrase included
// ("Speaks for Mejlis of the Crimean Tatar"). The page's indexed text, which Pagefind sends with
// each result, says where the excerpt sits: an ellipsis marks each end that stops inside a
// sentence, and none is added when the excerpt cannot be placed in that text.

/** An end of a sentence or clause: the excerpt is not cut there. */
const CLOSED_END = /[.!?…:;]["'”’)\]]*$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The excerpt as plain text: without its <mark>s, entities decoded, spaces as in the index. */
export function excerptText(excerpt: string): string {
  return excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the excerpt was cut before its first word and after its last, judged at every place its
 * words occur in the page's text: an end counts as cut only if it is cut at all of them, so an
 * excerpt that cannot be told apart is never given an ellipsis it may not need.
 */
export function excerptCuts(
  excerpt: string,
  content: string | undefined,
): { before: boolean; after: boolean } {
  const none = { before: false, after: false };
  const text = excerptText(excerpt);
  if (!content || text === '') return none;
  const page = content.replace(/\s+/g, ' ');
  const places: number[] = [];
  for (let at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + 1)) places.push(at);
  if (places.length === 0) return none;
  const cutBefore = (at: number): boolean => {
    const preceding = page.slice(0, at).trimEnd();
    return preceding !== '' && !CLOSED_END.test(preceding);
  };
  const cutAfter = (at: number): boolean => {
    const following = page.slice(at + text.length);
    return following.trim() !== '' && !CLOSED_END.test(text) && !/^[.!?…:;]/.test(following);
  };
  return { before: places.every(cutBefore), after: places.every(cutAfter) };
}

/** The excerpt's HTML with an ellipsis at each end where it stops inside a sentence. */
export function withCutMarks(html: string, excerpt: string, content: string | undefined): string {
  const cuts = excerptCuts(excerpt, content);
  return `${cuts.before ? '…' : ''}${html}${cuts.after ? '…' : ''}`;
}
