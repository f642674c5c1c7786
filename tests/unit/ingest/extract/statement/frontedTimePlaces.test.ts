/**
 * Issue 15 (r6): a fronted clause of time with its own actor and date is cut from its sentence
 * ("After the court found in July 2010 that …, the minister said …"); the main clause left is
 * placed after (or before) that clause's date, which is not its own date. A main clause with a
 * date of its own keeps it; a fronted clause with no date places nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, datesWithClauseBefore, fixtureArticle, orgs } from './fixtures';

const dates = datesWithClauseBefore;

describe('the main clause after a fronted clause of time', () => {
  it('is after, or before, that clause’s date', () => {
    expect(
      dates(
        ['The Peruvian minister said that nothing had changed.'],
        ['After the tribunal ruled in May 2016 that the border was legal,'],
      ),
    ).toEqual([[null, { qualifier: 'after', date: '2016-05' }]]);
    expect(
      dates(['Chile recalled its ambassador.'], ['Before the talks collapsed on 3 April 2012,']),
    ).toEqual([[null, { qualifier: 'before', date: '2012-04-03' }]]);
  });

  it('keeps a date of its own', () => {
    expect(
      dates(
        ['In June 2016, the Peruvian minister said that nothing had changed.'],
        ['After the tribunal ruled in May 2016 that the border was legal,'],
      ),
    ).toEqual([['2016-06', null]]);
  });

  it('is placed by nothing when the fronted clause has no date, or is no clause of time', () => {
    expect(
      dates(
        ['Chile recalled its ambassador.'],
        ['After the tribunal ruled that the border was legal,'],
      ),
    ).toEqual([[null, null]]);
    expect(
      dates(['Chile recalled its ambassador.'], ['Peru closed its border in May 2016, while']),
    ).toEqual([[null, null]]);
  });

  it('is so in prose', () => {
    const { doc, persons } = fixtureArticle(
      'After Chile closed its border with Peru in May 2016, Peruvian Foreign Minister Ana Ruiz said that Peru would "respond in kind".',
      'Foreign relations of Peru',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(
      positions
        .filter((p) => p.actor.id === 'peru')
        .map((p) => ({ date: p.date, qualified: p.qualifiedDate })),
    ).toEqual([{ date: null, qualified: { qualifier: 'after', date: '2016-05' } }]);
  });
});
