import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import worldCountries from 'world-countries';
import countries110m from 'world-atlas/countries-110m.json';
import { editorialMap } from '../../shared/editorial';

/**
 * Areas of the world map keyed by what the Atlas calls them: ISO alpha-3 for areas with an ISO
 * numeric id, or a state id for the few areas Natural Earth draws without one.
 */
export interface MapArea {
  /** `iso3:FRA` or `id:kosovo` — see `areaKeyOfState`. */
  key: string;
  /** Natural Earth's name, used for areas no state of the Atlas claims. */
  name: string;
  geometry: Geometry;
}

/**
 * Natural Earth draws these without an ISO numeric id (they have no ISO code, or none that
 * world-atlas carries). They are matched by name to the Atlas's ids on purpose, in
 * content/editorial/map.yaml; a test fails if a new world-atlas version adds an id-less area not
 * listed there.
 */
export const NAMELESS_AREA_IDS: Readonly<Record<string, string>> = editorialMap().namelessAreas;

/** Antarctica is no state and, in an equal-area world map, a wide band that only costs bytes. */
const OMITTED_ISO3 = new Set(['ATA']);

const iso3ByNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]));

type CountryProps = { name: string };

export interface WorldAreas {
  areas: MapArea[];
  /** Areas that had neither a known numeric id nor an entry in NAMELESS_AREA_IDS. */
  unmatched: string[];
}

let cache: WorldAreas | null = null;

export function worldAreas(): WorldAreas {
  if (cache) return cache;
  const topology = countries110m as unknown as Topology<{
    countries: GeometryCollection<CountryProps>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const areas: MapArea[] = [];
  const unmatched: string[] = [];
  for (const f of collection.features as Array<Feature<Geometry, CountryProps>>) {
    const name = f.properties?.name ?? '(unnamed)';
    const iso3 = f.id === undefined ? undefined : iso3ByNumeric.get(String(f.id));
    if (iso3 && OMITTED_ISO3.has(iso3)) continue;
    const namelessId = NAMELESS_AREA_IDS[name];
    const key = iso3 ? `iso3:${iso3}` : namelessId ? `id:${namelessId}` : null;
    if (!key) {
      unmatched.push(name);
      continue;
    }
    areas.push({ key, name, geometry: f.geometry });
  }
  cache = { areas, unmatched };
  return cache;
}

/** Where world-countries puts a country's centre, for the markers of small states. */
export function latLngOfIso3(iso3: string): readonly [number, number] | null {
  const c = latLngByIso3.get(iso3);
  return c && c.length >= 2 ? [c[0]!, c[1]!] : null;
}

const latLngByIso3 = new Map(worldCountries.map((c) => [c.cca3, c.latlng]));

/** The key under which a state's area would be found: its ISO code, else its own id. */
export function areaKeyOfState(state: { id: string; iso3: string | null }): string {
  return state.iso3 ? `iso3:${state.iso3}` : `id:${state.id}`;
}
