/**
 * Issue 15 (review 5 #14): "This proved to be correct", "That turned out to be wrong", "The warning
 * was later confirmed": the source's verdict on a claim told before is its own analysis, not an act
 * of whoever made the claim or is its object. With a clause telling the act that bore the claim out
 * ("… correct when Peru closed the border on 3 May 2011") the sentence tells that act.
 */
import { describe, expect, it } from 'vitest';
import { statementVoice } from '../../../../../src/ingest/extract/statement/voice';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';

const voice = (first: string, dated = false) =>
  statementVoice({ text: first, first, dated, speaks: false, isSubject: true, reporter: null });

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text, 'Foreign relations of Peru');
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    date: p.date,
    voice: p.voice,
    text: p.text,
  }));
}

describe('a verdict on a claim told before', () => {
  it('is the source’s analysis, whatever its verb of judgement', () => {
    expect(voice('This proved to be correct.')).toBe('analysis');
    expect(voice('That turned out to be wrong.')).toBe('analysis');
    expect(voice('These fears were later confirmed.')).toBe('analysis');
    expect(voice('However, the prediction has since proven false.')).toBe('analysis');
    expect(voice('It was eventually borne out.')).toBe('analysis');
  });

  it('is no verdict when it tells an act or has a date of its own', () => {
    // A clause after the verdict tells the act that bore it out.
    expect(voice('This proved to be correct when Peru closed the border.')).not.toBe('analysis');
    // "proved" with an object is an act of the subject.
    expect(voice('Peru proved its claim to the islands.')).not.toBe('analysis');
    expect(voice('This was confirmed on 3 May 2011.', true)).toBe('stated');
  });

  it('keeps the actor the sentence before established, told as analysis, not as its act', () => {
    expect(
      prose('In 2009 Peru promised to open its border with Chile. This proved correct.'),
    ).toEqual([
      {
        actor: 'peru',
        date: '2009',
        voice: 'stated',
        text: 'In 2009 Peru promised to open its border with Chile.',
      },
      { actor: 'peru', date: null, voice: 'analysis', text: 'This proved correct.' },
    ]);
    expect(
      prose(
        'In 2009 Peru promised to open its border with Chile. Some observers argued that the promise was empty. This proved to be correct when Peru closed the border on 3 May 2011.',
      ).at(-1),
    ).toEqual({
      actor: 'peru',
      date: '2011-05-03',
      voice: 'stated',
      text: 'This proved to be correct when Peru closed the border on 3 May 2011.',
    });
  });
});
