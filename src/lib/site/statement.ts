/**
 * Headings and ordering of statements (positions). A statement's heading carries its date as
 * written, so a search sub-result or a copied link shows when it was said.
 */
import type { Position } from '../../schemas';
import { compareDates, formatPartialDate, sortKey } from './dates';

type HeadingPosition = Pick<Position, 'date' | 'actor' | 'speaker'>;

/** Who speaks: the statement's named speaker with role ("Alexander Lukashenko, Belarusian President"), else the actor. */
export function speakerOf(position: HeadingPosition): string {
  const s = position.speaker;
  if (s) return s.role ? `${s.name}, ${s.role}` : s.name;
  return position.actor.name;
}

/** "February 2008 — Alexander Lukashenko, Belarusian President"; "Undated — Belarus". */
export function statementHeading(position: HeadingPosition): string {
  const when = position.date ? formatPartialDate(position.date) : 'Undated';
  return `${when} — ${speakerOf(position)}`;
}

/** Positions in date order (undated last), ties by id so the order is the same on every build. */
export function byDate<T extends Pick<Position, 'date' | 'id'>>(positions: readonly T[]): T[] {
  return [...positions].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Latest statement date padded for sorting (`YYYY-MM-DD`), or null when none is dated. */
export function latestSortDate(positions: readonly Pick<Position, 'date'>[]): string | null {
  const dated = positions.map((p) => p.date).filter((d): d is string => Boolean(d));
  if (dated.length === 0) return null;
  return dated.map((d) => sortKey(d)).sort().at(-1) ?? null;
}

/** Distinct years of the statements, ascending. */
export function statementYears(positions: readonly Pick<Position, 'year'>[]): number[] {
  return [...new Set(positions.map((p) => p.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}
