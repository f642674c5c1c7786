import type {
  ActorRef,
  AtlasData,
  Claim,
  Event,
  Figure,
  Organisation,
  Position,
  SourceDocument,
  State,
} from '../schemas';
import { atlasData } from '../schemas';
import { toSlug } from '../shared/slug';
import { foldAsciiWords } from '../shared/fold';
import { monthNames } from '../shared/months';
import { refTo } from './context';
import { isBilateralTable, readBilateralTable } from './extract/bilateralTable';
import { eventTitle } from './extract/events';
import { statementEvents } from './extract/statement/event';
import { extractSentenceFacts, reconcileFigures, withdrawnTableClaims } from './facts';
import { disputedRecognitionClaims } from './disputes';
import { kosovoMembership } from './membership';
import {
  buildOrganisations,
  buildStates,
  kosovoUrl,
  organisationUrl,
  otherActorUrl,
  stateUrl,
} from './merge';
import { extractTablePositions, mergePositions, type RawPosition } from './positions';
import {
  extractProsePositions,
  PersonRegistry,
  registerPersons,
  type Unattributed,
} from './prosePositions';
import { proseLedger } from './proseLedger';
import { actorFinder, KOSOVO } from './extract/actors';
import { sentenceKey } from './context';
import { findRecognitionDates } from './recognitionDates';
import { checkRequiredTables, extractRecognitions, recognitionTableId } from './recognitions';
import { checkFactsLock, sourceLossBehind } from './factsLock';
import { reportUnpairedQuotes } from './extract/quoteBalance';
import { reportUnexplainedFigures } from './figureLosses';
import { reportTableCounts } from './tableCounts';
import { nonRecognitionListings } from './statusBasis';
import { ReportBuilder } from './report';
import { SourceError } from './read/document';
import { checkCitedWords } from './read/citedWords';
import { applyStatementCorrections } from './resolve/statementCorrections';
import { buildCountryIndex, type CountryIndex } from './resolve/countries';
import { loadEditorial, type Editorial } from './resolve/editorial';
import {
  checkEditorialMatches,
  checkEditorialReferences,
  keepFormerIdsOfClaims,
} from './resolve/editorialChecks';
import { buildOrganisationIndex, type OrganisationIndex } from './resolve/organisations';
import { loadManifest, readSources } from './sources';
import { positionTableKind } from './extract/positionTable';
import { SUBJECT } from '../shared/subject';
import type { SourcePatterns } from '../shared/sourcePatterns';
import { checkSourcePatterns } from './sourcePatternChecks';

export interface IngestOptions {
  sourcesDir: string;
  editorialDir: string;
  /**
   * Sources read for their statements only: the gold test's unseen articles, written for the test
   * with facts that may be invented. Their prose never dates a row of the recognition tables, so an
   * invented date can neither change the atlas's tables nor stop the ingest for their order.
   */
  statementsOnly?: ReadonlySet<string>;
}

/** Tables no extractor claims: every row is reported, so nothing is lost silently. */
function reportUnclaimedTables(doc: SourceDocument, report: ReportBuilder) {
  for (const b of doc.blocks) {
    if (b.kind !== 'table') continue;
    if (recognitionTableId(b) || positionTableKind(b) || isBilateralTable(b)) continue;
    for (const r of b.rows)
      report.dropRow(
        doc.sourceId,
        r.line,
        'dropped',
        `table with unrecognised columns (${b.header.cells.join(' | ')})`,
      );
  }
}

