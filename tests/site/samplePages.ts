/**
 * One representative page of each type, chosen from the build's own data exports so the
 * checks follow the data instead of hard-coding ids that may change.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { Position, State } from '../../src/schemas';
import { basePath, distDir } from './builtSite';
import { listFiles } from '../../src/shared/files';

export interface SamplePage {
  type: string;
  /** Path below the site base, e.g. `states/serbia/`. */
  path: string;
}

function readExport<T>(name: string, dir = distDir): T[] {
  const file = path.join(dir, 'data', name);
  if (!existsSync(file)) return [];
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  // Accept either a bare array or an object wrapping one (`{ states: [...] }`).
  if (Array.isArray(data)) return data as T[];
  const inner = Object.values(data as Record<string, unknown>).find(Array.isArray);
  return (inner ?? []) as T[];
}

export const exportedStates = (dir = distDir): State[] => readExport<State>('states.json', dir);
export const exportedPositions = (dir = distDir): Position[] =>
  readExport<Position>('positions.json', dir);

/** Site URL (as exported, base included) → path below the base. */
export function relativeToBase(url: string): string {
  const pathname = new URL(url, 'http://site.invalid').pathname;
  return pathname.startsWith(basePath)
    ? pathname.slice(basePath.length)
    : pathname.replace(/^\//, '');
}

function firstPageDir(section: string, dir = distDir): string | undefined {
  const root = path.join(dir, section);
  if (!existsSync(root)) return undefined;
  const entry = listFiles(root)
    .map((file) => /^([^/]+)\/index\.html$/.exec(file)?.[1])
    .find((name) => name !== undefined);
  return entry === undefined ? undefined : `${section}/${entry}/`;
}

/**
 * A state that does not recognise Kosovo and has at least one quoted statement: the page with
 * the most on it (status sentence, reasons, blockquotes, source links).
 */
export function nonRecognisingStateWithQuotes(
  dir = distDir,
): { state: State; position: Position } | undefined {
  const positions = new Map(exportedPositions(dir).map((position) => [position.id, position]));
  const candidates = exportedStates(dir)
    .filter((state) => state.status === 'not-recognised')
    .flatMap((state) =>
      state.positions
        .map((id) => positions.get(id))
        .filter(
          (position): position is Position => position !== undefined && position.quotes.length > 0,
        )
        .map((position) => ({ state, position })),
    );
  // Prefer a UN member (the common case) with a dated statement; stable by id.
  candidates.sort(
    (a, b) =>
      Number(b.state.kind === 'un-member') - Number(a.state.kind === 'un-member') ||
      Number(b.position.date !== null) - Number(a.position.date !== null) ||
      a.state.id.localeCompare(b.state.id) ||
      a.position.id.localeCompare(b.position.id),
  );
  return candidates[0];
}

export function samplePages(dir = distDir): SamplePage[] {
  const state = nonRecognisingStateWithQuotes(dir)?.state;
  const statePath = state ? relativeToBase(state.url) : firstPageDir('states', dir);
  const organisationPath = existsSync(path.join(dir, 'organisations/european-union/index.html'))
    ? 'organisations/european-union/'
    : firstPageDir('organisations', dir);
  const sourcePath = existsSync(
    path.join(dir, 'sources/international-recognition-of-kosovo/index.html'),
  )
    ? 'sources/international-recognition-of-kosovo/'
    : firstPageDir('sources', dir);
  const pages: Array<[string, string | undefined]> = [
    ['home', ''],
    ['states table', 'states/'],
    ['state', statePath],
    ['organisation', organisationPath],
    ['positions', 'positions/'],
    ['timeline', 'timeline/'],
    ['source', sourcePath],
    ['counts', 'counts/'],
    ['counts, a party’s view', firstPageDir('counts', dir)],
    ['withdrawals', 'withdrawals/'],
    ['data', 'data/'],
    ['Kosovo', 'kosovo/'],
    ['people', 'people/'],
    ['person', firstPageDir('people', dir)],
    ['actor', firstPageDir('actors', dir)],
    ['organisations', 'organisations/'],
    ['sources', 'sources/'],
    ['about', 'about/'],
    // The page with the most statements, relations and named-in entries.
    [
      'state with relations',
      existsSync(path.join(dir, 'states/belarus/index.html')) ? 'states/belarus/' : statePath,
    ],
  ];
  return pages.map(([type, pagePath]) => {
    if (pagePath === undefined) throw new Error(`No ${type} page in ${dir}`);
    return { type, path: pagePath };
  });
}
