/**
 * Issue 15, dates (tests/gold/README.md "Dates"): a relative date ("the following day", "the same
 * month") is resolved from the date it is relative to, the sentence right before it in the
 * paragraph, whoever acts there. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import {
  datesBefore,
  groupSentences,
  placedByEvent,
  sentenceDate,
} from '../../../../../src/ingest/extract/statements';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    date: p.date,
    relative: p.dateRelative,
  }));
}

describe('a relative date after a sentence in which another actor acts', () => {
  it('counts from that sentence, at the precision its unit allows', () => {
    expect(
      prose(
        "On 12 May 2015, Portugal's foreign minister received his Serbian counterpart in Lisbon. Serbia's government thanked Portugal for the visit the following day.",
      ),
    ).toEqual([
      { actor: 'portugal', date: '2015-05-12', relative: null },
      { actor: 'serbia', date: '2015-05-13', relative: 'the following day' },
    ]);
    expect(
      prose(
        'In March 2011, Chile recognised the Republic of Kosovo. The following month, Peru declined to follow.',
      ).at(-1),
    ).toEqual({ actor: 'peru', date: '2011-04', relative: 'The following month' });
    expect(
      prose(
        "In June 2016, Argentina voted against the resolution. Uruguay's foreign ministry said the same month that it would abstain.",
      ).at(-1),
    ).toEqual({ actor: 'uruguay', date: '2016-06', relative: 'the same month' });
  });

  it('counts from the act a sentence before carries on ("It was the first time …")', () => {
    expect(
      prose(
        'On 3 June 2012, Chile hosted the Kosovar president in Santiago. It was the first time that a Kosovar leader had visited South America. Serbia protested the following day.',
      ).at(-1),
    ).toEqual({ actor: 'serbia', date: '2012-06-04', relative: 'the following day' });
  });

  it('stays undated when the sentence right before tells an undated act of its own', () => {
    expect(
      prose(
        'On 2 May 2010, Peru recognised Kosovo. Chile criticised the decision. Argentina protested the following day.',
      ).at(-1),
    ).toMatchObject({ actor: 'argentina', date: null });
  });
});

describe('"The same day" after sentences with no day of their own', () => {
  it("is the paragraph's last dated day: the only day the text names for it to be the same as", () => {
    expect(
      prose(
        'On 4 March 2010, the parliament of Peru adopted a declaration against recognition. Most of the votes against came from one party. The same day, Chile announced that it would wait.',
      ).at(-1),
    ).toEqual({ actor: 'chile', date: '2010-03-04', relative: 'The same day' });
  });
  it('a step from it ("the following day") still needs the sentence right before', () => {
    expect(
      prose(
        'On 4 March 2010, the parliament of Peru adopted a declaration against recognition. Chile criticised the decision. The following day, Argentina protested.',
      ).at(-1),
    ).toMatchObject({ actor: 'argentina', date: null });
  });
});

describe('datesBefore', () => {
  it("gives each sentence the date of the one before and the paragraph's last date", () => {
    expect(
      datesBefore([
        'In 2009, Peru opened an embassy.',
        'It was the first time that Peru had done so.',
        'Chile criticised the decision.',
        'On 18 February, Chile recalled its envoy.',
      ]),
    ).toMatchObject([
      { previous: null, anchor: null },
      { previous: '2009', anchor: '2009' },
      { previous: '2009', anchor: '2009' },
      { previous: null, anchor: '2009' },
    ]);
  });

  it('lets groupSentences start a run from them', () => {
    expect(
      groupSentences(
        ['The following year, Chile recalled its envoy.'],
        () => null,
        true,
        () => null,
        { previous: '2009', anchor: '2009', told: [] },
      ).map((p) => [p.date, p.relative]),
    ).toEqual([['2010', 'The following year']]);
  });
});

describe('a clause opened by a relative date, with a subject of its own', () => {
  it('is cut off as an act of its own, after a semicolon or a conjunction', () => {
    expect(
      splitActs(
        'On 4 March 2011, the tribunal ruled that the treaty was void; the same day, the government of Peru said that it would appeal.',
        named,
      ),
    ).toEqual([
      'On 4 March 2011, the tribunal ruled that the treaty was void',
      'the same day, the government of Peru said that it would appeal.',
    ]);
    expect(
      splitActs(
        'In 2009 the council of the league admitted Chile as an observer, and a year later, Peru asked for the same status.',
        named,
      ),
    ).toEqual([
      'In 2009 the council of the league admitted Chile as an observer',
      'a year later, Peru asked for the same status.',
    ]);
    expect(
      splitActs(
        'In May 2014 Chile signed the agreement in Lima; the following month, the parliament of Peru ratified it.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('is dated from the clause before it once cut', () => {
    const parts = splitActs(
      'On 4 March 2011, the tribunal ruled that the treaty was void; the same day, the government of Peru said that it would appeal.',
      named,
    );
    expect(groupSentences(parts, () => null, true).map((p) => [p.date, p.relative])).toEqual([
      ['2011-03-04', null],
      ['2011-03-04', 'the same day'],
    ]);
  });

  it('stays whole when no clause follows the relative date, or the phrase is no opening', () => {
    for (const sentence of [
      'On 4 March 2011, Chile signed the treaty; the following day, in a short ceremony in Lima.',
      'On 4 March 2011, Chile signed the treaty and Peru ratified it the following day, in Lima.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('a relative year after sentences with no date of their own', () => {
  it("counts from the paragraph's last year, as a day without a year does", () => {
    expect(sentenceDate('The following year, Peru signed the treaty.', null, '2015-10')).toEqual({
      date: '2016',
      qualified: null,
      relative: 'The following year',
    });
    expect(sentenceDate('A year later, Chile recalled its envoy.', null, '2009').date).toBe('2010');
    expect(
      groupSentences(
        [
          'In October 2015, Chile opened an embassy in Lima.',
          'Peru protested against the move.',
          'It was reported that Chile had not consulted Peru.',
          'Two years later, Chile closed the embassy.',
        ],
        () => null,
        true,
      ).at(-1)!.date,
    ).toBe('2017');
  });

  it('leaves a month or a day counted from a sentence that gives none unresolved', () => {
    expect(sentenceDate('The following month, Peru signed the treaty.', null, '2015-10').date).toBe(
      null,
    );
    expect(sentenceDate('Two days later, Chile recalled its envoy.', null, '2009-05-03').date).toBe(
      null,
    );
  });
});

describe('a sentence that only tells what its subject is', () => {
  it('passes the date before it on to a relative date after it', () => {
    expect(
      groupSentences(
        [
          'On 3 May 2010, Chile recognised the new state.',
          'Chile was one of four states of the region that did so.',
          'Two days later, Chile opened an embassy in the capital.',
        ],
        () => null,
        true,
      ).map((p) => p.date),
    ).toEqual(['2010-05-03', null, '2010-05-05']);
    expect(
      datesBefore([
        'On 3 May 2010, Chile recognised the new state.',
        'Peru is a member of the same league.',
        'The following day, Peru protested.',
      ]).at(-1),
    ).toMatchObject({ previous: '2010-05-03', anchor: '2010-05-03' });
  });

  it('does not when it tells an act of its own, undated', () => {
    expect(
      datesBefore([
        'On 3 May 2010, Chile recognised the new state.',
        'Peru recalled its ambassador from Santiago.',
        'The following day, Chile protested.',
      ]).at(-1),
    ).toMatchObject({ previous: null, anchor: '2010-05-03' });
  });
});

describe('an act placed before or after an event the paragraph told with a date', () => {
  const told = [
    {
      text: 'In November 2015, Peru abstained in the vote on the application of Chile.',
      date: '2015-11',
    },
    {
      text: 'On 8 May 2016, the two teams met in Lima for the final match of the cup.',
      date: '2016-05-08',
    },
  ];

  it('is qualified by that event’s date', () => {
    expect(
      placedByEvent(
        'The archbishop had asked the government before the vote to oppose the bid.',
        told,
      ),
    ).toEqual({ qualifier: 'before', date: '2015-11' });
    expect(
      placedByEvent('After the match, officials of Chile stressed that nothing had changed.', told),
    ).toEqual({
      qualifier: 'after',
      date: '2016-05-08',
    });
    expect(
      groupSentences(
        [
          'In November 2015, Peru abstained in the vote on the application of Chile.',
          'Following the vote, Chile protested to the league.',
        ],
        () => null,
        true,
      ).map((p) => [p.date, p.qualified]),
    ).toEqual([
      ['2015-11', null],
      [null, { qualifier: 'after', date: '2015-11' }],
    ]);
  });

  it('is not placed when no dated sentence before names the event, or the words tell no event', () => {
    expect(placedByEvent('Chile protested before the summit of the league.', told)).toBeNull();
    expect(placedByEvent('Chile protested before the end of the vote count.', told)).toBeNull();
    expect(placedByEvent('Chile protested after the vote.', [])).toBeNull();
  });
});