/** Belarus-style "Formal Relations Began" tables → bilateral facts for both states of each pair. */
function extractBilateral(doc: SourceDocument, countries: CountryIndex, report: ReportBuilder) {
  const facts: Array<{
    a: string;
    b: string;
    began: string | null;
    note: string | null;
    ref: ReturnType<typeof refTo>;
  }> = [];
  const subject = countries.findInText(doc.title, [SUBJECT.id]);
  for (const block of doc.blocks) {
    if (block.kind !== 'table' || !isBilateralTable(block)) continue;
    const { rows, problems, multilateral } = readBilateralTable(block);
    for (const p of problems) report.dropRow(doc.sourceId, p.line, 'dropped', p.reason);
    for (const row of rows) {
      if (!subject) {
        report.dropRow(
          doc.sourceId,
          row.line,
          'unresolved',
          `the article title "${doc.title}" names no state whose relations these are`,
        );
        continue;
      }
      if (multilateral) {
        report.dropRow(
          doc.sourceId,
          row.line,
          'dropped',
          `multilateral relation with an organisation (${row.note ?? row.nameCell}); the table gives no state fact`,
        );
        continue;
      }
      const partner =
        (row.nameCell && countries.resolveName(row.nameCell)) ||
        (row.note ? countries.findInText(row.note, [subject.record.id, SUBJECT.id])?.record : null);
      if (!partner) {
        report.dropRow(
          doc.sourceId,
          row.line,
          'unresolved',
          `country cell blank and the note ${row.note ? `("${row.note}") names no other state` : 'is empty'}; began ${row.began ?? 'unknown'}`,
        );
        continue;
      }
      if (!row.nameCell)
        report.note(
          doc.sourceId,
          row.line,
          'recovered',
          `${partner.name}: country cell blank; recovered from the note "${row.note}"`,
        );
      report.entry(doc.sourceId, row.line);
      facts.push({
        a: subject.record.id,
        b: partner.id,
        began: row.began,
        note: row.note,
        ref: refTo(doc, block.section, row.line, [row.began, row.note].filter(Boolean).join(' — ')),
      });
    }
  }
  return facts;
}

/** Everything read from the articles before any merging: rows, statements, facts, per article. */
function extractAll(
  documents: SourceDocument[],
  countries: CountryIndex,
  orgs: OrganisationIndex,
  editorial: Editorial,
  report: ReportBuilder,
) {
  const recognitions = documents.flatMap((doc) =>
    extractRecognitions(doc, countries, editorial.blankNames, report).map((r) => ({
      ...r,
      sourceId: doc.sourceId,
      file: doc.file,
    })),
  );
  const bilateral = documents.flatMap((doc) => extractBilateral(doc, countries, report));
  const sentenceFacts = documents.map((doc) =>
    extractSentenceFacts(doc, countries, report, editorial.sourcePatterns, orgs),
  );
  const proseDates = documents.flatMap((d) => findRecognitionDates(d, countries));
  for (const doc of documents) reportUnclaimedTables(doc, report);
  for (const doc of documents) reportUnpairedQuotes(doc, report);
  // Sentences in which the article itself states a figure are told by the figures; a figure,
  // claim or recognition date a party states is also that party's statement, and stays one.
  const taken = new Set<string>(
    sentenceFacts
      .flatMap((f) => f.figures.filter((x) => x.claimant === 'the article').map((x) => x.ref))
      .map((r) => sentenceKey(r.source, r.line, r.excerpt)),
  );
  const finder = actorFinder(countries, orgs);
  const unattributed = new Map<string, Unattributed[]>();
  const register = () =>
    new PersonRegistry(
      (name) => finder.mentions(name).length > 0,
      (name) => finder.mentions(name).some((m) => m.index === 0 && m.end >= name.trim().length),
    );
  // People are named per article: "Dačić" resolves to the Dačić that article names; a person an
  // article leaves without a side takes the side another article gives (persons.ts).
  const shared = register();
  const registers = documents.map((doc) => {
    const persons = register();
    registerPersons(doc, finder, persons);
    for (const p of persons.people()) shared.add({ ...p });
    return persons;
  });
  const rawPositions: RawPosition[] = documents.flatMap((doc, i) => {
    const persons = registers[i]!;
    persons.useShared(shared);
    const prose = extractProsePositions(doc, countries, orgs, persons, taken);
    unattributed.set(doc.sourceId, prose.unattributed);
    report.statements(doc.sourceId, prose.positions.length);
    return [...extractTablePositions(doc, countries, orgs, report, persons), ...prose.positions];
  });
  return { recognitions, bilateral, sentenceFacts, proseDates, rawPositions, unattributed };
}

