/**
 * Text helpers shared by the pipeline (src/ingest), the site (src/lib, pages) and the search
 * page's browser code, so each job is written once. Nothing here may import Node modules.
 */

/** The text with each run of white space (line breaks, tabs, doubled spaces) as one space, trimmed. */
export const squashSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The text without its combining marks: "Dačić" → "Dacic", "Türkiye" → "Turkiye". NFKD also
 * splits compatibility forms (ligatures, full-width letters) into their plain letters. Letters
 * that are a base letter of their own rather than a letter plus a mark (đ, ł, ø, ß) are kept.
 * Case is kept: callers that compare case-insensitively lowercase the result.
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

const MARKUP_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML or XML (SVG) text nodes and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => MARKUP_ENTITIES[char] ?? char);
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Plain text from a string that may carry HTML markup (a title copied with its tags): tags removed,
 * the common entities decoded, whitespace collapsed. For fields that are plain text by contract
 * (citation titles), so no tag is ever turned into markup of another format.
 */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'nbsp' ? ' ' : "'",
    )
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
