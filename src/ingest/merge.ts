import type { Organisation, Position, SourceRef, State } from '../schemas';
import { SourceError } from './read/document';
import { parseWithdrawalNote } from './extract/withdrawalNote';
import type { DatedRecognition } from './recognitionDates';
import type { ResolvedRecognition } from './recognitions';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { Editorial } from './resolve/editorial';
import type { OrganisationIndex } from './resolve/organisations';
import type { ReportBuilder } from './report';
import {
  NOT_LISTED,
  nonRecognitionBasis,
  recognitionRowBasis,
  type NonRecognitionListing,
} from './statusBasis';
import { SUBJECT } from '../shared/subject';

export const stateUrl = (id: string) => `/states/${id}/`;
export const organisationUrl = (id: string) => `/organisations/${id}/`;
/** Kosovo, the subject of every source, has its own page. */
export const kosovoUrl = '/kosovo/';
/** Page of another actor (a third party the sources name: an NGO, a newspaper, a study). */
export const otherActorUrl = (id: string) => `/actors/${id}/`;

interface InferBounds {
  floor: { date: string; ref: SourceRef } | null;
}

/** Bounds for undated recognitions from the nearest dated ones by order (never a date). */
function inferIntervals(states: State[], bounds: InferBounds): void {
  const ranked = states
    .filter((s) => s.recognition && s.recognition.table !== 'withdrawn')
    .sort((a, b) => a.recognition!.order - b.recognition!.order);
  for (const table of ['un-members', 'non-un'] as const) {
    const list = ranked.filter((s) => s.recognition!.table === table);
    list.forEach((s, i) => {
      const rec = s.recognition!;
      if (rec.date) return;
      const before = list
        .slice(0, i)
        .reverse()
        .find((x) => x.recognition!.date);
      const after = list.slice(i + 1).find((x) => x.recognition!.date);
      const lower = before?.recognition!.date ?? bounds.floor?.date ?? null;
      if (!lower) return;
      const basis = [
        before
          ? `after ${before.name} (no. ${before.recognition!.order}, ${before.recognition!.date})`
          : `after the declaration of independence (${lower})`,
        after
          ? `before ${after.name} (no. ${after.recognition!.order}, ${after.recognition!.date})`
          : 'no later dated recognition bounds it',
      ].join('; ');
      rec.dateInferred = {
        after: lower,
        before: after?.recognition!.date ?? null,
        basis: `Inferred from the table order: ${basis}.`,
      };
    });
  }
  for (const s of states) {
    const rec = s.recognition;
    if (rec && rec.table === 'withdrawn' && !rec.date && bounds.floor) {
      rec.dateInferred = {
        after: bounds.floor.date,
        before: s.withdrawal?.date ?? null,
        basis:
          'The withdrawn table gives no order by date: only after the declaration of independence and before the withdrawal.',
      };
    }
  }
}

/** One entry per state: recognition tables, dates from prose, memberships and editorial facts merged. */
interface BuildStatesArgs {
  countries: CountryIndex;
  editorial: Editorial;
  orgs: OrganisationIndex;
  recognitions: Array<ResolvedRecognition & { sourceId: string; file?: string }>;
  proseDates: DatedRecognition[];
  discussed: Set<string>;
  declaration: { date: string; ref: SourceRef } | null;
  /** Rows of the tables of states that have not recognised Kosovo. */
  nonRecognition: NonRecognitionListing[];
  report: ReportBuilder;
}

type StateTable = Map<string, { record: CountryRecord; state: State }>;

/** A state entry as known before any source speaks of it. */
function emptyState(record: CountryRecord): State {
  return {
    id: record.id,
    name: record.name,
    officialName: record.officialName,
    iso3: record.iso3,
    ioc: record.ioc,
    kind: record.kind,
    status: 'not-recognised',
    statusBasis: NOT_LISTED,
    region: record.region,
    subregion: record.subregion,
    nameProvenance: { kind: 'source', note: null },
    recognition: null,
    withdrawal: null,
    diplomaticRelations: null,
    organisations: [],
    relatedArticle: null,
    positions: [],
    claims: [],
    bilateral: [],
    url: stateUrl(record.id),
  };
}

/** The entry of `record`, made on first use. */
function include(byId: StateTable, record: CountryRecord): State {
  const existing = byId.get(record.id);
  if (existing) return existing.state;
  const state = emptyState(record);
  byId.set(record.id, { record, state });
  return state;
}

/** Every UN member, every member of an editorial organisation list, and every state a source discusses. */
function collectStates(byId: StateTable, { countries, orgs, discussed }: BuildStatesArgs): void {
  for (const r of countries.all) if (r.kind === 'un-member') include(byId, r);
  // Members of the editorial organisation lists are states the site must show (Palestine in the OIC).
  for (const o of orgs.all()) {
    for (const iso3 of o.members ?? []) {
      const record = countries.byIso3.get(iso3);
      if (!record)
        throw new SourceError(
          'organisations.yaml',
          0,
          `an ISO 3166-1 alpha-3 code of a known state in the ${o.id} member list, found ${iso3}`,
        );
      include(byId, record);
    }
  }
  for (const id of discussed) {
    const r = countries.all.find((c) => c.id === id);
    if (r && r.id !== SUBJECT.id) include(byId, r);
  }
}

