/**
 * Values the list views sort and filter by, derived from the exported data. Sort keys are padded
 * strings so the client compares them as text (src/scripts/views/viewState.ts).
 */
import type { Event, Position, State } from '../../schemas';
import { compareDates, sortKey, yearOf } from './dates';

const TABLE_RANK = { 'un-members': 0, 'non-un': 1, withdrawn: 2 } as const;

/** Sort keys of a row of the states table; '' where the state has no such value (sorted last). */
export function stateSortKeys(state: Pick<State, 'recognition' | 'withdrawal'>): {
  order: string;
  date: string;
  withdrawal: string;
} {
  const r = state.recognition;
  const order = r ? String(TABLE_RANK[r.table] * 1000 + r.order).padStart(5, '0') : '';
  // Exact dates before inferred intervals starting the same day; then table order.
  const date = r?.date
    ? `${sortKey(r.date)}|0|${order}`
    : r?.dateInferred
      ? `${sortKey(r.dateInferred.after)}|1|${order}`
      : '';
  const withdrawal = state.withdrawal?.date ? `${sortKey(state.withdrawal.date)}|${order}` : '';
  return { order, date, withdrawal };
}

/** States with a reported withdrawal, by withdrawal date (undated last), then by table order. */
export function withdrawalRows<T extends Pick<State, 'recognition' | 'withdrawal' | 'name'>>(
  states: readonly T[],
): T[] {
  return states
    .filter((s) => s.withdrawal)
    .sort(
      (a, b) =>
        compareDates(a.withdrawal!.date, b.withdrawal!.date) ||
        stateSortKeys(a).order.localeCompare(stateSortKeys(b).order) ||
        a.name.localeCompare(b.name, 'en'),
    );
}

/** The kinds the timeline list filters by. */
export const TIMELINE_KINDS = ['recognitions', 'withdrawals', 'statements', 'events'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_KIND_LABEL: Record<TimelineKind, string> = {
  recognitions: 'Recognitions',
  withdrawals: 'Withdrawals and reversals',
  statements: 'Statements',
  events: 'Other events',
};

export function timelineKindOfEvent(kind: Event['kind']): TimelineKind {
  if (kind === 'recognition') return 'recognitions';
  if (kind === 'withdrawal' || kind === 'reversal') return 'withdrawals';
  return 'events';
}

export type TimelineEntry =
  | { kind: 'event'; event: Event; when: string | null }
  | { kind: 'statement'; position: Position; when: string | null };

/** Events and dated statements in one chronological list (undated last); events keep their inferred start. */
export function timelineEntries(
  events: readonly Event[],
  positions: readonly Position[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({
      kind: 'event' as const,
      event,
      when: event.date ?? event.dateInferred?.after ?? null,
    })),
    ...positions
      .filter((p) => p.date)
      .map((position) => ({ kind: 'statement' as const, position, when: position.date })),
  ];
  const id = (e: TimelineEntry) => (e.kind === 'event' ? e.event.id : e.position.id);
  return entries.sort(
    (a, b) =>
      compareDates(a.when, b.when) ||
      (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) ||
      id(a).localeCompare(id(b)),
  );
}

export const entryYear = (entry: TimelineEntry): number | null => yearOf(entry.when);

/**
 * What the timeline holds, in the numbers both the timeline and the home page state, so the
 * two never disagree ("146 dated events" on one, "108 events have no date" on the other):
 * every event, the events no source dates (shown at an inferred interval's start), and the
 * dated statements.
 */
export function timelineTally(
  events: readonly Pick<Event, 'date' | 'dateInferred'>[],
  positions: readonly Pick<Position, 'date'>[],
): { events: number; undatedEvents: number; datedStatements: number } {
  return {
    events: events.length,
    undatedEvents: events.filter((e) => !e.date && e.dateInferred).length,
    datedStatements: positions.filter((p) => p.date).length,
  };
}
