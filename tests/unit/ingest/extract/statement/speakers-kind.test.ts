/** A body's name followed by what kind of body it is ("…, a government agency,") speaks by its name. */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };

describe('an indefinite apposition after a body says what kind of body it is', () => {
  it.each([
    [
      'Since 2018, the Peruvian Sports Council (PSC), a government agency, has required that the flag not be displayed.',
      'Peruvian Sports Council',
    ],
    [
      'In 2012, the Peruvian Trade Office, a branch of the ministry, opened a desk in Lima.',
      'Peruvian Trade Office',
    ],
  ])('%s', (sentence, body) => {
    expect(clauseSpeakers(sentence, peru, persons())).toEqual([{ name: body, role: null }]);
  });
});

describe('the organ or official in a relative clause on "whose" speaks', () => {
  it.each([
    [
      'The plan was welcomed by Peru, whose State Department said it was "a step forward".',
      { name: 'State Department', role: null },
    ],
    [
      'The measure drew criticism from Peru, whose foreign minister said it was unlawful.',
      { name: null, role: 'foreign minister' },
    ],
  ])('%s', (sentence, speaker) => {
    expect(clauseSpeakers(sentence, peru, persons())).toEqual([speaker]);
  });
});

describe('the person who acts in the that-clause of "It was reported that …" speaks', () => {
  it('names the person as written, when the article names them', () => {
    const people = persons();
    people.add({ name: 'Ana Ruiz', role: 'Peruvian foreign minister', actor: peru });
    expect(
      clauseSpeakers('It was reported that Ruiz had privately assured the envoy.', peru, people),
    ).toEqual([{ name: 'Ruiz', role: null }]);
    expect(
      clauseSpeakers('It is believed that Ana Ruiz had met the envoy twice.', peru, people),
    ).toEqual([{ name: 'Ana Ruiz', role: null }]);
  });

  it('names no one when the that-clause acts through no person the article names', () => {
    expect(
      clauseSpeakers('It was reported that the envoy had left the city.', peru, persons()),
    ).toEqual([]);
  });
});
