import type { ActorRef, Position, SourceDocument, SourceRef } from '../schemas';
import { toSlug } from '../shared/slug';
import { stripDiacritics } from '../shared/text';
import { monthNames } from '../shared/months';
import { proseSentences, refTo } from './context';
import { positionTableKind, readPositionTable, type PositionTableKind } from './extract/positionTable';
import { findQuotes, splitSentences, statementSpeaker } from './extract/quotes';
import { isDatedStatement, speechVerbIndex, splitStatements, statedDate } from './extract/statements';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { OrganisationIndex } from './resolve/organisations';
import type { ReportBuilder } from './report';

/** A statement before merging: one source, one actor. */
export interface RawPosition {
  actor: ActorRef;
  date: string | null;
  text: string;
  ref: SourceRef;
  /** The actor is a state whose page this position belongs on. */
  country: CountryRecord | null;
}


function resolveCountryCell(cell: string, text: string, kind: PositionTableKind, countries: CountryIndex) {
  if (/^[A-Z]{3}$/.test(cell)) {
    const hit = countries.resolveCode(cell, 'iso-first');
    return hit ? { record: hit.record, recovered: null } : null;
  }
  if (cell !== '') {
    const byName = countries.resolveName(cell);
    return byName ? { record: byName, recovered: null } : null;
  }
  // Blank cell: the statement names its actor first ("Abkhazian president …", "The Holy See …").
  const found = countries.findInText(text, kind === 'other-state' ? ['kosovo', 'serbia'] : ['kosovo']);
  return found ? { record: found.record, recovered: `name cell blank; recovered from "${found.match}" in the statement` } : null;
}

function resolveOrganisationCell(cell: string, text: string, kind: PositionTableKind, orgs: OrganisationIndex) {
  const abbr = /\(([^)]+)\)\s*$/.exec(cell)?.[1] ?? null;
  const name = cell.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const orgKind = kind === 'non-governmental' ? 'non-governmental' : kind === 'sub-state' ? 'sub-state' : 'intergovernmental';
  const known = (name && orgs.resolveToken(name)) || (abbr && orgs.resolveToken(abbr));
  if (known) return { record: known, recovered: name === '' ? `name cell blank; recovered from the abbreviation "(${abbr})"` : null };
  if (name !== '') {
    // Government-in-exile labels are descriptions, not part of the name.
    const isDescription = abbr !== null && /\s/.test(abbr) && abbr !== abbr.toUpperCase();
    return { record: orgs.addFromSource(name, isDescription ? null : abbr, orgKind), recovered: null };
  }
  const found = orgs.findInText(text);
  return found ? { record: found, recovered: `name cell blank; recovered from "${found.name}" named in the statement` } : null;
}

/** Position-table rows of a document → raw positions, one per dated statement in a cell. */
export function extractTablePositions(doc: SourceDocument, countries: CountryIndex, orgs: OrganisationIndex, report: ReportBuilder): RawPosition[] {
  const out: RawPosition[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const kind = positionTableKind(block);
    if (!kind) continue;
    const { rows, problems } = readPositionTable(block);
    for (const p of problems) report.dropRow(doc.sourceId, p.line, 'dropped', p.reason);
    for (const row of rows) {
      if (/^see above\.?$/i.test(row.text)) {
        report.dropRow(doc.sourceId, row.line, 'dropped', `"${row.actorCell}: See above" is a cross-reference to an earlier section, whose dated statements are extracted from the prose`);
        continue;
      }
      let actor: ActorRef;
      let country: CountryRecord | null = null;
      if (kind === 'un-member' || kind === 'other-state') {
        const hit = resolveCountryCell(row.actorCell, row.text, kind, countries);
        if (!hit) {
          report.dropRow(doc.sourceId, row.line, 'unresolved', `expected an ISO 3166-1 alpha-3 code or a state name, found "${row.actorCell}"`);
          continue;
        }
        if (hit.recovered) report.note(doc.sourceId, row.line, 'recovered', `${hit.record.name}: ${hit.recovered}`);
        country = hit.record;
        actor = { type: 'state', id: hit.record.id, name: hit.record.name };
      } else {
        const hit = resolveOrganisationCell(row.actorCell, row.text, kind, orgs);
        if (!hit) {
          report.dropRow(doc.sourceId, row.line, 'unresolved', `expected an organisation name or "(ABBR)", found "${row.actorCell}" and no known organisation in the text`);
          continue;
        }
        if (hit.recovered) report.note(doc.sourceId, row.line, 'recovered', `${hit.record.name}: ${hit.recovered}`);
        actor = { type: 'organisation', id: hit.record.id, name: hit.record.name };
      }
      report.entry(doc.sourceId, row.line);
      for (const piece of splitStatements(row.text)) {
        out.push({ actor, country, date: piece.date, text: piece.text, ref: refTo(doc, block.section, row.line, piece.text) });
      }
    }
  }
  return out;
}

