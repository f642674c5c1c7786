// Pagefind's excerpts arrive HTML-escaped with <mark> added, but `meta` values and
// sub-result titles are raw page text: they must be escaped before going into markup.
import { escapeHtml } from '../../shared/text';

/**
 * Keeps only `<mark>`/`</mark>` from an excerpt and escapes everything else, so a change in
 * what Pagefind emits can never inject markup.
 */
export function sanitiseExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<mark>|<\/mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>' ? part : escapeHtml(decodeBasicEntities(part)),
    )
    .join('');
}

function decodeBasicEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );
}
