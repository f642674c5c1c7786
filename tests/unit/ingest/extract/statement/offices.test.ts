/**
 * The vocabulary of offices and bodies: its helpers, its narrower lists, and that the speaker rules
 * read it (a word the vocabulary holds is a role or a body for each of them, on invented sentences).
 */
import { describe, expect, it } from 'vitest';
import {
  alternation,
  BODIES,
  capitalised,
  except,
  EXECUTIVE_BODIES,
  OFFICES,
  ORGANS,
  plural,
  ROLE_OFFICES,
  SPOKESBODIES,
  STATE_LEADERS,
  subset,
} from '../../../../../src/ingest/extract/statement/offices';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };

describe('narrower lists', () => {
  it('cannot name a word the vocabulary lacks', () => {
    expect(() => subset(OFFICES, ['president', 'praetor'])).toThrow(/"praetor"/);
    expect(() => except(BODIES, ['tribunate'])).toThrow(/"tribunate"/);
    expect(subset(OFFICES, ['envoy', 'king'])).toEqual(['envoy', 'king']);
    expect(except(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
  });
  it('leave out what reads as no office or no organ, and keep the rest', () => {
    expect(ROLE_OFFICES).not.toContain('member');
    expect(ROLE_OFFICES).not.toContain('general');
    expect(ROLE_OFFICES).toContain('sultan');
    expect(EXECUTIVE_BODIES).toEqual(['government', 'presidency', 'ministry', 'authorities']);
    for (const name of ['union', 'federation', 'league', 'authorities', 'movement'])
      expect(ORGANS).not.toContain(name);
    for (const organ of ['ministry', 'senate', 'police', 'press service'])
      expect(ORGANS).toContain(organ);
    expect(SPOKESBODIES).toContain('press service');
    expect(SPOKESBODIES).toContain('spokeswoman');
    expect(SPOKESBODIES).not.toContain('government');
    expect(STATE_LEADERS).toEqual([
      'president',
      'chancellor',
      'king',
      'queen',
      'prime minister',
      'foreign minister',
    ]);
  });
});

describe('word forms', () => {
  it('plural of an office or a body', () => {
    expect(plural('spokesman')).toBe('spokesmen');
    expect(plural('chairwoman')).toBe('chairwomen');
    expect(plural('secretary')).toBe('secretaries');
    expect(plural('envoy')).toBe('envoys');
    expect(plural('forces')).toBe('forces');
  });
  it('capitals as in a title', () => {
    expect(capitalised(['secretary-general', 'envoy'])).toEqual(['Secretary-General', 'Envoy']);
    expect(capitalised(['prime minister'])).toEqual(['Prime Minister']);
  });
  it('an alternation tries the longer word first and lets a two-word entry span a line break', () => {
    expect(alternation(['chair', 'chairman', 'chair'])).toBe('chairman|chair');
    expect(new RegExp(`^(?:${alternation(['chair', 'chairman'])})`).exec('chairman')?.[0]).toBe(
      'chairman',
    );
    const press = new RegExp(`^(?:${alternation(['press service'])})$`);
    expect(press.test('press\nservice')).toBe(true);
    expect(press.test('pressservice')).toBe(false);
    expect(alternation(['a.b'])).toBe('a\\.b');
  });
});

describe('the speaker rules read the vocabulary', () => {
  it('any office makes a role with no name, in the singular or the plural', () => {
    expect(clauseSpeakers('The Peruvian sultan said the plan was sound.', peru, persons())).toEqual(
      [{ name: null, role: 'Peruvian sultan' }],
    );
    expect(
      clauseSpeakers('A Peruvian chairperson said the plan was sound.', peru, persons()),
    ).toEqual([{ name: null, role: 'Peruvian chairperson' }]);
    expect(
      clauseSpeakers('The Peruvian counsellors said the plan was sound.', peru, persons()),
    ).toEqual([{ name: null, role: 'Peruvian counsellors' }]);
  });
  it('any organ led by a person acts with that person', () => {
    expect(
      clauseSpeakers(
        'In 2011 the Peruvian Senate under then Speaker Juan Soto adopted a resolution.',
        peru,
        persons(),
      ),
    ).toEqual([
      { name: 'Peruvian Senate', role: null },
      { name: 'Juan Soto', role: 'Speaker' },
    ]);
  });
});
