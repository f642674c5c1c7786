/**
 * Reader output types live with the other schemas (src/schemas/document.ts); re-exported here so
 * readers and extractors import from one place.
 */
export type {
  Block,
  Heading,
  ListItem,
  Paragraph,
  SourceDocument,
  Table,
  TableRow,
} from '../../schemas/document';
import type { Heading } from '../../schemas/document';

/**
 * A heading block as every reader writes it: its id from the document's slugger (unique within
 * the page), the section path it opens.
 */
export function headingBlock(
  text: string,
  level: number,
  line: number,
  section: string[],
  slug: (text: string) => string,
): Heading {
  return { kind: 'heading', level, text, line, id: slug(text), section };
}

/** A table row an extractor could not use, with why; it goes to the build report. */
export interface RowProblem {
  line: number;
  reason: string;
  /** The row held data that is now lost (not an empty row or a second header): it fails the ingest unless explained. */
  loss?: boolean;
}

/**
 * A problem in an input file, named by file and line (and column where the reader knows it), with
 * what was expected there. Its message is one sentence a maintainer can act on, never a stack trace.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly expected: string,
    readonly found?: string,
    readonly column?: number,
  ) {
    super(
      `${file}:${line}${column === undefined ? '' : `:${column}`}: expected ${expected}${found === undefined ? '' : `, found ${JSON.stringify(found.slice(0, 80))}`}`,
    );
    this.name = 'SourceError';
    // A problem in the input, not in the code: the message is the whole story, no stack trace.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Normalise raw file text before any reader sees it: strip a BOM, turn CRLF/CR into LF and drop
 * C0 control characters other than tab and newline. Line numbers are preserved.
 */
export function normaliseText(raw: string): string {
  // Controls go first: one inside a CR LF pair would otherwise split it into two line breaks.
  return (
    raw
      .replace(/^\uFEFF/, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r*\n|\r/g, '\n')
  );
}
