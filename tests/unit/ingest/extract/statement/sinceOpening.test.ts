/**
 * Issue 15 (unseen articles): "…, but since 2012 its consulates have issued …" — a "since" date
 * opens a second clause as "in" does, and the possessive of the actor's own organ is the actor.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { statementVoice } from '../../../../../src/ingest/extract/statement/voice';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a second clause opened by a "since" date', () => {
  it('is cut off, whatever its subject', () => {
    expect(
      splitActs(
        'Peru does not accept the new identity cards, but since 2015 its embassies have stamped visas on a loose page.',
        named,
      ),
    ).toEqual([
      'Peru does not accept the new identity cards',
      'since 2015 its embassies have stamped visas on a loose page.',
    ]);
    expect(
      splitActs(
        'Chile voted against the resolution in 2010, and since March 2014 the government has abstained on every such vote.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('is not cut where "since" gives a reason', () => {
    const sentence =
      'Peru did not sign the declaration, since the league takes no position on the question.';
    expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('a possessive of the actor’s own organ as the subject of a cut clause', () => {
  const voiceOf = (first: string) =>
    statementVoice({
      text: first,
      first,
      dated: false,
      speaks: false,
      isSubject: false,
      reporter: null,
    });
  it('is the actor acting through it: a record over a span, described', () => {
    expect(voiceOf('since 2015 its embassies have stamped visas on a loose page.')).toBe(
      'described',
    );
    expect(voiceOf('its government has kept the observers there since 2010.')).toBe('described');
  });
  it('stays the source’s reading when the possessed thing is no organ', () => {
    expect(voiceOf('its economy has grown since 2010.')).toBe('analysis');
  });
});
