import { z } from 'zod';
import { claim, event, figure, organisation, position, source, state } from '../../schemas';
import type { Organisation, Position, State } from '../../schemas';
import { joinUrl } from '../../shared/url';

/** Site-relative URLs in the data are stored without the base path; exports carry the deployed path. */
export function rebase<T extends { url: string }>(base: string, entries: T[]): T[] {
  return entries.map((e) => ({ ...e, url: joinUrl(base, e.url) }));
}

/** RFC 4180 CSV: every field quoted when it holds a comma, quote or newline. */
export function toCsv(
  header: string[],
  rows: Array<Array<string | number | boolean | null>>,
): string {
  const cell = (v: string | number | boolean | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Column names of the CSV exports (public contracts, listed on the data page). */
export const CSV_COLUMNS = {
  'states.csv': [
    'id',
    'name',
    'iso3',
    'kind',
    'status',
    'recognition_order',
    'recognition_date',
    'recognition_after',
    'recognition_before',
    'withdrawal_date',
    'diplomatic_relations',
    'region',
    'organisations',
    'url',
    // Added after the published columns (their order is part of the contract): the status's basis.
    'status_basis',
    'status_basis_source',
    'status_basis_line',
  ],
  'positions.csv': [
    'id',
    'actor_type',
    'actor_id',
    'actor_name',
    'speaker',
    'date',
    'text',
    'quotes',
    'sources',
    'url',
    // Added after the published columns: the sentence the statement leans on in its source
    // (positions.json `context`), so a CSV reader of "Their replacements …" has it too.
    'context_kind',
    'context_text',
    'context_source',
    'context_line',
  ],
  'organisations.csv': [
    'id',
    'name',
    'abbreviation',
    'kind',
    'members',
    'recognising',
    'not_recognising',
    'withdrawn',
    'kosovo_membership',
    'url',
  ],
} as const satisfies Record<string, readonly string[]>;

export const statesCsv = (states: State[]) =>
  toCsv(
    [...CSV_COLUMNS['states.csv']],
    states.map((s) => [
      s.id,
      s.name,
      s.iso3,
      s.kind,
      s.status,
      s.recognition?.order ?? null,
      s.recognition?.date ?? null,
      s.recognition?.dateInferred?.after ?? null,
      s.recognition?.dateInferred?.before ?? null,
      s.withdrawal?.date ?? null,
      s.diplomaticRelations,
      s.region,
      s.organisations.join(' '),
      s.url,
      s.statusBasis.kind,
      s.statusBasis.source,
      s.statusBasis.line,
    ]),
  );

export const positionsCsv = (positions: Position[]) =>
  toCsv(
    [...CSV_COLUMNS['positions.csv']],
    positions.map((p) => [
      p.id,
      p.actor.type,
      p.actor.id,
      p.actor.name,
      p.speaker ? [p.speaker.name, p.speaker.role].filter(Boolean).join(', ') : null,
      p.date,
      p.text,
      p.quotes.map((q) => `${q.speaker ?? '?'}: “${q.text}”`).join(' | '),
      p.sources.map((s) => `${s.source}:${s.line}`).join(' '),
      p.url,
      p.context?.kind ?? null,
      p.context?.text ?? null,
      p.context?.source ?? null,
      p.context?.line ?? null,
    ]),
  );

export const organisationsCsv = (organisations: Organisation[]) =>
  toCsv(
    [...CSV_COLUMNS['organisations.csv']],
    organisations.map((o) => [
      o.id,
      o.name,
      o.abbreviation,
      o.kind,
      o.members?.length ?? null,
      o.recognising.length,
      o.notRecognising.length,
      o.withdrawn.length,
      o.kosovoMembership
        ? `${o.kosovoMembership.status}${o.kosovoMembership.since ? ` since ${o.kosovoMembership.since}` : ''}`
        : null,
      o.url,
    ]),
  );

/** JSON Schema of every export, generated from the Zod schemas so the two never drift. */
export function exportJsonSchema() {
  const arrayOf = (s: z.ZodType) =>
    z.toJSONSchema(z.array(s), { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    $comment:
      'Generated from src/schemas by src/lib/export/exports.ts; one schema per file in /data/.',
    'states.json': arrayOf(state),
    'positions.json': arrayOf(position),
    'organisations.json': arrayOf(organisation),
    'claims.json': arrayOf(claim),
    'events.json': arrayOf(event),
    'figures.json': arrayOf(figure),
    'sources.json': arrayOf(source),
  };
}
