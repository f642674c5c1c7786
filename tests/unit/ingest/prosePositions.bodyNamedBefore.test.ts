/**
 * "the court found …" after a sentence naming the International Court of Justice: a definite body
 * noun alone as the subject points back to the body the paragraph named before, whose name that noun
 * heads, not to the actor of the sentence before (bodyNamedBefore.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';
import { extractProsePositions } from '../../../src/ingest/prosePositions';
import { bodyNamedBefore } from '../../../src/ingest/extract/statement/bodyNamedBefore';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => `${p.actor.type}:${p.actor.id} ${p.text}`,
  );
}

describe('bodyNamedBefore', () => {
  it('gives the name, as written, of the one body the noun heads', () => {
    expect(
      bodyNamedBefore('the court', 'Peru asked the Arbitral Court of the Andes to rule on it. '),
    ).toBe('Arbitral Court of the Andes');
    expect(
      bodyNamedBefore('The tribunal', 'In 2009, Chile took the case to the Pacific Tribunal. '),
    ).toBe('Pacific Tribunal');
  });

  it('is null for two different bodies, none, the noun alone, or a subject that is more than the noun', () => {
    expect(
      bodyNamedBefore(
        'the court',
        'Peru went to the Arbitral Court of the Andes and Chile to the Pacific Court. ',
      ),
    ).toBeNull();
    expect(bodyNamedBefore('the court', 'Peru asked a tribunal to rule on it. ')).toBeNull();
    expect(bodyNamedBefore('the court', 'The Court was asked to rule on it. ')).toBeNull();
    expect(
      bodyNamedBefore('the Peruvian court', 'Peru asked the Arbitral Court of the Andes. '),
    ).toBeNull();
  });
});

describe('a definite body noun as the subject, after the body was named', () => {
  it('is that body, not the actor of the sentence before', () => {
    expect(
      actors(
        'In 2009, Peru submitted a statement to the Arbitral Court of the Andes. On 22 July 2010, the court found that the border treaty was lawful.',
      ),
    ).toEqual([
      'state:peru In 2009, Peru submitted a statement to the Arbitral Court of the Andes.',
      'other:arbitral-court-of-the-andes On 22 July 2010, the court found that the border treaty was lawful.',
    ]);
  });

  it('is left to the other rules when the paragraph named no such body', () => {
    expect(
      actors(
        'In 2009, Peru submitted a statement to a regional tribunal. On 22 July 2010, the court found that the border treaty was lawful.',
      )[1],
    ).not.toMatch(/^other:/);
  });
});
