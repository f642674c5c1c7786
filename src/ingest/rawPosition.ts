/**
 * A statement as an extractor reads it, before merging. Its own module so that the prose and table
 * extractors and the merge share it without importing one another.
 */
import type { ActorBasis, ActorRef, Position, SourceRef, Voice } from '../schemas';
import type { CountryRecord } from './resolve/countries';
import type { EventKind } from './extract/statement/event';

/** A statement before merging: one source, one actor. */
export interface RawPosition {
  actor: ActorRef;
  /** The rule that decided `actor` (see the schema's `actorBasis`). */
  actorBasis: ActorBasis;
  date: string | null;
  qualifiedDate: Position['qualifiedDate'];
  dateRelative: string | null;
  voice: Voice;
  topic: Position['topic'];
  parties: ActorRef[];
  /** Other states and organisations the statement names. */
  mentions: ActorRef[];
  text: string;
  /** The sentence `text` leans on in its source (statementContext.ts). */
  context: Position['context'];
  /** One reference per file line the statement's sentences stand on. */
  refs: SourceRef[];
  speaker: Position['speaker'];
  /** Everyone named as speaking for the actor; `speaker` is the first of them. */
  speakers: Position['speakers'];
  /** Who the source says reports it; null when the source tells it itself. */
  reporter: string | null;
  /** The clause tells an event (an accession, a fixture), not a position: it goes to the timeline. */
  event?: EventKind | null;
  /** The actor is a state whose page this position belongs on. */
  country: CountryRecord | null;
}
