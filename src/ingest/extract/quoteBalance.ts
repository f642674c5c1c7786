/**
 * Quotation marks that do not pair: with a closing mark lost, the quoted span runs on into the
 * next statement and the two are read as one (dated by the first, one id gone). Each paragraph,
 * list item and table row must pair its marks; one that does not is a loss at its line, failing
 * the ingest unless content/editorial/losses.yaml (kind: quote) explains that the source itself
 * leaves the quotation open.
 */
import type { SourceDocument } from '../read/document';
import type { ReportBuilder } from '../report';

/** Why the marks of `text` do not pair, or null when they do. */
export function unpairedQuotes(text: string): string | null {
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2) return `${straight} straight quotation marks (")`;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) return `${open} opening (“) and ${close} closing (”) quotation marks`;
  return null;
}

export function reportUnpairedQuotes(doc: SourceDocument, report: ReportBuilder): void {
  for (const b of doc.blocks) {
    const texts =
      b.kind === 'table'
        ? b.rows.map((r) => ({ line: r.line, text: r.cells.join(' | ') }))
        : b.kind === 'paragraph' || b.kind === 'list-item'
          ? [{ line: b.line, text: b.text }]
          : [];
    for (const { line, text } of texts) {
      const why = unpairedQuotes(text);
      if (why)
        report.loss(
          doc.sourceId,
          line,
          'quote',
          'unresolved',
          `expected quotation marks that pair, found ${why}: a closing mark lost? The quoted words may run on into the next statement`,
        );
    }
  }
}