/**
 * One position per statement, on the pages of its actor and of every state it names as a party;
 * ids earlier builds published stay as former ids (content/editorial/position-ids.yaml).
 */
function placePositions(
  raw: RawPosition[],
  stateById: Map<string, State>,
  formerIds: Editorial['positionIds'],
): Position[] {
  const urlFor = (actor: ActorRef) =>
    actor.type === 'state' && stateById.has(actor.id)
      ? stateUrl(actor.id)
      : actor.type === 'organisation'
        ? organisationUrl(actor.id)
        : actor.id === KOSOVO.id
          ? kosovoUrl
          : otherActorUrl(actor.id);
  // A party is shown on its page: a territory the atlas has no entry for ("Hong Kong") is not one.
  const known = (a: ActorRef) => a.type !== 'state' || stateById.has(a.id);
  const positions = mergePositions(
    raw
      .filter((r) => known(r.actor))
      .map((r) => ({ ...r, parties: r.parties.filter(known), mentions: r.mentions.filter(known) })),
    urlFor,
  );
  const positionById = new Map(positions.map((p) => [p.id, p]));
  // An alias whose old id is back is skipped; one whose statement is gone stops the ingest at the
  // entry (resolve/editorialChecks.ts), so a published link never breaks silently.
  for (const alias of formerIds) {
    const target = positionById.get(alias.to);
    if (target && !positionById.has(alias.from)) target.formerIds.push(alias.from);
  }
  for (const p of positions) {
    for (const a of [p.actor, ...p.parties]) {
      const s = a.type === 'state' ? stateById.get(a.id) : undefined;
      if (s && !s.positions.includes(p.id)) s.positions.push(p.id);
    }
  }
  return positions;
}

/**
 * A published statement that the rules now read as an event (an accession, a fixture) keeps its
 * id as an anchor on that event, where its pages show it: a shared link lands on what the
 * sentence tells, never on a neighbouring statement.
 */
function keepFormerIdsOfEvents(
  events: Event[],
  positions: Position[],
  formerIds: Editorial['positionIds'],
): void {
  const eventById = new Map(events.map((e) => [e.id, e]));
  const positionIds = new Set(positions.map((p) => p.id));
  for (const alias of formerIds) {
    const target = eventById.get(alias.to);
    if (target && !positionIds.has(alias.from)) target.formerIds.push(alias.from);
  }
}

/** Bilateral table facts on both partners' pages. */
function attachBilateral(
  bilateral: ReturnType<typeof extractBilateral>,
  stateById: Map<string, State>,
): void {
  for (const f of bilateral) {
    const a = stateById.get(f.a);
    const b = stateById.get(f.b);
    if (!a || !b) continue;
    a.bilateral.push({ partner: b.id, began: f.began, note: f.note, sources: [f.ref] });
    b.bilateral.push({ partner: a.id, began: f.began, note: f.note, sources: [f.ref] });
  }
}

