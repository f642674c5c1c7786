/** Parties: the recipient of a thing handed over, the one accused, and a court as the other side. */
import { describe, expect, it } from 'vitest';
import { counterparts } from '../../../../../src/ingest/extract/statement/parties';
import { finder } from './fixtures';

const partiesOf = (sentence: string) =>
  counterparts(sentence, finder.mentions(sentence)).map((a) => `${a.type}:${a.id}`);

describe('the recipient of a thing handed over is a party', () => {
  it.each([
    [
      'In 2009, Norway submitted a written statement to the Council of Europe.',
      ['organisation:council-of-europe'],
    ],
    ['In 1999, Norway contributed a contingent to the NATO-led force.', ['organisation:nato']],
    ['Norway sent two advisers to Serbia in 2001.', ['state:serbia']],
  ])('%s', (sentence, expected) => {
    expect(partiesOf(sentence)).toEqual(expected);
  });

  it('not a place moved to, nor the target of a manner adverb', () => {
    expect(partiesOf('In 2001, the envoy returned to Serbia.')).toEqual([]);
    expect(partiesOf('Norway responded very positively to Serbia.')).toEqual([]);
    // A second verb is no object, nor a participle inside a compound adjective.
    expect(
      partiesOf(
        'Norway supported states which were recognized and admitted to the Council of Europe.',
      ),
    ).toEqual([]);
    expect(
      partiesOf(
        'Several members expressed their own individual secession-minded reactions to Serbia.',
      ),
    ).toEqual([]);
  });
});

describe('the one accused is a party', () => {
  it('names the accused, not what they are accused of', () => {
    expect(
      partiesOf('In 2017, the Norwegian President accused the European Union of double standards.'),
    ).toEqual(['organisation:european-union']);
  });
});

describe('a court named by its organisation’s alias is itself the other side', () => {
  it('gives the court, not the organisation it belongs to', () => {
    expect(
      partiesOf(
        'In April 2009, Norway submitted a written statement to the International Court of Justice.',
      ),
    ).toEqual(['other:international-court-of-justice']);
  });
});

describe('a counterpart named by its nationality, and who acts alongside, are parties', () => {
  it('reads the nationality of a counterpart', () => {
    expect(
      partiesOf(
        'In 2013, he repeated this in Oslo, telling his Serbian counterpart that it stood.',
      ),
    ).toEqual(['state:serbia']);
    expect(partiesOf('The minister met his Russian counterparts in May.')).toEqual([
      'state:russia',
    ]);
  });

  it('reads who acts together or along with the actor', () => {
    expect(partiesOf('Norway, together with Iceland, withheld its consent.')).toEqual([
      'state:iceland',
    ]);
    expect(partiesOf('Norway, along with the United States, voted for the plan.')).toEqual([
      'state:united-states',
    ]);
  });
});

describe('the one thanked, and who leads what the act is done in, are parties', () => {
  it('reads the one thanked', () => {
    expect(
      partiesOf('The Norwegian President thanked Sweden for its "principled stance" in 2023.'),
    ).toEqual(['state:sweden']);
  });

  it('reads who leads a force or a mission ("the NATO-led force")', () => {
    expect(partiesOf('Norwegian troops have served in the NATO-led force since 1999.')).toEqual([
      'organisation:nato',
    ]);
  });
});

describe('the state whose envoy is summoned or expelled is a party', () => {
  it.each([
    ['The ministry summoned the Swedish ambassador in Oslo.', ['state:sweden']],
    ['In 2012, Norway expelled the Swedish ambassador.', ['state:sweden']],
  ])('%s', (sentence, expected) => {
    expect(partiesOf(sentence)).toEqual(expected);
  });
});