/** Status, recognition, withdrawal and relations of a state from its row of a recognition table. */
function applyRecognitionRow(
  state: State,
  r: BuildStatesArgs['recognitions'][number],
  sameDay: string[],
): void {
  const { row } = r;
  const note = parseWithdrawalNote(row.note);
  state.status =
    row.table === 'withdrawn' ? 'withdrawn' : note && !note.reversed ? 'withdrawn' : 'recognised';
  state.statusBasis = recognitionRowBasis(
    row.table,
    r.sourceId,
    row.line,
    row.table !== 'withdrawn' && note ? row.note : null,
  );
  if (r.naming.kind !== 'source')
    state.nameProvenance = { kind: r.naming.kind, note: r.naming.note };
  state.diplomaticRelations = row.diplomaticRelations;
  state.relatedArticle = row.relatedArticle;
  state.recognition = {
    order: r.order,
    group: row.range[0] === row.range[1] ? null : row.rank,
    table: row.table === 'withdrawn' ? 'withdrawn' : row.table,
    date: row.recognitionDate,
    dateSources: row.recognitionDate ? [r.ref] : [],
    dateNote: null,
    dateInferred: null,
    sameDay: row.table === 'withdrawn' ? [] : sameDay,
    sources: [r.ref],
  };
  if (row.table === 'withdrawn') {
    state.withdrawal = {
      date: row.withdrawalDate,
      note: row.note,
      reversed: null,
      sources: [r.ref],
    };
  } else if (note) {
    state.withdrawal = {
      date: note.withdrawn,
      note: row.note,
      reversed: note.reversed,
      sources: [r.ref],
    };
  }
  // A withdrawal cannot come before the recognition it withdraws: two dates swapped or mistyped.
  const recognised = state.recognition.date;
  const withdrawn = state.withdrawal?.date;
  if (recognised && withdrawn && before(withdrawn, recognised))
    throw new SourceError(
      r.file ?? `${r.sourceId}.txt`,
      row.line,
      `${state.name}'s withdrawal dated after its recognition (${recognised})`,
      withdrawn,
    );
}

/** `a` is earlier than `b` at the precision both give ("2014" is not before "2014-07-11"). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/** Membership column: tokens must name a known organisation; aliases apply only when the member list agrees. */
function readMembershipTokens(
  state: State,
  r: BuildStatesArgs['recognitions'][number],
  { editorial, orgs, report }: BuildStatesArgs,
): void {
  const { row } = r;
  for (const token of row.membershipTokens) {
    const alias = editorial.membershipTokens.find((t) => t.token === token);
    const direct = orgs.resolveToken(token);
    const viaAlias = alias ? orgs.byId(alias.organisation) : undefined;
    const iso3 = r.record.iso3;
    const inList = (o: { members: string[] | null } | undefined) =>
      !!o?.members && !!iso3 && o.members.includes(iso3);
    if (viaAlias && inList(viaAlias)) {
      report.note(
        r.sourceId,
        row.line,
        'editorial',
        `${state.name}: membership token "${token}" read as ${viaAlias.abbreviation} (${alias!.reason.split('.')[0]}).`,
      );
      if (!state.organisations.includes(viaAlias.id)) state.organisations.push(viaAlias.id);
    } else if (direct && (direct.members === null || inList(direct))) {
      if (!state.organisations.includes(direct.id)) state.organisations.push(direct.id);
    } else if (direct) {
      report.note(
        r.sourceId,
        row.line,
        'mismatch',
        `${state.name}: the table lists membership "${token}" but ${state.name} is not in the editorial ${direct.name} member list`,
      );
    } else {
      report.note(
        r.sourceId,
        row.line,
        'unresolved',
        `${state.name}: membership token "${token}" names no known organisation`,
      );
    }
  }
}

/**
 * Rows of the non-recognition tables are the evidence for "not recognised". A state listed there
 * twice, or there and in a recognition table, is contradictory input: the error names both rows.
 */
function applyNonRecognition(byId: StateTable, listings: NonRecognitionListing[]): void {
  for (const l of listings) {
    const state = byId.get(l.stateId)?.state;
    if (!state) continue;
    const basis = state.statusBasis;
    // Another article's non-recognition table may list it again (a copy, a second source): agreed.
    if (basis.kind === 'non-recognition-table' && basis.source !== l.source) continue;
    if (basis.kind !== 'not-listed')
      throw new SourceError(
        l.file,
        l.line,
        `${state.name} in one table only; it is also ${basis.note} (${state.status})`,
      );
    state.statusBasis = nonRecognitionBasis(l);
  }
}

