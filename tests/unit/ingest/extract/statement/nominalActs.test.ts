/**
 * Issue 15 (statements found): "Jamaica refused a request from the United States to recognise …" —
 * a noun of asking or warning, with who asked after "from"/"by" and what was asked after it, tells
 * that actor's act inside another's sentence: cut out as a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { nominalActs } from '../../../../../src/ingest/extract/statement/nominalActs';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { groupSentences } from '../../../../../src/ingest/extract/statements';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, finder, fixtureArticle, orgs, persons } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('an act of asking or warning told inside another sentence', () => {
  it('is cut out with its agent and what was asked (a to-infinitive, a that-clause, "for")', () => {
    expect(
      splitActs(
        'The Chilean Government in 2009 refused a request from the United States to recognise Peru.',
        named,
      ),
    ).toEqual([
      'The Chilean Government in 2009 refused a request from the United States to recognise Peru.',
      'a request from the United States to recognise Peru.',
    ]);
    expect(
      splitActs(
        'Peru held its own elections in the islands despite warnings from the United Nations that such a move violated the treaty and moved rapidly to set up parallel institutions.',
        named,
      ),
    ).toEqual([
      'Peru held its own elections in the islands despite warnings from the United Nations that such a move violated the treaty and moved rapidly to set up parallel institutions.',
      'warnings from the United Nations that such a move violated the treaty',
    ]);
    expect(
      nominalActs(
        'Peru rejected repeated calls by Chile for a ceasefire, saying the talks had failed.',
        named,
      ),
    ).toEqual([
      'Peru rejected repeated calls by Chile for a ceasefire, saying the talks had failed.',
      'repeated calls by Chile for a ceasefire',
    ]);
  });

  it('is not cut when the agent names no one, the noun is no act of asking, or no content follows', () => {
    for (const sentence of [
      'Peru ignored a request from its own parliament to recognise Chile.',
      'The law bans imports from Peru to protect local farmers.',
      'Chile received a visit from the Peruvian president in 2010.',
      'Peru turned down a request from Chile in May.',
      'A request from Chile to recognise Peru was refused in 2009.',
      'Peru said it "would not heed calls from Chile to recognise the islands".',
    ])
      expect(nominalActs(sentence, named), sentence).toEqual([sentence]);
  });

  it('is not a second act when the agent is the sentence’s own actor', () => {
    const sentence = 'Peru renewed its offer by Peru to mediate between the parties.';
    expect(nominalActs(sentence, named, (agent) => agent === 'Peru')).toEqual([sentence]);
  });

  it('is read as its agent’s act, stated, with no date borrowed from the sentence it was cut from', () => {
    const part = 'a request from the United States to recognise Peru.';
    expect(
      readSubject(part, finder.mentions(part), persons(), (m) => isDemonymMention(part, m)),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'united-states' } }, basis: 'agent' });
    const pieces = groupSentences(
      [
        'In 2009, the Chilean Government refused a request from the United States to recognise Peru.',
        part,
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2009', null]);
    const { doc, persons: registry } = fixtureArticle(
      'In 2009, the Chilean Government refused a request from the United States to recognise Peru.',
    );
    const positions = extractProsePositions(doc, countries, orgs, registry, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.voice, p.date, p.text])).toEqual([
      [
        'chile',
        'stated',
        '2009',
        'In 2009, the Chilean Government refused a request from the United States to recognise Peru.',
      ],
      ['united-states', 'stated', null, 'a request from the United States to recognise Peru.'],
    ]);
  });
});