/** Claims from prose (withdrawal lists, rebuttals), disputed recognitions, and each party's stated count. */
function assembleClaims(
  extracted: Claim[],
  states: State[],
  positions: Position[],
  figures: Figure[],
  countries: CountryIndex,
  patterns: SourcePatterns,
): Claim[] {
  // The party's withdrawal count: its list "aside from the N listed above" covers the withdrawn table.
  const withdrawalCount = extracted.find((c) => c.what === 'count');
  const claimsById = new Map<string, Claim>();
  for (const c of [
    ...extracted,
    ...withdrawnTableClaims(states, withdrawalCount),
    ...disputedRecognitionClaims(positions, patterns),
  ]) {
    const existing = claimsById.get(c.id);
    if (existing)
      existing.sources.push(
        ...c.sources.filter(
          (s) => !existing.sources.some((x) => x.source === s.source && x.line === s.line),
        ),
      );
    else claimsById.set(c.id, { ...c, sources: [...c.sources] });
  }
  for (const f of figures) {
    const party = f.kind === 'recognitions' ? countries.resolveName(f.claimant) : null;
    if (!party) continue;
    const claimant: ActorRef =
      party.id === KOSOVO.id ? KOSOVO : { type: 'state', id: party.id, name: party.name };
    const id = toSlug(`${f.claimant} count recognitions ${f.value}`);
    claimsById.set(id, {
      id,
      claimant,
      subject: null,
      what: 'count',
      count: f.value,
      date: f.asOf,
      text: f.sources[0]!.excerpt,
      formerIds: [],
      sources: f.sources,
    });
  }
  return [...claimsById.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Kosovo's membership from what the sources say of each organisation, and the tallies they state. */
function attachOrganisationFacts(
  organisations: Organisation[],
  positions: Array<Pick<Position, 'actor' | 'parties' | 'text' | 'sources'>>,
  figures: Figure[],
  orgs: OrganisationIndex,
  patterns: SourcePatterns,
): void {
  const names = (id: string) => orgs.byId(id)?.aliases ?? [];
  for (const o of organisations) {
    // Its own statements, and those that name it ("Kosovo is a member of … CEFTA"), accessions
    // told as events included.
    const own = positions.filter((p) =>
      [p.actor, ...p.parties].some((a) => a.type === 'organisation' && a.id === o.id),
    );
    o.kosovoMembership = kosovoMembership(own, names(o.id), patterns);
    o.statedTallies = figures
      .filter((f) => f.ref === o.id && f.kind === 'org-tally')
      .map((f) => ({
        recognising: f.value,
        total: f.outOf,
        asOf: f.asOf,
        claimant: f.claimant,
        source: f.sources[0]!,
      }));
  }
}

/**
 * The recognition tables list states in the order they recognised Kosovo: a written date earlier
 * than the one of a row above it is a mistyped or swapped date (the withdrawn table is ordered by
 * withdrawal, so its recognition dates are not checked).
 */
function checkRecognitionOrder(states: State[], documents: SourceDocument[]): void {
  for (const table of ['un-members', 'non-un'] as const) {
    const rows = states
      .filter((s) => s.recognition?.table === table && s.recognition.dateSources.length > 0)
      .sort((a, b) => a.recognition!.order - b.recognition!.order);
    let latest: State | null = null;
    for (const s of rows) {
      const date = s.recognition!.date;
      if (!date) continue;
      const previous = latest?.recognition?.date;
      if (latest && previous) {
        const n = Math.min(previous.length, date.length);
        if (date.slice(0, n) < previous.slice(0, n)) {
          // Where each date is written, which is a prose sentence when the row left it blank: the
          // reader must be sent to the sentence that gave the date, not only to the row.
          const ref = s.recognition!.dateSources[0]!;
          const above = latest.recognition!.dateSources[0]!;
          const fileOf = (source: string) =>
            documents.find((d) => d.sourceId === source)?.file ?? source;
          const where =
            above.source === ref.source
              ? `line ${above.line}`
              : `${fileOf(above.source)}:${above.line}`;
          throw new SourceError(
            fileOf(ref.source),
            ref.line,
            `${s.name}'s recognition dated on or after ${previous} (${latest.name}, ${where}: the table is in date order)`,
            date,
          );
        }
      }
      latest = s;
    }
  }
}

/**
 * A statement tells something that happened: its own date cannot lie in the future (a mistyped
 * year, "2080"). Plans ("by 2030") are qualified dates, not a statement's date, and stay allowed.
 * The check reads the clock but changes no output, so rebuilds stay byte-identical.
 */
function checkStatementDates(raw: RawPosition[], documents: SourceDocument[]): void {
  const thisYear = new Date().getUTCFullYear();
  for (const p of raw) {
    if (!p.date || Number(p.date.slice(0, 4)) <= thisYear) continue;
    const ref = p.refs[0]!;
    const file = documents.find((d) => d.sourceId === ref.source)?.file ?? ref.source;
    throw new SourceError(
      file,
      ref.line,
      `a statement dated no later than ${thisYear} (a statement tells what happened)`,
      p.date,
    );
  }
}

/**
 * The whole pipeline: content/sources → read → extract → resolve → merge → validate.
 * Throws SourceError for input it cannot read; everything it reads but cannot use is in `report`.
 */
export function ingest(options: IngestOptions): AtlasData {
  const editorial = loadEditorial(options.editorialDir);
  const countries = buildCountryIndex(editorial.countries);
  checkEditorialReferences(editorial, countries);
  const orgs = buildOrganisationIndex(editorial.organisations);
  const manifest = loadManifest(options.sourcesDir);
  const documents = readSources(options.sourcesDir, manifest);
  manifest.forEach((m, i) => checkRequiredTables(documents[i]!, m.requiredTables ?? []));
  const report = new ReportBuilder();
  for (const doc of documents) report.addDocument(doc);

  const read = extractAll(documents, countries, orgs, editorial, report);
  const corrected = applyStatementCorrections(
    read.rawPositions,
    editorial.statementCorrections,
    documents,
    countries,
    orgs,
  );
  for (const u of corrected.unattributed) {
    read.unattributed.set(u.source, [...(read.unattributed.get(u.source) ?? []), u]);
    report.note(u.source, u.line, 'editorial', `statement left unattributed: ${u.reason}`);
  }
  for (const c of corrected.changed)
    report.note(c.source, c.line, 'editorial', `statement corrected by hand: ${c.reason}`);
  // Events are not positions (issue 15): an accession or a fixture goes to the timeline.
  const told = statementEvents(corrected.positions);
  const rawPositions = told.positions;
  for (const u of told.undated) {
    read.unattributed.set(u.source, [...(read.unattributed.get(u.source) ?? []), u]);
    report.note(u.source, u.line, 'note', u.reason);
  }
  checkStatementDates(rawPositions, documents);
  const factEvents = read.sentenceFacts.flatMap((f) => f.events);
  const proseEvents = [
    ...factEvents,
    // A sentence the event rules already made into an event of that kind and date is told once.
    ...told.events.filter(
      (e) =>
        !factEvents.some(
          (f) =>
            f.ref.source === e.ref.source &&
            f.ref.line === e.ref.line &&
            f.kind === e.kind &&
            f.date === e.date,
        ),
    ),
  ];
  const declarationEvent = proseEvents
    .filter((e) => e.kind === 'declaration')
    .sort((a, b) => b.date.length - a.date.length)[0];
  const states = buildStates({
    countries,
    editorial,
    orgs,
    recognitions: read.recognitions,
    proseDates: read.proseDates.filter((d) => !options.statementsOnly?.has(d.ref.source)),
    discussed: new Set([
      ...rawPositions.flatMap((p) => (p.country ? [p.country.id] : [])),
      ...read.bilateral.flatMap((b) => [b.a, b.b]),
    ]),
    declaration: declarationEvent
      ? { date: declarationEvent.date, ref: declarationEvent.ref }
      : null,
    nonRecognition: documents.flatMap((d) => nonRecognitionListings(d, countries)),
    report,
  });
  checkRecognitionOrder(states, documents);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const positions = placePositions(rawPositions, stateById, editorial.positionIds);
  attachBilateral(read.bilateral, stateById);

  const events = buildEvents(proseEvents, states);
  keepFormerIdsOfEvents(events, positions, editorial.positionIds);
  const organisations = buildOrganisations(orgs, states, positions, told.concerned);
  try {
    checkEditorialMatches(editorial, {
      documents,
      recognitions: read.recognitions,
      positions,
      events,
      pageIds: new Set([...states.map((s) => s.id), ...organisations.map((o) => o.id), KOSOVO.id]),
      editorialDir: options.editorialDir,
    });
  } catch (error) {
    // A blank-name entry already names the table row it misses; any other entry matching
    // nothing is named as the symptom of rows lost from its source, when the lock shows them.
    if (error instanceof SourceError && error.file !== 'blank-names.yaml')
      throw sourceLossBehind(options.editorialDir, documents, error) ?? error;
    throw error;
  }
  const figures = reconcileFigures(
    read.sentenceFacts.flatMap((f) => f.figures),
    states,
    organisations,
    orgs,
    countries,
    new Map(manifest.map((m) => [m.id, m.title])),
  );
  // Accessions told as events state memberships too.
  const statementsAndEvents = [
    ...positions,
    ...told.statements.map((e) => ({ ...e, sources: e.refs })),
  ];
  attachOrganisationFacts(
    organisations,
    statementsAndEvents,
    figures,
    orgs,
    editorial.sourcePatterns,
  );
  const claims = assembleClaims(
    read.sentenceFacts.flatMap((f) => f.claims),
    states,
    positions,
    figures,
    countries,
    editorial.sourcePatterns,
  );
  keepFormerIdsOfClaims(editorial, claims);
  for (const c of claims) if (c.subject) stateById.get(c.subject)?.claims.push(c.id);
  checkCitedWords(documents, [
    ...positions.map((p) => ({ what: `statement ${p.id}`, sources: p.sources })),
    ...events.map((e) => ({ what: `event ${e.id}`, sources: e.sources })),
    ...claims.map((c) => ({ what: `claim ${c.id}`, sources: c.sources })),
  ]);
  reportTableCounts(documents, read.recognitions, report);
  const unexplained = reportUnexplainedFigures(figures, manifest, editorial.losses, report);
  for (const f of figures) {
    if (unexplained.has(f)) continue;
    if (f.explanation && f.computed !== null)
      report.note(
        f.sources[0]!.source,
        f.sources[0]!.line,
        'mismatch',
        `${f.label} (${f.claimant}): stated ${f.value}${f.outOf ? `/${f.outOf}` : ''}, computed ${f.computed}${f.computedOutOf ? `/${f.computedOutOf}` : ''}. ${f.explanation}`,
      );
  }

  // Last, so a damaged source fails at its own guard before a pattern that no longer fits it.
  checkSourcePatterns(
    editorial.sourcePatterns,
    { sourcesDir: options.sourcesDir, documents, positions: statementsAndEvents },
    report,
  );
  for (const doc of documents)
    report.prose(
      doc.sourceId,
      proseLedger(
        doc,
        { positions, events, claims, figures, states, organisations },
        countries,
        orgs,
        editorial.proseNotes,
        read.unattributed.get(doc.sourceId),
      ),
    );
  const sources = manifest.map((m) => ({
    id: m.id,
    title: m.title,
    publisher: m.publisher,
    format: m.format,
    file: m.file,
    lines: documents.find((d) => d.sourceId === m.id)!.lineCount,
    url: `/sources/${m.id}/`,
  }));
  const totals = {
    states: states.length,
    positions: positions.length,
    organisations: organisations.length,
    claims: claims.length,
    events: events.length,
    figures: figures.length,
  };
  const built = report.build(totals, editorial.losses);
  // The lock is the last net: a guard that names the damaged line speaks first.
  if (built.unexplainedLosses.length === 0)
    checkFactsLock(options.editorialDir, states, manifest, built, positions);
  return atlasData.parse({
    sources,
    states,
    positions,
    organisations,
    claims,
    events,
    figures,
    documents,
    report: built,
  } satisfies AtlasData);
}

/** Timeline: prose events (one per kind and date, sources merged) plus dated recognitions and withdrawals. */
// A statement's event names its actor and words: two accessions on one day are two events.
// Its words, not its line: an id stays when rows above it are added or lost (ids are public).
const MONTH_WORDS = new Set(monthNames().map((m) => m.toLowerCase()));
const eventWords = (sentence: string) =>
  foldAsciiWords(sentence)
    .split(' ')
    .filter((w) => w.length > 3 && !/^\d+$/.test(w) && !MONTH_WORDS.has(w))
    .slice(0, 4)
    .join(' ');
const eventId = (e: { date: string; kind: string; subject?: string | null; sentence: string }) =>
  toSlug(
    e.subject === undefined
      ? `${e.date} ${e.kind}`
      : `${e.date} ${e.kind} ${e.subject ?? SUBJECT.id} ${eventWords(e.sentence)}`,
  );

function buildEvents(
  prose: Array<{
    kind: Event['kind'];
    date: string;
    sentence: string;
    ref: ReturnType<typeof refTo>;
    /** Whose event it is, when a statement's actor gives it (see `statementEvents`). */
    subject?: string | null;
    /** Whom else a statement's event concerns (see `statementEvents`). */
    parties?: string[];
  }>,
  states: State[],
): Event[] {
  const byKey = new Map<string, Event>();
  const add = (e: Event) => {
    const existing = byKey.get(e.id);
    if (existing)
      existing.sources.push(
        ...e.sources.filter(
          (s) => !existing.sources.some((x) => x.source === s.source && x.line === s.line),
        ),
      );
    else byKey.set(e.id, e);
  };
  // One event per kind and date: sentences in several sources describing it become its sources.
  const ofStatements = new Set<string>();
  for (const e of prose) {
    if (e.subject !== undefined) ofStatements.add(eventId(e));
    add({
      // A statement's event names its actor and its words: two accessions on one day are two events.
      id: eventId(e),
      date: e.date,
      dateInferred: null,
      kind: e.kind,
      title: eventTitle(e.sentence),
      subject: e.subject ?? null,
      parties: e.parties ?? [],
      formerIds: [],
      sources: [e.ref],
    });
  }
  for (const s of states) {
    const rec = s.recognition;
    if (rec && (rec.date || rec.dateInferred)) {
      add({
        id: toSlug(`recognition ${s.id}`),
        date: rec.date,
        dateInferred: rec.date
          ? null
          : { after: rec.dateInferred!.after, before: rec.dateInferred!.before },
        kind: 'recognition',
        title: `${s.name} recognises ${SUBJECT.name} (no. ${rec.order}${rec.table === 'non-un' ? ' among non-UN states' : rec.table === 'withdrawn' ? ' in the withdrawn table' : ''})`,
        subject: s.id,
        parties: [],
        formerIds: [],
        sources: rec.dateSources.length ? rec.dateSources : rec.sources,
      });
    }
    const w = s.withdrawal;
    if (w?.date)
      add({
        id: toSlug(`withdrawal ${s.id} ${w.date}`),
        date: w.date,
        dateInferred: null,
        kind: 'withdrawal',
        title: `${s.name} reported to withdraw recognition`,
        subject: s.id,
        parties: [],
        formerIds: [],
        sources: w.sources,
      });
    if (w?.reversed?.date)
      add({
        id: toSlug(`reversal ${s.id} ${w.reversed.date}`),
        date: w.reversed.date,
        dateInferred: null,
        kind: 'reversal',
        title: `${s.name}: withdrawal ${w.reversed.how === 'annulled' ? 'annulled' : 'reversed, recognition resumed'}`,
        subject: s.id,
        parties: [],
        formerIds: [],
        sources: w.sources,
      });
  }
  // "declared in 2008" and "17 February 2008 … declared" are one declaration: a prose event whose date
  // is a less precise prefix of another of its kind becomes a source of the precise one.
  // A statement's event is its own act (Kosovo joining the IRU in May 2009 is not its joining the
  // IBA on 28 May 2009).
  const proseEvents = [...byKey.values()].filter(
    (e) => e.subject === null && e.date && !ofStatements.has(e.id),
  );
  for (const vague of proseEvents) {
    const precise = proseEvents.find(
      (e) =>
        e !== vague &&
        e.kind === vague.kind &&
        e.date!.length > vague.date!.length &&
        e.date!.startsWith(vague.date!) &&
        byKey.has(e.id),
    );
    if (!precise) continue;
    precise.sources.push(
      ...vague.sources.filter(
        (s) => !precise.sources.some((x) => x.source === s.source && x.line === s.line),
      ),
    );
    byKey.delete(vague.id);
  }
  const key = (e: Event) => e.date ?? e.dateInferred?.after ?? '9999';
  return [...byKey.values()].sort(
    (a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id),
  );
}
