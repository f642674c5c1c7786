/**
 * Issue 15, stop 25 (unseen articles): the author of a report or a statement named with a name that
 * goes on through "of", "on", "for" or "and" ("the Institute for Peace and Democracy"), followed by
 * a date adverbial. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { nameIsVerbObject } from '../../../../../src/ingest/extract/statement/mainClause';

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: `${p.actor.type}:${p.actor.id}`,
    date: p.date,
    speakers: p.speakers.map((s) => s.name ?? s.role),
  }));
}

describe('the author of a report, named through "of", "on", "for", "and"', () => {
  it('is an actor of its own, the whole name, dated by the adverbial after it', () => {
    expect(
      prose(
        'Peru has long refused. A study commissioned by the Institute for Peace and Democracy in 2015 found that most Peruvians opposed recognition.',
      ).at(-1),
    ).toEqual({
      actor: 'other:institute-for-peace-and-democracy',
      date: '2015',
      speakers: [],
    });
    // A known organisation's name that the author's name goes on after is part of it.
    expect(
      prose(
        'Peru has long refused. A paper written by the United Nations Association of Ruritania in May 2014 described Peru as undecided.',
      ).at(-1),
    ).toEqual({
      actor: 'other:united-nations-association-of-ruritania',
      date: '2014-05',
      speakers: [],
    });
  });

  it('ends the author of a document at a date adverbial, whatever verb follows', () => {
    expect(
      prose(
        'A statement released by the Peruvian Foreign Ministry on 3 May 2012 rejected the plan.',
      ),
    ).toEqual([
      { actor: 'state:peru', date: '2012-05-03', speakers: ['Peruvian Foreign Ministry'] },
    ]);
  });
});

describe('nameIsVerbObject', () => {
  it('reads a name joined by "of", "on", "for" as one name after the verb', () => {
    expect(nameIsVerbObject('The note was sent to the Council of Europe in')).toBe(true);
    expect(nameIsVerbObject('It was published by the Institute for Peace Studies in')).toBe(true);
    // A name that hangs off a noun takes the date with it.
    expect(nameIsVerbObject('It was comparable to the president of Serbia in')).toBe(false);
  });
});
