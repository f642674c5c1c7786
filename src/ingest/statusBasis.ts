/**
 * The basis of every state's status, kept beside it: the row of a recognition, withdrawal or
 * non-recognition table it stands on, or the plain fact that no table lists it. A state whose
 * row was lost would otherwise read "does not recognise Kosovo" with nothing to tell it from a
 * state the sources list as not recognising.
 */
import type { SourceDocument, StatusBasis } from '../schemas';
import type { RecognitionTableId } from './extract/recognitionTable';
import { positionTableKind, readPositionTable } from './extract/positionTable';
import { resolveCountryCell } from './positions';
import type { Table } from './read/document';
import { TABLE_NAME } from './recognitions';
import type { CountryIndex } from './resolve/countries';
import { checkFiledUnderLetter, checkLetterOrder } from './letterSections';
import { SUBJECT } from '../shared/subject';

/** A row of a table of states that have not recognised Kosovo. */
export interface NonRecognitionListing {
  stateId: string;
  source: string;
  file: string;
  line: number;
}

/** The basis of a state no table lists. */
export const NOT_LISTED: StatusBasis = {
  kind: 'not-listed',
  source: null,
  line: null,
  note: `not listed in any table of the sources — counted as not recognising because the recognition article's tables list every state reported to recognise ${SUBJECT.name}`,
};

/** The basis of a status read from a recognition-table row. */
export function recognitionRowBasis(
  table: RecognitionTableId,
  source: string,
  line: number,
  withdrawalNote: string | null,
): StatusBasis {
  const listed = `listed in the ${TABLE_NAME[table]}, line ${line}`;
  return {
    kind: table === 'withdrawn' ? 'withdrawal-table' : 'recognition-table',
    source,
    line,
    note: withdrawalNote ? `${listed}, whose note reads "${withdrawalNote}"` : listed,
  };
}

/** The basis of a status read from a row of a non-recognition table. */
export function nonRecognitionBasis(l: NonRecognitionListing): StatusBasis {
  return {
    kind: 'non-recognition-table',
    source: l.source,
    line: l.line,
    note: `listed in the table of states that have not recognised ${SUBJECT.name}, line ${l.line}`,
  };
}

/** A position table in a section about states that have not recognised Kosovo. */
function isNonRecognitionTable(t: Table): boolean {
  const kind = positionTableKind(t);
  return (
    (kind === 'un-member' || kind === 'other-state') &&
    /\bnot recognised\b/i.test(t.section.join(' / '))
  );
}

/** Every state a non-recognition table of `doc` lists, with its row's line. */
export function nonRecognitionListings(
  doc: SourceDocument,
  countries: CountryIndex,
): NonRecognitionListing[] {
  const out: NonRecognitionListing[] = [];
  const tables = doc.blocks.filter(
    (b): b is Table => b.kind === 'table' && isNonRecognitionTable(b),
  );
  checkLetterOrder(tables, doc.file);
  for (const b of tables) {
    for (const row of readPositionTable(b).rows) {
      const hit = resolveCountryCell(row.actorCell, row.text, countries);
      if (!hit) continue;
      checkFiledUnderLetter(b, hit.record, row.actorCell, doc.file, row.line);
      out.push({ stateId: hit.record.id, source: doc.sourceId, file: doc.file, line: row.line });
    }
  }
  return out;
}
