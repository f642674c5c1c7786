/**
 * Issue 15, stop 26: a clause joined by ", and" that opens with a relative date ("the following
 * year", "the next day") and no comma is an act of its own, on its own date; its subject comes
 * after the date ("its foreign minister" is the clause before's subject's). Every sentence here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';

function statements(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => `${p.actor.id} ${p.date ?? '-'} ${p.text}`,
  );
}

describe('a clause opening with a relative date after ", and"', () => {
  it('is its own act, on the date the relative phrase gives', () => {
    expect(
      statements(
        'Peru recognised Kosovo on 3 May 2009, and the following year its foreign minister, Ana Ruiz, received her Kosovan counterpart in Lima.',
      ),
    ).toEqual([
      'peru 2009-05-03 Peru recognised Kosovo on 3 May 2009',
      'peru 2010 the following year its foreign minister, Ana Ruiz, received her Kosovan counterpart in Lima.',
    ]);
  });

  it('has its subject after the date, not the date', () => {
    expect(
      mainClause('the next day the Chilean embassy issued a statement on the vote.').subject?.text,
    ).toBe('the Chilean embassy');
  });
});
