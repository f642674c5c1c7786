/** The sentence a claim is shown resting on (pages review 7, finding 6). */
import { describe, expect, it } from 'vitest';
import { claimEvidence, evidenceCard } from '../../../../src/lib/site/claimEvidence';
import type { Claim } from '../../../../src/schemas';

const REVERSED =
  'Smith claimed that the army, which had seized power, had intervened to reverse the recognition granted by the civilian president.';
const RECONFIRMED =
  'On Smith’s return to Ruritania to seek clarification, state leaders promised to reconfirm their recognition.';
const ref = (excerpt: string) => ({ source: 's', section: ['S'], line: 4, anchor: 'L4', excerpt });
const claim = (what: Claim['what'], text: string, excerpt: string) => ({
  what,
  text,
  sources: [ref(excerpt)],
});

describe('claimEvidence', () => {
  it('shows a recognition claim resting on a sentence that tells it undone with the sentence that tells it standing', () => {
    expect(claimEvidence(claim('recognises', REVERSED, `${REVERSED} ${RECONFIRMED}`))).toEqual({
      before:
        '… which had seized power, had intervened to reverse the recognition granted by the civilian president.',
      text: RECONFIRMED,
    });
  });
  it('keeps the claim’s own sentence when it tells the recognition standing', () => {
    const granted = 'Ruritania recognised Borduria on 3 May 2031.';
    expect(claimEvidence(claim('recognises', granted, `${granted} ${RECONFIRMED}`))).toEqual({
      before: null,
      text: granted,
    });
  });
  it('keeps it when no later sentence of its excerpt tells the recognition standing', () => {
    const after = 'The coup leaders did not comment on the recognition.';
    expect(
      claimEvidence(claim('recognises', REVERSED, `${RECONFIRMED} ${REVERSED} ${after}`)),
    ).toEqual({
      before: null,
      text: REVERSED,
    });
  });
  it('leaves a denial as it is: a sentence that tells it undone is its side', () => {
    expect(
      claimEvidence(claim('never-recognised', REVERSED, `${REVERSED} ${RECONFIRMED}`)),
    ).toEqual({ before: null, text: REVERSED });
  });
});

describe('evidenceCard: a claim whose words a card of its page shows links to it (pages review 8, #3)', () => {
  const card = {
    id: 'ruritania-denial',
    text: 'Following the note, state media in Ruritania issued a statement in which the Presidency denied   recognising Freedonia.',
  };
  it('finds the card that shows the words whole, across line breaks and spaces', () => {
    expect(
      evidenceCard(
        'state media in Ruritania issued a statement in which the Presidency denied recognising Freedonia.',
        [{ id: 'other', text: 'Ruritania kept a mission.' }, card],
      ),
    ).toBe(card);
  });
  it('finds none when no card shows all the words', () => {
    expect(evidenceCard('The Presidency denied it twice.', [card])).toBeNull();
  });
});
