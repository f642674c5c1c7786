/**
 * How a page shows a statement that leans on its source's words (src/lib/site/continuation.ts):
 * from the sentence the ingest recorded (`context`), never from the source split again.
 */
import { describe, expect, it } from 'vitest';
import {
  antecedentWords,
  closingWords,
  continuationMark,
  continuedByStatement,
  cutMark,
  leanedOnStatement,
  leansOn,
  wordsAfter,
  wordsBefore,
} from '../../../../src/lib/site/continuation';
import { followsWords, summaryWords } from '../../../../src/lib/site/statement';
import type { Position } from '../../../../src/schemas';

type Leaning = Pick<Position, 'text' | 'context'>;
const at = { source: 'ruritania', line: 3 };
const cut: Leaning = {
  text: 'after which Ruritania imposed a tax on goods from Freedonia.',
  context: {
    kind: 'enclosing',
    text: 'However, the talks stalled in November 2018, after which Ruritania imposed a tax on goods from Freedonia.',
    ...at,
  },
};
const leaning: Leaning = {
  text: 'Their replacements were told to use force.',
  context: {
    kind: 'preceding',
    text: 'Its president also fired his air defence chief over the incident.',
    ...at,
  },
};
const alone: Leaning = { text: 'Ruritania kept a mission.', context: null };

describe('continuationMark', () => {
  it('marks a statement with a sentence to lean on, or one cut or opening mid-thought without one', () => {
    expect(continuationMark(cut)).toBe('… ');
    expect(continuationMark(leaning)).toBe('… ');
    // "Russia, which has blocked …" starts in capitals but was cut from inside its sentence.
    expect(
      continuationMark({
        text: 'Ruritania, which has blocked Freedonia from joining.',
        context: {
          ...cut.context!,
          text: 'The plan is opposed by Freedonia, with support from Ruritania, which has blocked Freedonia from joining.',
        },
      }),
    ).toBe('… ');
    expect(continuationMark({ text: 'Secondly, Ruritania kept a mission.', context: null })).toBe(
      '… ',
    );
    expect(continuationMark({ text: 'after which Ruritania left.', context: null })).toBe('… ');
    expect(continuationMark(alone)).toBe('');
    expect(summaryWords(leaning)).toBe('… Their replacements were told to use force.');
  });
});

describe('wordsBefore', () => {
  const sentence =
    'The treaty of 1999 confirmed the border of Freedonia, which Ruritania uses to justify its stance.';

  it('gives the words of the sentence before the statement cut from it', () => {
    expect(wordsBefore(sentence, 'which Ruritania uses to justify its stance.')).toBe(
      'The treaty of 1999 confirmed the border of Freedonia,',
    );
  });

  it('keeps the last words, from a word’s start, when they are long', () => {
    expect(wordsBefore(sentence, 'which Ruritania uses to justify its stance.', 30)).toBe(
      '… the border of Freedonia,',
    );
  });

  it('gives nothing for words not in the sentence, at its start, or after punctuation alone', () => {
    expect(wordsBefore(sentence, 'which nobody wrote here.')).toBeNull();
    expect(wordsBefore(sentence, 'The treaty of 1999 confirmed the border.')).toBeNull();
    expect(
      wordsBefore(
        ', which has been welcomed by many Freedonians.',
        'which has been welcomed by many Freedonians.',
      ),
    ).toBeNull();
  });
});

describe('antecedentWords', () => {
  it('shows the words before a cut clause, the sentence before one opening mid-thought, nothing for a whole sentence', () => {
    expect(antecedentWords(cut)).toBe('However, the talks stalled in November 2018,');
    expect(antecedentWords(leaning)).toBe(
      'Its president also fired his air defence chief over the incident.',
    );
    expect(antecedentWords(alone)).toBeNull();
  });

  it('shows "…" where the source gives nothing to lean on', () => {
    expect(
      antecedentWords({
        text: 'It is a technical mission which advises the courts.',
        context: null,
      }),
    ).toBe('…');
  });

  it('keeps the end of a long sentence leaned on, where "This" and "It" point', () => {
    const long: Leaning = {
      text: 'This stance was reiterated in October 2009.',
      context: {
        kind: 'preceding',
        text: 'In a long interview given to the national broadcaster in 2008, the foreign minister of Ruritania stated that Ruritania will never recognise a unilateral declaration.',
        ...at,
      },
    };
    expect(antecedentWords(long)).toBe(
      '… the foreign minister of Ruritania stated that Ruritania will never recognise a unilateral declaration.',
    );
  });
});

