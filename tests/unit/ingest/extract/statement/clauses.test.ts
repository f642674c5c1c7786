/** Cause 3 of issue 15: one act per statement — boundaries within and between sentences. */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { groupSentences } from '../../../../../src/ingest/extract/statements';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a sentence that tells two acts', () => {
  it('is cut where a clause with its own date begins', () => {
    expect(
      splitActs(
        'In March 2015, Fiji was admitted to the league, and on 2 May 2015, at its congress in Suva, Tonga was voted into the federation.',
        named,
      ),
    ).toEqual([
      'In March 2015, Fiji was admitted to the league',
      'on 2 May 2015, at its congress in Suva, Tonga was voted into the federation.',
    ]);
  });

  it('is cut where a clause with a subject of its own names another speaker', () => {
    expect(
      splitActs(
        'In June 2009, the President of Chile welcomed the decision, but a presidential spokesman said that Peru was not planning to follow.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('stays whole when the second part carries on what was said, or the first part is a list', () => {
    expect(
      splitActs(
        'He said that Chile will not recognise it, and that the decision was final.',
        named,
      ),
    ).toHaveLength(1);
    expect(
      splitActs(
        'In May 2008, Russia, China, and India released a joint statement calling for talks.',
        named,
      ),
    ).toHaveLength(1);
  });
});

describe('sentences joined into one statement', () => {
  const group = (sentences: string[]) =>
    groupSentences(sentences, () => null, true).map((p) => p.sentences);

  it('joins a sentence that carries the same act on (the content of the message)', () => {
    expect(
      group([
        'On 23 June 2010, the president of Chile sent a message to his Peruvian counterpart.',
        'It reiterated the solidarity of Chile with Peru.',
      ]),
    ).toEqual([[0, 1]]);
  });

  it('keeps a sentence opening with "It" or "He" apart when it tells another act or has its own date', () => {
    expect(
      group([
        'Chile recognised the state on 18 February 2010.',
        'It has played an active role in the talks since then.',
      ]),
    ).toEqual([[0], [1]]);
    expect(
      group([
        'In March 2008, the minister stated that Chile would wait.',
        'He said in June 2009 that Chile would never recognise it.',
      ]),
    ).toEqual([[0], [1]]);
  });
});
