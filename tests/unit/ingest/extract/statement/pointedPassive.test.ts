/**
 * Issue 15 (statements found): "…, but this was rejected by some member states, including Peru, …"
 * — a passive whose subject points back to the act just told is its agent's act, told as a clause
 * of its own; the report that opens the sentence ("It has been reported that …") governs it too.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import {
  framingReporter,
  UNNAMED_REPORT,
} from '../../../../../src/ingest/extract/statement/reporter';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { extractTablePositions } from '../../../../../src/ingest/positions';
import { ReportBuilder } from '../../../../../src/ingest/report';
import { readWikitext } from '../../../../../src/ingest/read/wikitext';
import { countries, finder, fixtureArticle, orgs, persons } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;
const read = (sentence: string) =>
  readSubject(sentence, finder.mentions(sentence), persons(), (m) => isDemonymMention(sentence, m));

describe('a passive on a subject that points back, with an agent that names someone', () => {
  it('is cut off as a clause of its own after "but", "and" or a semicolon', () => {
    expect(
      splitActs(
        'An earlier draft of the resolution had called for the admission of Fiji, but this was rejected by some member states, including Peru, Chile and Cuba.',
        named,
      ),
    ).toEqual([
      'An earlier draft of the resolution had called for the admission of Fiji',
      'this was rejected by some member states, including Peru, Chile and Cuba.',
    ]);
    expect(
      splitActs(
        'The council proposed a joint mission to the islands, and it was welcomed by the Government of Chile.',
        named,
      ),
    ).toEqual([
      'The council proposed a joint mission to the islands',
      'it was welcomed by the Government of Chile.',
    ]);
    expect(
      splitActs(
        'The committee drafted a new statute for the region; it was later vetoed by Peru at the council.',
        named,
      ),
    ).toEqual([
      'The committee drafted a new statute for the region',
      'it was later vetoed by Peru at the council.',
    ]);
  });

  it('stays whole when the agent names no one', () => {
    for (const sentence of [
      'Tonga asked the league to admit Fiji in 2011, but this was followed by protests in the capital.',
      'Fiji applied for membership of the league, and it was delayed by a dispute over the fees.',
    ])
      expect(splitActs(sentence, named), sentence).toEqual([sentence]);
  });

  it('is read as the act of the agent: a named state or body, a group of states by its named member, a group of people', () => {
    expect(
      read('this was rejected by some member states, including Peru, Chile and Cuba.'),
    ).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'peru' } },
      basis: 'agent',
    });
    expect(read('it was welcomed by the Government of Chile.')).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'chile' } },
      basis: 'agent',
    });
    expect(read('this was criticised by many scholars.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'scholars', name: 'scholars' },
      basis: 'agent',
    });
  });

  it('does not take a name further inside the agent as who acted', () => {
    const r = read('It is recognised by all of the successor states with the exception of Peru.');
    expect(r.kind === 'actor' && r.mention?.actor.id).not.toBe('peru');
  });
});

describe('a report that opens its sentence', () => {
  it('governs a clause cut from it ("It has been reported that …", "According to …")', () => {
    const never = () => false;
    expect(
      framingReporter(
        'It has been reported that Fiji had asked for it, but this was refused by Peru.',
        never,
      ),
    ).toBe(UNNAMED_REPORT);
    expect(
      framingReporter(
        'According to the daily Nacional, Fiji asked for it, but Peru refused.',
        never,
      ),
    ).toBe('daily Nacional');
    expect(
      framingReporter('Fiji asked for it, and it was reported that Peru refused.', never),
    ).toBeNull();
  });

  it('makes the cut clause reported, with the actor its agent names', () => {
    const { doc, persons: registry } = fixtureArticle(
      'It has been reported that an earlier draft of the resolution had called for the admission of Fiji, but this was rejected by some member states, including Peru, Chile and Cuba.',
    );
    const positions = extractProsePositions(doc, countries, orgs, registry, new Set()).positions;
    const peru = positions.find((p) => p.actor.id === 'peru');
    expect(peru).toMatchObject({
      text: 'this was rejected by some member states, including Peru, Chile and Cuba.',
      reporter: UNNAMED_REPORT,
      voice: 'reported',
    });
  });

  it('does so in a position table row too', () => {
    const doc = readWikitext(
      [
        '= Chile test article =',
        '',
        '| Country | Position |',
        '| CHL | It was reported that Chile had asked the league to admit Fiji, but this was refused by the Government of Peru. |',
        '',
      ].join('\n'),
      { sourceId: 'fixture', file: 'fixture.txt' },
    );
    const report = new ReportBuilder();
    report.addDocument(doc);
    const table = extractTablePositions(doc, countries, orgs, report, persons());
    expect(table.find((p) => p.actor.id === 'peru')).toMatchObject({
      text: 'this was refused by the Government of Peru.',
      reporter: UNNAMED_REPORT,
      voice: 'reported',
    });
  });
});
