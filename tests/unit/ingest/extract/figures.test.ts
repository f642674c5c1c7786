import { describe, expect, it } from 'vitest';
import { blankFigures, findFigures, groupNamed } from '../../../../src/ingest/extract/figures';
import type { SourcePatterns } from '../../../../src/shared/sourcePatterns';

/** No editorial phrases: only the grammar in the code reads the sentence. */
const NONE: Pick<SourcePatterns, 'figures' | 'groupTallies'> = { figures: [], groupTallies: [] };
const at = { name: 'test', at: null, file: 't.txt', line: 1 };
const find = (sentence: string, group: string | null = null) =>
  findFigures(sentence, { group }, NONE);

describe('findFigures: the grammar any article is read with', () => {
  it('reads "n out of m <organisation> member states", with the share and abbreviation skipped', () => {
    expect(
      find('As of 4 May 2021, 22 out of 27 (81%) European Union (EU) member states recognise it.'),
    ).toEqual([
      {
        kind: 'org-tally',
        label: 'European Union member states recognising Kosovo',
        value: 22,
        outOf: 27,
        claimant: 'the article',
        organisation: 'European Union',
        asOf: '2021-05-04',
      },
    ]);
  });

  it('reads "n of the <organisation>\'s m member"', () => {
    expect(find("So far 11 of the Arctic League's 14 members have done so.")).toEqual([
      {
        kind: 'org-tally',
        label: 'Arctic League member states recognising Kosovo',
        value: 11,
        outOf: 14,
        claimant: 'the article',
        organisation: 'Arctic League',
        asOf: null,
      },
    ]);
  });

  it('reads a count of recognising countries and the claimant named before "claims"', () => {
    expect(
      find('The Freedonian Foreign Ministry claimed it was recognised by 91 countries.'),
    ).toEqual([
      {
        kind: 'recognitions',
        label: 'Countries recognising Kosovo',
        value: 91,
        outOf: null,
        claimant: 'Freedonian Foreign Ministry',
        organisation: null,
        asOf: null,
      },
    ]);
  });

  it('reads a milestone', () => {
    expect(find('In June 2013 Ruritania became the 101st country to recognise it.')).toEqual([
      {
        kind: 'milestone',
        label: '101th recognition',
        value: 101,
        outOf: null,
        claimant: 'the article',
        organisation: null,
        asOf: '2013-06',
      },
    ]);
  });

  it('finds nothing in a sentence without a counted figure', () => {
    expect(find('Ruritania recognised it on 4 May 2009, the third state in its region.')).toEqual(
      [],
    );
  });
});

describe('findFigures: phrases from the editorial data', () => {
  it('reads a figure pattern, a number word and the pattern’s own claimant', () => {
    const patterns = {
      figures: [
        {
          ...at,
          re: /counts (?<value>\w+) friends out of (?<outOf>\d+)/u,
          kind: 'recognitions' as const,
          label: 'Friends',
          claimant: 'The Club',
          organisation: null,
        },
      ],
      groupTallies: [],
    };
    expect(findFigures('It counts twelve friends out of 40.', { group: null }, patterns)).toEqual([
      {
        kind: 'recognitions',
        label: 'Friends',
        value: 12,
        outOf: 40,
        claimant: 'The Club',
        organisation: null,
        asOf: null,
      },
    ]);
    // A value that is no number is no figure.
    expect(findFigures('It counts many friends out of 40.', { group: null }, patterns)).toEqual([]);
  });

  it('reads a group tally within the group the paragraph named, and the inner group', () => {
    const patterns = {
      figures: [],
      groupTallies: [
        {
          ...at,
          re: /(?<count>\w+) (?<negative>do not )?recognise it, as do all (?<inner>\w+) (?<group>[A-Z]+) members/u,
        },
      ],
    };
    expect(
      findFigures('Nine recognise it, as do all four NB members.', { group: 'G7' }, patterns),
    ).toEqual([
      {
        kind: 'org-tally',
        label: 'G7 countries recognising Kosovo',
        value: 9,
        outOf: null,
        claimant: 'the article',
        organisation: 'G7',
        asOf: null,
      },
      {
        kind: 'org-tally',
        label: 'NB countries recognising Kosovo',
        value: 4,
        outOf: 4,
        claimant: 'the article',
        organisation: 'NB',
        asOf: null,
      },
    ]);
    const negative = findFigures(
      'Three do not recognise it, as do all two NB members.',
      { group: 'G7' },
      patterns,
    );
    expect(negative.map((f) => [f.kind, f.label, f.value])).toEqual([
      ['org-not-recognising', 'G7 countries not recognising Kosovo', 3],
      ['org-tally', 'NB countries recognising Kosovo', 0],
    ]);
    // Without a group named earlier, only the inner group's tally is read.
    expect(
      findFigures('Nine recognise it, as do all four NB members.', { group: null }, patterns),
    ).toHaveLength(1);
  });
});

describe('groupNamed and blankFigures', () => {
  it('reads the group a paragraph introduces', () => {
    expect(groupNamed('Among the G20 countries, most recognise it.')).toBe('G20');
    expect(groupNamed('Most countries recognise it.')).toBeNull();
  });

  it('finds a figure left blank in this copy of the article', () => {
    const lost = '[value lost in this copy of the article]';
    expect(
      blankFigures(
        `It is recognised by at least ${lost} out of (${lost}) Arctic League member states.`,
      ),
    ).toEqual([`at least ${lost} out of (${lost}) Arctic League member states`]);
    expect(blankFigures('At least 3 out of 5 member states.')).toEqual([]);
  });
});