describe('closingWords: the one cut of a long sentence leaned on, for a card and a lead', () => {
  it('leaves a sentence that fits whole', () => {
    expect(closingWords('Its president also fired his air defence chief.')).toBe(
      'Its president also fired his air defence chief.',
    );
  });

  it('starts after a clause boundary when one leaves room, else at a word', () => {
    expect(
      closingWords(
        'The adoption by the Supreme Council of the declaration of state sovereignty in 1990 was, as many observers said, a turning point for Ruritania.',
        80,
      ),
    ).toBe('… as many observers said, a turning point for Ruritania.');
    expect(
      closingWords(
        'The concern was that if the plan became the model for other regions the minorities in the south would press claims of their own against Ruritania.',
        80,
      ),
    ).toBe('… the minorities in the south would press claims of their own against Ruritania.');
  });

  it('never starts inside brackets or a quotation whose opening it leaves out', () => {
    expect(
      closingWords(
        'Ruritania has opposed the recognition, which many states gave (including major powers such as Freedonia, Sylvania and Grand Fenwick), and used its veto in the Council.',
        80,
      ),
    ).toBe('… and used its veto in the Council.');
    expect(
      closingWords(
        'In a long interview in 2008 the minister stated that "Ruritania will never recognise a unilateral declaration outside the framework" and the parliament agreed.',
        100,
      ),
    ).toBe(
      '… "Ruritania will never recognise a unilateral declaration outside the framework" and the parliament agreed.',
    );
  });
});

describe('leanedOnStatement: a card points at the card it follows on the same page (pages review 7, finding 2)', () => {
  type Shown = Pick<Position, 'id' | 'text' | 'sources' | 'context'>;
  const ref = (source: string, line: number) => ({ source, line }) as Position['sources'][number];
  const fired: Shown = {
    id: 'ruritania-fired',
    text: 'Its president also fired his air defence chief over the incident.',
    sources: [ref('ruritania', 3)],
    context: null,
  };
  const replacements: Shown = {
    id: 'ruritania-replacements',
    ...leaning,
    sources: [ref('ruritania', 3)],
  };
  const stalled: Shown = {
    id: 'ruritania-stalled',
    text: 'However, the talks stalled in November 2018',
    sources: [ref('ruritania', 3)],
    context: null,
  };
  const tax: Shown = { id: 'ruritania-tax', ...cut, sources: [ref('ruritania', 3)] };

  it('finds the shown statement whose words stand in the sentence leaned on', () => {
    expect(leanedOnStatement(replacements, [replacements, fired, stalled])?.id).toBe(
      'ruritania-fired',
    );
  });

  it('of two statements in the sentence leaned on, finds the later, where “However” points', () => {
    const reforms: Shown = {
      id: 'ruritania-reforms',
      text: 'Ruritania has had an ongoing discussion to relaunch reforms',
      sources: [ref('ruritania', 3)],
      context: null,
    };
    const arrangement: Shown = {
      id: 'ruritania-arrangement',
      text: 'concluding an arrangement for a programme in 2001.',
      sources: [ref('ruritania', 3)],
      context: null,
    };
    const however: Shown = {
      id: 'ruritania-however',
      text: 'However, the authorities did not follow through.',
      sources: [ref('ruritania', 3)],
      context: {
        kind: 'preceding',
        text: 'Ruritania has had an ongoing discussion to relaunch reforms, concluding an arrangement for a programme in 2001.',
        ...at,
      },
    };
    expect(leanedOnStatement(however, [reforms, arrangement, however])?.id).toBe(
      'ruritania-arrangement',
    );
  });

  it('finds, for a clause cut from its sentence, a statement in the words before it', () => {
    expect(leanedOnStatement(tax, [fired, tax, stalled])?.id).toBe('ruritania-stalled');
  });

  it('finds none when the words leaned on are no card on the page, or come from another source', () => {
    expect(leanedOnStatement(replacements, [replacements, stalled])).toBeNull();
    expect(
      leanedOnStatement(replacements, [{ ...fired, sources: [ref('freedonia', 3)] }]),
    ).toBeNull();
    // Never itself, nor a statement that comes after it in its own sentence.
    expect(leanedOnStatement(tax, [tax])).toBeNull();
    expect(leanedOnStatement({ ...fired, id: 'x', context: null }, [fired])).toBeNull();
  });
});

