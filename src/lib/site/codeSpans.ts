/**
 * Descriptions written for the JSON Schema mark field names and values the way Markdown does
 * (`context.kind`, `enclosing`); a page shows them as code, not as backticks (re-check 7, N3).
 */
import { escapeHtml } from '../../shared/text';

/**
 * `text` as HTML: every character escaped, and each `span` in backticks set as <code>. A lone
 * backtick with no partner is shown as written, so no description loses a character.
 */
export function codeSpansHtml(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) =>
      i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part),
    )
    .join('');
}
