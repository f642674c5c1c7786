/**
 * A copy cut short (an interrupted download or paste) ends mid-sentence: the fragment would be
 * read as a statement and everything after it would be gone without a trace. Each article ends
 * on a finished sentence, a list, a table or a heading; a last paragraph that stops without
 * terminal punctuation stops the ingest at the file's last line.
 */
import { SourceError, type SourceDocument } from './document';

// A sentence ends with . ! ? (or : before a list), possibly inside closing quotes or brackets.
const FINISHED = /[.!?:…]["”’)\]]*$/u;

export function checkEndsComplete(doc: SourceDocument): void {
  const last = doc.blocks.at(-1);
  if (!last || last.kind !== 'paragraph') return;
  const text = last.text.trim();
  if (FINISHED.test(text)) return;
  const line = Math.max(last.line, ...(last.lineMap ?? []).map((m) => m.line));
  throw new SourceError(
    doc.file,
    line,
    'the article to end on a finished sentence (the file ends mid-sentence: a copy cut short? restore the rest of the article)',
    text.slice(-60),
  );
}
