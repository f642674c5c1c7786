/**
 * Issue 15, voice (tests/gold/README.md "Voice"): a subject that points back to what was told with
 * a demonstrative ("These positions", "Such choices"), naming no one who acts, in the present tense
 * is the source's own reasoning: analysis. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  statementVoice,
  type VoiceEvidence,
} from '../../../../../src/ingest/extract/statement/voice';

const voice = (first: string, over: Partial<VoiceEvidence> = {}) =>
  statementVoice({
    text: first,
    first,
    dated: false,
    speaks: false,
    isSubject: true,
    reporter: null,
    ...over,
  });

describe('a demonstrative subject naming no one', () => {
  it('is analysis in the present tense, whatever its noun', () => {
    expect(voice('These positions reflect the weight of the border question in Peru.')).toBe(
      'analysis',
    );
    expect(voice('Such choices show how far the two governments have drifted apart.')).toBe(
      'analysis',
    );
    expect(voice('These recent moves suggest a slow change in the policy of Chile.')).toBe(
      'analysis',
    );
  });

  it('is not analysis when the noun names who acts, in the past, or with a date', () => {
    expect(voice('These officials reject any link between the two cases.')).not.toBe('analysis');
    expect(voice('These countries insist on a negotiated settlement.')).not.toBe('analysis');
    expect(voice('These moves angered the government of Peru.')).toBe('stated');
    expect(voice('These moves reflect a change of course.', { dated: true })).toBe('stated');
  });
});
