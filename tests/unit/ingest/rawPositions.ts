/**
 * Raw positions for tests of the merge (positions.ts): a statement of Peru cited at one line, with
 * the fields a test overrides.
 */
import type { RawPosition } from '../../../src/ingest/positions';
import type { ActorRef, SourceRef } from '../../../src/schemas';

export const ref = (source: string, line: number): SourceRef =>
  ({ source, section: ['S'], line, anchor: `L${line}`, excerpt: 'x' }) as unknown as SourceRef;
export const PERU: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
export const CHILE: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };

export const raw = (over: Partial<RawPosition>): RawPosition => ({
  actor: PERU,
  actorBasis: 'subject',
  date: null,
  qualifiedDate: null,
  dateRelative: null,
  voice: 'stated',
  topic: 'kosovo',
  parties: [],
  mentions: [],
  text: 'Peru said it would wait.',
  context: null,
  refs: [ref('a', 1)],
  speaker: null,
  speakers: [],
  reporter: null,
  country: null,
  ...over,
});
