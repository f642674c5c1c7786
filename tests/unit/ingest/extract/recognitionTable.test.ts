import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import {
  parseMembershipColumn,
  readRecognitionTable,
} from '../../../../src/ingest/extract/recognitionTable';
import type { Table } from '../../../../src/ingest/read/document';

const tableOf = (text: string): Table => {
  const doc = readWikitext(`= T =\n== Recognised ==\n${text}\n`, { sourceId: 't', file: 't.txt' });
  const t = doc.blocks.find((b) => b.kind === 'table');
  if (!t || t.kind !== 'table') throw new Error('no table');
  return t;
};

const HEADER =
  '| | Country | Date of recognition | | Diplomatic relations | Relevant membership, further details |';

describe('recognition table', () => {
  it('gives each member of a same-day group the group rank and reads shifted continuation rows', () => {
    const { rows, problems } = readRecognitionTable(
      tableOf(`${HEADER}
| 1 | CRC | | | Yes | |
| 2–4 | | | | Yes | IOC |
| ALB | | Yes | OIC, NATO; Albania–Kosovo relations | | |
| FRA | | Yes | EU, NATO; France–Kosovo relations | | |
| 5 | AUS | 11 June 2008 | | No | Australia–Kosovo relations |`),
      'un-members',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.rank, r.code, r.diplomaticRelations])).toEqual([
      ['1', 'CRC', true],
      ['2–4', null, true],
      ['2–4', 'ALB', true],
      ['2–4', 'FRA', true],
      ['5', 'AUS', false],
    ]);
    expect(rows[2]!.range).toEqual([2, 4]);
    expect(rows[2]!.membershipTokens).toEqual(['OIC', 'NATO']);
    expect(rows[2]!.relatedArticle).toBe('Albania–Kosovo relations');
    expect(rows[4]!.recognitionDate).toBe('2008-06-11');
  });

  it('reads a row shifted left after its code (missing blank column)', () => {
    const { rows } = readRecognitionTable(
      tableOf(`${HEADER}\n| 23 | NED | | Yes | EU, NATO; Kosovo–Netherlands relations | |`),
      'un-members',
    );
    expect(rows[0]).toMatchObject({
      rank: '23',
      code: 'NED',
      diplomaticRelations: true,
      membershipTokens: ['EU', 'NATO'],
    });
  });

  it('reports a rankless row outside a group and a group that ends short', () => {
    const { rows, problems } = readRecognitionTable(
      tableOf(
        `${HEADER}\n| 1 | CRC | | | Yes | |\n| ALB | | Yes | OIC | | |\n| 2–4 | FRA | | | Yes | |\n| GER | | Yes | | | |\n| 5 | AUS | | | Yes | |`,
      ),
      'un-members',
    );
    expect(rows.map((r) => r.code)).toEqual(['CRC', 'FRA', 'GER', 'AUS']);
    expect(problems.map((p) => p.line)).toEqual([5, 8]);
    expect(problems[0]!.reason).toMatch(/no rank/);
    expect(problems[1]!.reason).toMatch(/group 2–4 ended with 1 member/);
  });

  it('reads the withdrawn table with its second header row and two dates', () => {
    const { rows, problems } = readRecognitionTable(
      tableOf(`| | Country | Date of | | Relevant membership, further details | |
| Recognition | Withdrawal | | | | |
| 1 | BDI | | | | |
| 6 | TOG | 11 July 2014 | 28 June 2019 | | OIC |`),
      'withdrawn',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/second header row/);
    expect(rows[1]).toMatchObject({
      code: 'TOG',
      recognitionDate: '2014-07-11',
      withdrawalDate: '2019-06-28',
      membershipTokens: ['OIC'],
    });
  });
});

describe('membership column', () => {
  it('separates tokens, related article and note', () => {
    expect(
      parseMembershipColumn(
        'OIC; Recognition withdrawn 21 November 2017, withdrawal was annulled 2 February 2018.',
      ),
    ).toEqual({
      membershipTokens: ['OIC'],
      relatedArticle: null,
      note: 'Recognition withdrawn 21 November 2017, withdrawal was annulled 2 February 2018.',
    });
    expect(parseMembershipColumn('NATO, Kosovo–United States relations')).toMatchObject({
      membershipTokens: ['NATO'],
      relatedArticle: 'Kosovo–United States relations',
      note: null,
    });
    expect(parseMembershipColumn('The Bahamas–Kosovo relations')).toMatchObject({
      membershipTokens: [],
      relatedArticle: 'The Bahamas–Kosovo relations',
    });
    expect(
      parseMembershipColumn(
        'Recognition withdrawn 18 January 2019, resumed 20 October 2023. Kosovo–Palau relations',
      ),
    ).toMatchObject({
      relatedArticle: 'Kosovo–Palau relations',
      note: 'Recognition withdrawn 18 January 2019, resumed 20 October 2023.',
    });
  });
});
