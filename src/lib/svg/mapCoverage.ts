import type { State } from '../../schemas';
import { editorialMap } from '../../shared/editorial';
import { areaKeyOfState, latLngOfIso3, worldAreas } from './worldFeatures';

/**
 * States the map cannot show, with the reason. Everything else either has an area in the
 * Natural Earth 110m data or (small states) a marker at world-countries' coordinates. The list
 * is editorial (content/editorial/map.yaml); a state missing for a reason not listed there is a
 * bug: the coverage test fails on it.
 */
export const EXPECTED_MISSING: Readonly<Record<string, string>> = editorialMap().notOnMap;

export type Placement =
  | { kind: 'area' }
  | { kind: 'marker'; lat: number; lng: number }
  | { kind: 'missing'; reason: string };

/** How the map shows a state: by its area, by a marker only, or not at all (with why). */
export function placementOf(state: Pick<State, 'id' | 'iso3' | 'name'>): Placement {
  const keys = areaKeysOnMap();
  if (keys.has(areaKeyOfState(state))) return { kind: 'area' };
  const latLng = state.iso3 ? latLngOfIso3(state.iso3) : null;
  if (latLng) return { kind: 'marker', lat: latLng[0], lng: latLng[1] };
  return {
    kind: 'missing',
    reason:
      EXPECTED_MISSING[state.id] ??
      (state.iso3
        ? `No area in the map data and no coordinates for ${state.iso3}.`
        : 'No ISO code and no area in the map data.'),
  };
}

export interface MissingState {
  id: string;
  name: string;
  reason: string;
  /** True when EXPECTED_MISSING explains the absence. */
  expected: boolean;
}

/** Every state the map does not show, so a page can list them and a test can judge them. */
export function statesMissingFromMap(
  states: readonly Pick<State, 'id' | 'iso3' | 'name'>[],
): MissingState[] {
  return states.flatMap((s) => {
    const p = placementOf(s);
    return p.kind === 'missing'
      ? [{ id: s.id, name: s.name, reason: p.reason, expected: s.id in EXPECTED_MISSING }]
      : [];
  });
}

let keysCache: Set<string> | null = null;
function areaKeysOnMap(): Set<string> {
  keysCache ??= new Set(worldAreas().areas.map((a) => a.key));
  return keysCache;
}
