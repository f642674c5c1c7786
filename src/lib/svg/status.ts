import type { RecognitionStatus, State } from '../../schemas';
import { STATUS_LEGEND } from '../../shared/status';
import { SUBJECT } from '../../shared/subject';

/**
 * What the map shows for an area: a state's recognition status, Kosovo itself, or nothing known
 * (territories and areas that are no state of the Atlas).
 */
export type MapStatus = RecognitionStatus | 'kosovo' | 'no-data';

export const MAP_STATUSES: readonly MapStatus[] = [
  'recognised',
  'withdrawn',
  'not-recognised',
  'kosovo',
  'no-data',
];

/** The map legend's line for each area status: the status vocabulary's, plus the map's own two. */
export const MAP_LEGEND: Record<MapStatus, string> = {
  ...STATUS_LEGEND,
  kosovo: SUBJECT.name,
  'no-data': 'Not a state in the Atlas',
};

/** Kosovo has its own status so the map never claims it "recognises" or "does not recognise" itself. */
export function mapStatusOf(state: Pick<State, 'id' | 'status'>): MapStatus {
  return state.id === SUBJECT.id ? 'kosovo' : state.status;
}

/** Class name of a status; prefixed because inline SVG styles are document-wide. */
export function statusClass(status: MapStatus): string {
  return `kra-${status}`;
}

export interface StatusCounts {
  recognised: number;
  withdrawn: number;
  'not-recognised': number;
}

/** Counts of the three recognition statuses, Kosovo excluded. */
export function countStatuses(states: readonly Pick<State, 'id' | 'status'>[]): StatusCounts {
  const counts: StatusCounts = { recognised: 0, withdrawn: 0, 'not-recognised': 0 };
  for (const s of states) if (s.id !== SUBJECT.id) counts[s.status] += 1;
  return counts;
}
