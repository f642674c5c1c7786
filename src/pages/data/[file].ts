import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../ingest/loadAtlas';
import {
  exportJsonSchema,
  organisationsCsv,
  positionsCsv,
  rebase,
  statesCsv,
} from '../../lib/export/exports';

/** Machine-readable exports under /data/: public contracts, field names never renamed. */
const FILES = [
  'states.json',
  'positions.json',
  'organisations.json',
  'claims.json',
  'events.json',
  'figures.json',
  'sources.json',
  'report.json',
  'states.csv',
  'positions.csv',
  'organisations.csv',
  'schema.json',
] as const;

export const getStaticPaths = (() =>
  FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await loadAtlas();
  const base = import.meta.env.BASE_URL;
  const json = (v: unknown) =>
    new Response(`${JSON.stringify(v, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  const csv = (v: string) =>
    new Response(v, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  switch (params.file as (typeof FILES)[number]) {
    case 'states.json':
      return json(rebase(base, data.states));
    case 'positions.json':
      return json(rebase(base, data.positions));
    case 'organisations.json':
      return json(rebase(base, data.organisations));
    case 'claims.json':
      return json(data.claims);
    case 'events.json':
      return json(data.events);
    case 'figures.json':
      return json(data.figures);
    case 'sources.json':
      return json(rebase(base, data.sources));
    case 'report.json':
      return json(data.report);
    case 'states.csv':
      return csv(statesCsv(rebase(base, data.states)));
    case 'positions.csv':
      return csv(positionsCsv(rebase(base, data.positions)));
    case 'organisations.csv':
      return csv(organisationsCsv(rebase(base, data.organisations)));
    case 'schema.json':
      return json(exportJsonSchema());
  }
  return new Response('not found', { status: 404 });
};
