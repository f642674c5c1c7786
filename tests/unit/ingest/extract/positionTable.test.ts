import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import { positionTableKind, readPositionTable } from '../../../../src/ingest/extract/positionTable';
import type { Table } from '../../../../src/ingest/read/document';

const tables = (text: string): Table[] =>
  readWikitext(`= T =\n${text}\n`, { sourceId: 't', file: 't.txt' }).blocks.filter(
    (b): b is Table => b.kind === 'table',
  );

describe('position tables', () => {
  it('classifies by section and reads rows, reporting rows without a position', () => {
    const [un, other, igo] = tables(`== Countries which have not recognised ==
| Country | Position |
| DZA | In March 2008, Algeria said so. |
| BTN | |
==== Other states and entities ====
| Country | Position |
| | In February 2008, Abkhazian president Sergei Bagapsh spoke. |
== Positions taken by intergovernmental organisations ==
| International organisation | Position |
| (EU) | The EU does not recognise states. |`);
    expect(positionTableKind(un!)).toBe('un-member');
    expect(positionTableKind(other!)).toBe('other-state');
    expect(positionTableKind(igo!)).toBe('intergovernmental');
    const { rows, problems } = readPositionTable(un!);
    expect(rows).toEqual([{ line: 4, actorCell: 'DZA', text: 'In March 2008, Algeria said so.' }]);
    expect(problems).toEqual([
      { line: 5, reason: expect.stringMatching(/expected a position text/) },
    ]);
  });
});