describe('followsWords', () => {
  it('gives a short statement whole and a long one’s opening words, never ending on a word that opens what follows', () => {
    expect(followsWords('Ruritania opposed the plan.')).toBe('Ruritania opposed the plan.');
    expect(followsWords('Its president also fired his air defence chief over the incident.')).toBe(
      'Its president also fired his air …',
    );
    expect(
      followsWords('Ruritania has had an ongoing discussion of the reforms with the fund.'),
    ).toBe('Ruritania has had an ongoing discussion …');
  });
});

describe('wordsAfter: the rest of a sentence a statement was cut from at its end (pages review 7, finding 5)', () => {
  const sentence =
    'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy, after a Freedonian firm dropped leaflets over the capital.';
  const cutShort: Leaning = {
    text: 'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy',
    context: { kind: 'enclosing', text: sentence, ...at },
  };

  it('gives the words after the statement, and cuts a long rest at a word with "…"', () => {
    expect(wordsAfter(cutShort)).toBe(
      ', after a Freedonian firm dropped leaflets over the capital.',
    );
    expect(wordsAfter(cutShort, 30)).toBe(', after a Freedonian firm …');
  });

  it('gives nothing for a statement that ends its sentence, or with no sentence cut from', () => {
    expect(wordsAfter(cut)).toBeNull();
    expect(wordsAfter(leaning)).toBeNull();
    expect(wordsAfter(alone)).toBeNull();
  });

  it('a statement cut at its end starts whole: no "…" before it, one after it in a list', () => {
    expect(leansOn(cutShort)).toBe(false);
    expect(antecedentWords(cutShort)).toBeNull();
    expect(cutMark(cutShort)).toBe(' …');
    expect(summaryWords(cutShort)).toBe(
      'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy …',
    );
    expect(cutMark(cut)).toBe('');
  });
});

describe('continuedByStatement: a card cut at its end points at the card that carries its sentence on', () => {
  const sentence =
    'Ruritania has long supported Freedonia, and Ruritania has not recognised Kosovo, as its parliament decided.';
  const ref = [{ source: 'ruritania', line: 3 }] as Position['sources'];
  const supported = {
    id: 'supported',
    text: 'Ruritania has long supported Freedonia',
    sources: ref,
    context: { kind: 'enclosing' as const, text: sentence, ...at },
  };
  const notRecognised = {
    id: 'not-recognised',
    text: 'and Ruritania has not recognised Kosovo, as its parliament decided.',
    sources: ref,
    context: { kind: 'enclosing' as const, text: sentence, ...at },
  };

  it('finds the shown card whose words stand in the rest of the sentence, none when it is not shown', () => {
    expect(continuedByStatement(supported, [supported, notRecognised])?.id).toBe('not-recognised');
    expect(continuedByStatement(supported, [supported])).toBeNull();
    expect(continuedByStatement(notRecognised, [supported, notRecognised])).toBeNull();
  });
});

describe('a statement told over sentences whose last is cut (its context is that last sentence)', () => {
  const lastCut: Leaning = {
    text: 'In May 2019, Ruritania and Elbonia signed a treaty. Ruritania also agreed to lift its tariffs for two years',
    context: {
      kind: 'enclosing',
      text: 'Ruritania also agreed to lift its tariffs for two years, while Elbonia agreed to open its ports for the same period.',
      ...at,
    },
  };

  it('opens on its own words, with nothing before them', () => {
    expect(antecedentWords(lastCut)).toBeNull();
    expect(leansOn(lastCut)).toBe(false);
    expect(continuationMark(lastCut)).toBe('');
  });

  it('shows the rest of its last sentence after it', () => {
    expect(wordsAfter(lastCut, Infinity)).toBe(
      ', while Elbonia agreed to open its ports for the same period.',
    );
    expect(cutMark(lastCut)).toBe(' …');
  });
});

describe('closingWords keeps a name with the role it stands in apposition to (re-check 9, N5)', () => {
  it('starts at the role, not at the name after it with a dangling comma', () => {
    expect(
      closingWords(
        'On 3 May 2031, the foreign minister of Ruritania, Anna Example, wrote on social media thanking Borduria for recognising Ruritania as a sovereign state.',
      ),
    ).toBe(
      '… the foreign minister of Ruritania, Anna Example, wrote on social media thanking Borduria for recognising Ruritania as a sovereign state.',
    );
  });

  it('still starts at a name that opens its own clause', () => {
    expect(
      closingWords(
        'The talks in the capital of the northern province went on for many days and nights, and Anna Example, the envoy, left them early for the south.',
        80,
      ),
    ).toBe('… and Anna Example, the envoy, left them early for the south.');
  });
});