/** Exact dates written in prose; a same-day group shares them. */
function applyProseDates(
  byId: StateTable,
  proseDates: DatedRecognition[],
  report: ReportBuilder,
): void {
  for (const d of proseDates) {
    const entry = byId.get(d.countryId);
    const rec = entry?.state.recognition;
    if (!rec) continue;
    if (rec.date && rec.date !== d.date) {
      report.note(
        d.ref.source,
        d.ref.line,
        'mismatch',
        `${entry!.state.name}: prose gives recognition date ${d.date}, the table ${rec.date}; the table's date is kept`,
      );
      continue;
    }
    // A date written for this state itself replaces one it only shared with its group.
    if (rec.dateNote) {
      rec.dateNote = null;
      rec.dateSources = [];
    }
    rec.date = d.date;
    rec.dateSources.push(d.ref);
    for (const other of rec.sameDay) {
      const o = byId.get(other)?.state.recognition;
      if (o && !o.date) {
        o.date = d.date;
        // The sentence that dates the group's named member and that member's row, then this state's
        // own row, which puts it in the same group: a reader checks all three.
        o.dateSources.push(d.ref, ...rec.sources, ...o.sources);
        o.dateNote = `Same day as ${entry!.state.name}: the table groups them as same-day recognitions (${rec.group}), and the date is written for ${entry!.state.name}.`;
      }
    }
  }
}

/** Memberships from the editorial member lists. */
function addEditorialMemberships(states: State[], orgs: OrganisationIndex): void {
  for (const o of orgs.all()) {
    if (!o.members) continue;
    for (const iso3 of o.members) {
      const state = states.find((s) => s.iso3 === iso3)!;
      if (!state.organisations.includes(o.id)) state.organisations.push(o.id);
    }
  }
  for (const s of states) s.organisations.sort();
}

/** One entry per state: the recognition tables, prose dates, inferred intervals and memberships merged. */
export function buildStates(args: BuildStatesArgs): State[] {
  const byId: StateTable = new Map();
  collectStates(byId, args);
  const groupOf = new Map<string, string[]>();
  for (const r of args.recognitions) {
    const key = `${r.row.table}:${r.row.rank}`;
    groupOf.set(key, [...(groupOf.get(key) ?? []), r.record.id]);
  }
  for (const r of args.recognitions) {
    const state = include(byId, r.record);
    applyRecognitionRow(
      state,
      r,
      (groupOf.get(`${r.row.table}:${r.row.rank}`) ?? []).filter((id) => id !== state.id),
    );
    readMembershipTokens(state, r, args);
  }
  applyNonRecognition(byId, args.nonRecognition);
  applyProseDates(byId, args.proseDates, args.report);
  const states = [...byId.values()].map((x) => x.state);
  inferIntervals(states, { floor: args.declaration });
  addEditorialMemberships(states, args.orgs);
  return states.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Organisations with computed tallies; the UN's members are every UN member state. */
export function buildOrganisations(
  orgs: OrganisationIndex,
  states: State[],
  positions: Position[],
  /** Organisations an event the statements tell concerns (Kosovo voted into FIFA): their pages stay. */
  concerned: Set<string> = new Set(),
): Organisation[] {
  return orgs
    .all()
    .filter(
      (o) =>
        o.origin === 'source' ||
        o.members ||
        concerned.has(o.id) ||
        positions.some((p) => p.actor.id === o.id || p.parties.some((a) => a.id === o.id)),
    )
    .map((o) => {
      const members =
        o.id === 'united-nations'
          ? states.filter((s) => s.kind === 'un-member').map((s) => s.id)
          : o.members
            ? o.members.map((iso3) => states.find((s) => s.iso3 === iso3)!.id)
            : null;
      const memberStates = (members ?? []).map((id) => states.find((s) => s.id === id)!);
      return {
        id: o.id,
        name: o.name,
        abbreviation: o.abbreviation,
        kind: o.kind,
        // Its own positions and those naming it as a party (the EU in Belarus's relations).
        positions: positions
          .filter((p) =>
            [p.actor, ...p.parties].some((a) => a.type === 'organisation' && a.id === o.id),
          )
          .map((p) => p.id),
        kosovoMembership: null,
        members: members ? [...members].sort() : null,
        membersReason:
          o.id === 'united-nations'
            ? 'Every UN member state in the Atlas (193, per the country-data package as corrected in content/editorial/countries.yaml).'
            : o.membersReason,
        recognising: memberStates
          .filter((s) => s.status === 'recognised')
          .map((s) => s.id)
          .sort(),
        notRecognising: memberStates
          .filter((s) => s.status === 'not-recognised')
          .map((s) => s.id)
          .sort(),
        withdrawn: memberStates
          .filter((s) => s.status === 'withdrawn')
          .map((s) => s.id)
          .sort(),
        statedTallies: [],
        url: organisationUrl(o.id),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
