/**
 * Issue 15, cause 4: abbreviations with a full stop ("U.S.", "St.", "Dr.", "J. Smith") and the
 * names in apposition around them must not break the main clause, its subject or its speakers.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import { cellSentences } from '../../../../../src/ingest/extract/statements';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const subjectOf = (sentence: string) => mainClause(sentence).subject?.text ?? null;

describe('a name in apposition to an office that ends an opening adverbial', () => {
  it('belongs to the adverbial, not to the subject', () => {
    expect(
      subjectOf(
        'During talks with U.S. Senator, Mary Jones, the Peruvian president, Juan Soto, said that Peru would wait.',
      ),
    ).toBe('the Peruvian president, Juan Soto');
    expect(
      subjectOf(
        'At a dinner in Lima with the British Ambassador, John Wood, Peru’s foreign minister promised to look again at the case.',
      ),
    ).toBe('Peru’s foreign minister');
  });

  it('is the subject when the adverbial names no office', () => {
    expect(subjectOf('In 2009, Juan Soto, a congressman, said that Peru would wait.')).toBe(
      'Juan Soto, a congressman',
    );
  });

  it('is never a speaker', () => {
    expect(
      clauseSpeakers(
        'At a meeting in March 2013 with E.U. Commissioner, Anna Berg, Peru’s Prime Minister, Juan Soto, agreed to reopen the talks.',
        peru,
        persons(),
      ).map((s) => s.name),
    ).toEqual(['Juan Soto']);
  });
});

describe('a subject opened by "both"', () => {
  it('runs to the verb through full stops and ampersands in names', () => {
    expect(
      subjectOf(
        'In 2011, both St. Lucia & the Isles’ Prime Minister and Foreign Minister, Ana Ruiz and Juan Soto, took the matter up and promised an answer.',
      ),
    ).toBe(
      'both St. Lucia & the Isles’ Prime Minister and Foreign Minister, Ana Ruiz and Juan Soto',
    );
  });

  it('names its own actor when it joins two names; "Both republics" points back', () => {
    expect(
      mainClause('In 2010 both the president and the foreign minister agreed.').refersBack,
    ).toBe(false);
    expect(mainClause('Both republics joined the league in 1992.').refersBack).toBe(true);
    expect(mainClause('Both republics and the union joined the league in 1992.').refersBack).toBe(
      true,
    );
  });

  it('pairs two roles with two names in order, the first role’s owner owning the second', () => {
    expect(
      clauseSpeakers(
        'At a meeting in May 2010 with U.K. Ambassador, John Wood, both Peru’s President and Foreign Minister, Ana Ruiz and Juan Soto, promised to review the issue.',
        peru,
        persons(),
      ),
    ).toEqual([
      { name: 'Ana Ruiz', role: 'Peru’s President' },
      { name: 'Juan Soto', role: 'Peru’s Foreign Minister' },
    ]);
    expect(
      clauseSpeakers(
        'In June 2012, both St. Lucia & the Isles’ Prime Minister and Trade Minister, Ana Ruiz and Juan Soto, signed the accord.',
        peru,
        persons(),
      ).map((s) => s.name),
    ).toEqual(['Ana Ruiz', 'Juan Soto']);
  });
});

describe('titles and initials with a full stop', () => {
  it('stay in the speaker’s name', () => {
    expect(
      clauseSpeakers(
        'Dr. Juan Soto, the Peruvian foreign minister, said that Peru would wait.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Dr. Juan Soto', role: 'Peruvian foreign minister' }]);
    expect(
      clauseSpeakers(
        'In 2009, J. Smith, Peru’s envoy, told the assembly that Peru would wait.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'J. Smith', role: 'Peru’s envoy' }]);
  });
});

describe('a full stop inside an abbreviation', () => {
  it('ends no sentence (a guard: the sentence splitter already reads these)', () => {
    expect(
      cellSentences(
        'In 2009, Dr. Juan Soto met Mr. Ana Ruiz of the U.N. in St. Lucia. J. Smith said that Peru would wait.',
      ),
    ).toEqual([
      'In 2009, Dr. Juan Soto met Mr. Ana Ruiz of the U.N. in St. Lucia.',
      'J. Smith said that Peru would wait.',
    ]);
  });
});