/** Dated statements in prose: a sentence with a date and a speech verb, by the first state or organisation it names. */
export function extractProsePositions(doc: SourceDocument, countries: CountryIndex, orgs: OrganisationIndex, report: ReportBuilder): RawPosition[] {
  const out: RawPosition[] = [];
  let previous = null as { line: number; who: { actor: ActorRef; country: CountryRecord | null } } | null;
  for (const { sentence, block, ref } of proseSentences(doc)) {
    if (!isDatedStatement(sentence)) continue;
    // Statements about Kosovo only: an article on Kosovo counts whole, another only where it names Kosovo.
    if (!/\bKosov/.test(sentence) && !/\bKosov/.test(doc.title)) continue;
    // The actor is the state or organisation named nearest before the verb ("…, Russian President
    // Vladimir Putin said"), skipping places after "to"/"in"/"at" ("the Belarusian ambassador to Serbia").
    const subject = sentence.slice(0, speechVerbIndex(sentence));
    const mentions = [
      ...countries.findAllInText(subject, ['kosovo']).map((m) => ({ index: m.index, actor: { type: 'state' as const, id: m.record.id, name: m.record.name }, country: m.record })),
      ...orgs.findAllInText(subject).map((m) => ({ index: m.index, actor: { type: 'organisation' as const, id: m.record.id, name: m.record.name }, country: null })),
    ]
      .filter((m) => !/(\b(to|in|at|from)\s+(the\s+)?|\b(pro|anti)-)$/i.test(subject.slice(Math.max(0, m.index - 12), m.index)))
      .sort((a, b) => a.index - b.index);
    const nearest = mentions.at(-1);
    let who: { actor: ActorRef; country: CountryRecord | null } | null = nearest ? { actor: nearest.actor, country: nearest.country } : null;
    if (!who && /\bKosov/.test(subject)) who = { actor: { type: 'other', id: 'kosovo', name: 'Kosovo' }, country: null };
    // "In March 2013, Dačić said …": a sentence naming no actor continues its paragraph's last one.
    if (!who && previous?.line === block.line && /^(In|On|At|By)\b[^,]*,\s*\p{Lu}/u.test(subject)) who = previous.who;
    if (!who) continue;
    previous = { line: block.line, who };
    report.statement(doc.sourceId);
    out.push({ ...who, date: statedDate(sentence)?.date ?? null, text: sentence, ref });
  }
  return out;
}

const fold = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const DATE_WORDS = new RegExp(`^(in|on|at|by|as|of|a|the|${monthNames('long').join('|').toLowerCase()}|\\d+)$`);

/** Fragment-safe id from actor, date and the statement's first significant words: survives reordering. */
export function positionId(actorId: string, date: string | null, text: string): string {
  const words = fold(text).split(' ').filter((w) => !DATE_WORDS.test(w)).slice(0, 5).join(' ');
  return toSlug(`${actorId} ${date ?? 'undated'} ${words}`);
}

const words = (text: string) => new Set(fold(splitSentences(text)[0] ?? text).split(' ').filter(Boolean));

/**
 * True when two opening sentences tell the same thing: most words of the shorter one are in the
 * longer ("Serbia and Kosovo agreed to normalise economic ties" inside "… under an agreement
 * brokered by the United States, Serbia and Kosovo agreed to normalise economic ties").
 */
export function sameStatement(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.7;
}

/**
 * One position per statement across sources: the same actor and date and the same opening
 * sentence (by word overlap) in two places is one position with two sources. Ids are made unique by
 * suffixing -2, -3 in text order.
 */
export function mergePositions(raw: RawPosition[], urlFor: (actor: ActorRef) => string): Position[] {
  const byKey = new Map<string, { p: RawPosition; refs: SourceRef[]; texts: string[] }>();
  for (const r of raw) {
    const sameDay = [...byKey.entries()].find(
      ([k, v]) => r.date !== null && k.startsWith(`${r.actor.type}:${r.actor.id}:${r.date}:`) && v.texts.some((t) => sameStatement(t, r.text)),
    );
    const key = sameDay?.[0] ?? `${r.actor.type}:${r.actor.id}:${r.date}:${[...words(r.text)].join(' ')}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.refs.some((x) => x.source === r.ref.source && x.line === r.ref.line)) existing.refs.push(r.ref);
      existing.texts.push(r.text);
      if (r.text.length > existing.p.text.length) existing.p = { ...existing.p, text: r.text };
    } else byKey.set(key, { p: r, refs: [r.ref], texts: [r.text] });
  }
  const used = new Set<string>();
  const out: Position[] = [];
  for (const { p, refs } of byKey.values()) {
    let id = positionId(p.actor.id, p.date, p.text);
    for (let n = 2; used.has(id); n++) id = `${positionId(p.actor.id, p.date, p.text)}-${n}`;
    used.add(id);
    const quotes = findQuotes(p.text);
    out.push({
      id,
      actor: p.actor,
      date: p.date,
      year: p.date ? Number(p.date.slice(0, 4)) : null,
      text: p.text,
      quotes,
      speaker: speakerOf(quotes, p.text),
      sources: refs,
      url: `${urlFor(p.actor)}#${id}`,
    });
  }
  return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}

/** The statement's speaker: its first attributed quote's, else the named subject of its first sentence. */
function speakerOf(quotes: Position['quotes'], text: string): Position['speaker'] {
  const quoted = quotes.find((q) => q.speaker);
  if (quoted?.speaker) return { name: quoted.speaker, role: quoted.role };
  const subject = statementSpeaker(text);
  return subject ? { name: subject.speaker, role: subject.role } : null;
}
