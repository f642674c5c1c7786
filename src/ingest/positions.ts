import type { ActorBasis, ActorRef, Position, SourceDocument, SourceRef, Voice } from '../schemas';
import { toSlug } from '../shared/slug';
import { monthNames } from '../shared/months';
import { refTo } from './context';
import { cellContext } from './statementContext';
import {
  positionTableKind,
  readPositionTable,
  type PositionTableKind,
} from './extract/positionTable';
import { findQuotes, splitSentences } from './extract/quotes';
import {
  cellSentences,
  groupSentences,
  speechVerbIndex,
  type StatementPiece,
} from './extract/statements';
import { actorFinder, isDemonymMention, KOSOVO } from './extract/actors';
import {
  accountOf,
  enumerated,
  allSpeakers,
  openingSubject,
  isGuess,
  speakingActor,
  speakerFor,
  type Basis,
} from './prosePositions';
import { notAStatement } from './extract/statement/background';
import { readSubject, type SubjectReading } from './extract/statement/subject';
import { statementVoice } from './extract/statement/voice';
import { withCounterparts } from './extract/statement/parties';
import { framingReporter, reporterOf } from './extract/statement/reporter';
import { mainClause, verbForm } from './extract/statement/mainClause';
import { eventClause } from './extract/statement/event';
import { nameEnding, splitActs } from './extract/statement/clauses';
import type { PersonRegistry } from './extract/persons';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { OrganisationIndex } from './resolve/organisations';
import type { ReportBuilder } from './report';
import type { RawPosition } from './rawPosition';
import { foldAsciiWords } from '../shared/fold';
import { SUBJECT } from '../shared/subject';

export type { RawPosition };

export function resolveCountryCell(cell: string, text: string, countries: CountryIndex) {
  if (/^[A-Z]{3}$/.test(cell)) {
    const hit = countries.resolveCode(cell, 'iso-first');
    return hit ? { record: hit.record, recovered: null } : null;
  }
  if (cell !== '') {
    const byName = countries.resolveName(cell);
    return byName ? { record: byName, recovered: null } : null;
  }
  // Blank cell: the statement names its actor first ("Abkhazian president …", "The Holy See …").
  const found = countries.findInText(text, [SUBJECT.id]);
  return found
    ? {
        record: found.record,
        recovered: `name cell blank; recovered from "${found.match}" in the statement`,
      }
    : null;
}

function resolveOrganisationCell(
  cell: string,
  text: string,
  kind: PositionTableKind,
  orgs: OrganisationIndex,
) {
  const abbr = /\(([^)]+)\)\s*$/.exec(cell)?.[1] ?? null;
  const name = cell.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const orgKind =
    kind === 'non-governmental'
      ? 'non-governmental'
      : kind === 'sub-state'
        ? 'sub-state'
        : 'intergovernmental';
  const known = (name && orgs.resolveToken(name)) || (abbr && orgs.resolveToken(abbr));
  if (known)
    return {
      record: known,
      recovered:
        name === '' ? `name cell blank; recovered from the abbreviation "(${abbr})"` : null,
    };
  if (name !== '') {
    // Government-in-exile labels are descriptions, not part of the name.
    const isDescription = abbr !== null && /\s/.test(abbr) && abbr !== abbr.toUpperCase();
    return {
      record: orgs.addFromSource(name, isDescription ? null : abbr, orgKind),
      recovered: null,
    };
  }
  const found = orgs.findInText(text);
  return found
    ? {
        record: found,
        recovered: `name cell blank; recovered from "${found.name}" named in the statement`,
      }
    : null;
}

/** The first speaker with a name, as the export's single `speaker`, or null. */
function firstNamed(speakers: Position['speakers']): Position['speaker'] {
  const named = speakers.find((s) => s.name !== null);
  return named?.name ? { name: named.name, role: named.role } : null;
}
/** Position-table rows of a document → raw positions, one per dated statement in a cell. */
export function extractTablePositions(
  doc: SourceDocument,
  countries: CountryIndex,
  orgs: OrganisationIndex,
  report: ReportBuilder,
  persons: PersonRegistry,
): RawPosition[] {
  const out: RawPosition[] = [];
  const finder = actorFinder(countries, orgs);
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const kind = positionTableKind(block);
    if (!kind) continue;
    const { rows, problems } = readPositionTable(block);
    for (const p of problems) report.dropRow(doc.sourceId, p.line, 'dropped', p.reason);
    for (const row of rows) {
      if (/^see above\.?$/i.test(row.text)) {
        report.dropRow(
          doc.sourceId,
          row.line,
          'dropped',
          `"${row.actorCell}: See above" is a cross-reference to an earlier section, whose dated statements are extracted from the prose`,
        );
        continue;
      }
      let actor: ActorRef;
      let country: CountryRecord | null = null;
      if (kind === 'un-member' || kind === 'other-state') {
        const hit = resolveCountryCell(row.actorCell, row.text, countries);
        if (!hit) {
          report.dropRow(
            doc.sourceId,
            row.line,
            'unresolved',
            `expected an ISO 3166-1 alpha-3 code or a state name, found "${row.actorCell}"`,
          );
          continue;
        }
        if (hit.recovered)
          report.note(doc.sourceId, row.line, 'recovered', `${hit.record.name}: ${hit.recovered}`);
        country = hit.record;
        actor = { type: 'state', id: hit.record.id, name: hit.record.name };
      } else {
        const hit = resolveOrganisationCell(row.actorCell, row.text, kind, orgs);
        if (!hit) {
          report.dropRow(
            doc.sourceId,
            row.line,
            'unresolved',
            `expected an organisation name or "(ABBR)", found "${row.actorCell}" and no known organisation in the text`,
          );
          continue;
        }
        if (hit.recovered)
          report.note(doc.sourceId, row.line, 'recovered', `${hit.record.name}: ${hit.recovered}`);
        actor = { type: 'organisation', id: hit.record.id, name: hit.record.name };
      }
      report.entry(doc.sourceId, row.line);
      const cell = cellSentences(row.text);
      // The sentence each cut clause was cut from: a report opening it governs the clause too.
      const wholeOf = new Map<string, string>();
      const sentences = cell
        .flatMap((sentence) => {
          const parts = splitActs(
            sentence,
            (t) => finder.mentions(t).length > 0 || persons.findSurname(t) !== null,
            nameEnding(finder),
          );
          for (const part of parts) if (part !== sentence) wholeOf.set(part, sentence);
          return parts;
        })
        .filter((sentence) => {
          // Background, a rule or the source's own characterisation tells no act of the row's actor.
          const background = notAStatement(sentence);
          if (background)
            report.note(
              doc.sourceId,
              row.line,
              'note',
              `not a statement: "${sentence.slice(0, 80)}${sentence.length > 80 ? '…' : ''}": ${background.reason}`,
            );
          return !background;
        });
      for (const piece of groupSentences(
        sentences,
        (sentence) => speakerFor(sentence, persons)?.name ?? null,
      )) {
        // A third party as the subject (a paper, "the opposition") acts for itself, not the row.
        const first = sentences[piece.sentences[0]!]!;
        const mentions = finder.mentions(first);
        const reading = accountOf(first, mentions)
          ? ({ kind: 'actor' } as SubjectReading)
          : readSubject(first, mentions, persons, (m) => isDemonymMention(first, m), true, actor);
        if (reading.kind === 'unattributed') {
          report.note(
            doc.sourceId,
            row.line,
            'unattributed',
            `"${piece.text.slice(0, 80)}${piece.text.length > 80 ? '…' : ''}": ${reading.reason}`,
          );
          continue;
        }
        // The subject names the actor: a third party, or one actor named in the subject itself.
        const subjectActor =
          reading.kind === 'third-party'
            ? { actor: reading.actor, country: null, basis: reading.basis }
            : reading.kind === 'actor' && reading.mention
              ? {
                  actor: reading.mention.body ?? reading.mention.actor,
                  country: reading.mention.body ? null : reading.mention.country,
                  basis: reading.basis ?? ('subject' as const),
                }
              : null;
        out.push(
          tablePiece(
            piece,
            sentences,
            { actor, country },
            subjectActor,
            finder,
            persons,
            refTo(doc, block.section, row.line, piece.text),
            cellContext(doc.sourceId, sentences[piece.sentences[0]!]!, cell, row.line),
            wholeOf.get(sentences[piece.sentences[0]!]!) ?? null,
          ),
        );
      }
    }
  }
  return out;
}

const sameRef = (a: ActorRef, b: ActorRef) => a.type === b.type && a.id === b.id;
const dedupeActors = (actors: ActorRef[]) =>
  actors.filter((a, i) => actors.findIndex((b) => sameRef(a, b)) === i);

/** The state (or Kosovo) a speaker's role names, when it is not the row's own: "Kosovo's president". */
function speakerParty(
  speaker: Position['speaker'],
  finder: ReturnType<typeof actorFinder>,
  row: ActorRef,
): ActorRef | null {
  if (!speaker?.role || row.type !== 'state') return null;
  const named = finder
    .mentions(speaker.role)
    .filter((m) => !m.prepositional || /\bof\s+$/.test(speaker.role!.slice(0, m.index)));
  const party = named.find((m) => m.actor.type !== 'organisation');
  return party && !sameRef(party.actor, row) ? party.actor : null;
}

/**
 * One statement of a position-table cell. The row names whose position it is; a statement in it
 * by another party ("Serbian Foreign Minister Vuk Jeremić stated that Namibia…", "the president of
 * Kosovo … thanking Jamaica") is that party's, with the row's state as a party to it.
 */
function tablePiece(
  piece: StatementPiece,
  sentences: string[],
  row: { actor: ActorRef; country: CountryRecord | null },
  subjectActor: { actor: ActorRef; country: CountryRecord | null; basis: ActorBasis } | null,
  finder: ReturnType<typeof actorFinder>,
  persons: PersonRegistry,
  ref: SourceRef,
  context: RawPosition['context'],
  /** The sentence the piece's first clause was cut from, when it was cut. */
  whole: string | null = null,
): RawPosition {
  const first = sentences[piece.sentences[0]!]!;
  const mentions = finder.mentions(first);
  // "Serbia has vowed to oppose OSCE membership", "Russia requested another meeting": a state that opens
  // the sentence as its subject acts for itself, whatever row the sentence stands in.
  const opening = openingSubject(first, mentions);
  const account = accountOf(first, mentions);
  const speaking: {
    actor: ActorRef;
    country: CountryRecord | null;
    direct: boolean;
    basis: Basis;
  } | null =
    (account ? { ...account, direct: true, basis: 'account' } : null) ??
    speakingActor(first, mentions, persons) ??
    (opening
      ? { actor: opening.actor, country: opening.country, direct: true, basis: 'subject' }
      : null);
  // Only a party named in the speaker's own words ("Serbian Foreign Minister …", "the president of
  // Kosovo, …") takes the statement over; a state named elsewhere in the sentence does not.
  const direct = speaking?.direct ?? null;
  // "Norwegian Nobel Committee Secretary": a nationality inside the row's own name is the row's.
  const ownName =
    speaking &&
    mentions.some(
      (m) =>
        sameRef(m.actor, speaking.actor) &&
        row.actor.name.toLowerCase().includes(first.slice(m.index, m.end).toLowerCase()),
    );
  // The subject of the sentence's main clause, when it names one actor, outranks the older cues.
  const takesOver = (who: { actor: ActorRef } | null) =>
    who !== null &&
    who.actor.id !== row.actor.id &&
    !row.actor.name.toLowerCase().includes(who.actor.name.toLowerCase()) &&
    (who.actor.type !== 'organisation' || row.actor.type !== 'organisation');
  // The subject of an agentless passive ("X's minister was denied entry") is who it was done to,
  // not who acted: it does not take the row's statement over. An accession is the joiner's event
  // ("Kosovo was voted into UEFA").
  const patient =
    /^passive/.test(verbForm(first) ?? '') && !/\bby\s/.test(first) && !eventClause(first);
  const bySubject = !patient && takesOver(subjectActor) ? subjectActor : null;
  const other =
    bySubject ??
    (subjectActor === null && direct && !ownName && takesOver(speaking) ? speaking : null);
  // "Kosovo's president Fatmir Sejdiu met …": a speaker whose role names another party acts for it.
  const roleParty =
    !other && subjectActor === null
      ? speakerParty(speakerFor(piece.text, persons), finder, row.actor)
      : null;
  const actor = other ? other.actor : (roleParty ?? row.actor);
  // Only a party the grammar names takes the row's statement over, so its rule is never a guess.
  if (other && isGuess(other.basis))
    throw new Error(`${ref.source}:${ref.line}: "${first.slice(0, 60)}" taken over by a guess`);
  const actorBasis: ActorBasis =
    other && !isGuess(other.basis) ? other.basis : roleParty ? 'speaker' : 'table-row';
  const speaker = speakerFor(piece.text, persons, actor);
  const isActorItself = (phrase: string) =>
    phrase.toLowerCase().includes(actor.name.toLowerCase()) ||
    finder.mentions(phrase).some((m) => sameRef(m.actor, actor));
  const reporter =
    reporterOf(first, isActorItself) ?? (whole ? framingReporter(whole, isActorItself) : null);
  return {
    actor,
    actorBasis,
    event: eventClause(first),
    country: other ? other.country : row.country,
    date: piece.date,
    qualifiedDate: piece.qualified,
    dateRelative: piece.relative,
    voice: statementVoice({
      text: piece.text,
      first,
      dated:
        piece.date !== null ||
        (piece.qualified !== null && !['as of', 'since'].includes(piece.qualified.qualifier)),
      // The speaker rules, or the subject that names the actor speaking ("The Polisario Front … has stated").
      speaks:
        speaker !== null ||
        (direct === true && speaking!.actor.id === actor.id) ||
        (subjectActor !== null && speechVerbIndex(first) >= 0),
      isSubject: true,
      reporter,
    }),
    topic: 'kosovo',
    // The row's state when another party speaks; every member of a list that takes part ("some member
    // states, including Azerbaijan, Egypt, Indonesia and Sudan, were firmly against").
    parties: withCounterparts(
      dedupeActors([
        ...(other || roleParty ? [row.actor] : []),
        ...cellSentences(piece.text).flatMap((s) => enumerated(s, finder.mentions(s))),
      ]).filter((a) => a.id !== KOSOVO.id),
      cellSentences(piece.text).map((s) => ({ sentence: s, mentions: finder.mentions(s) })),
    ).filter((a) => !sameRef(a, actor)),
    mentions: finder.mentions(piece.text).map((m) => m.actor),
    text: piece.text,
    context,
    refs: [ref],
    speaker,
    speakers: allSpeakers(speaker, first, actor, true, persons, finder),
    reporter,
  };
}

const DATE_WORDS = new RegExp(
  `^(in|on|at|by|as|of|a|the|${monthNames('long').join('|').toLowerCase()}|\\d+)$`,
);

/** Fragment-safe id from actor, date and the statement's first significant words: survives reordering. */
export function positionId(actorId: string, date: string | null, text: string): string {
  const words = foldAsciiWords(text)
    .split(' ')
    .filter((w) => !DATE_WORDS.test(w))
    .slice(0, 5)
    .join(' ');
  return toSlug(`${actorId} ${date ?? 'undated'} ${words}`);
}

const words = (text: string) =>
  new Set(
    foldAsciiWords(splitSentences(text)[0] ?? text)
      .split(' ')
      .filter(Boolean),
  );

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

// Words that carry no content when comparing two tellings of one event.
const STOP = new Set(
  'the a an of and or to in on at by for with from as that this its it is was were be been has have had which who not also its their his her'.split(
    ' ',
  ),
);
const stems = (text: string) =>
  new Set(
    foldAsciiWords(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w))
      .map((w) => w.slice(0, 5)),
  );

/**
 * True when two sources tell the same dated act in other words ("in 2014, when it recognised … the
 * Republic of Crimea, Russia's Ministry … cited Kosovo's declaration" and "In March 2014, Russia used
 * Kosovo's declaration … Crimea"): dates that agree at the shorter precision, half the content
 * words shared, and a rare capitalised name in common that is neither actor nor a person who spoke
 * or acted for it in either telling; and, unless they quote the same words, no other parties named
 * apart (`othersApart`).
 */
export function sameActTold(
  a: RawPosition,
  b: RawPosition,
  rare: (word: string) => boolean,
): boolean {
  if (!a.date || !b.date || a.refs[0]!.source === b.refs[0]!.source) return false;
  if (!(a.date.startsWith(b.date) || b.date.startsWith(a.date))) return false;
  // Two visits of one minister, to two capitals, share most words: without the same quoted words,
  // tellings that name other parties, none in common, are two acts.
  if (!shareQuotedRun(a.text, b.text) && othersApart(a, b)) return false;
  const sa = stems(a.text);
  const sb = stems(b.text);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  if (shared / Math.min(sa.size, sb.size) < 0.5) return false;
  const names = (t: string) => new Set([...t.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]));
  const nb = names(b.text);
  // Who acted ties nothing: the actor's name, and the person who spoke or acted for it in either
  // telling ("a visit by Ana Ruiz to a conference in 2023" and "Ana Ruiz visited a conference in
  // March 2023" may be two visits: a person acts many times in a year).
  const who = [a, b].flatMap((t) => t.speakers.flatMap((s) => s.name?.split(/[\s-]+/) ?? []));
  return [...names(a.text)].some(
    (n) => nb.has(n) && rare(n) && !a.actor.name.includes(n) && !who.includes(n),
  );
}

// Content stems of a telling's first sentence, less the words that only say when it was or who
// acted (a month name, the actors' own names): what is left is the act and its object.
const MONTH_STEMS = new Set(monthNames('long').map((m) => m.toLowerCase().slice(0, 5)));
function actStems(text: string, actors: ActorRef[]): Set<string> {
  const own = new Set(actors.flatMap((a) => [...stems(a.name)]));
  return new Set(
    [...stems(splitSentences(text)[0] ?? text)].filter((w) => !own.has(w) && !MONTH_STEMS.has(w)),
  );
}

// The words inside quotation marks, in order; a quote the source leaves open runs to the end.
function quotedWords(text: string): string[] {
  const spans = [...text.matchAll(/["“]([^"”]*)(?:["”]|$)/g)].map((m) => m[1]!);
  return spans.flatMap((span) => foldAsciiWords(span).split(' ').filter(Boolean));
}

// Six words of the actor's own, quoted alike by two tellings, are one utterance, not a formula.
const QUOTED_RUN = 6;
function shareQuotedRun(a: string, b: string): boolean {
  const wa = quotedWords(a);
  const wb = quotedWords(b).join(' ');
  for (let i = 0; i + QUOTED_RUN <= wa.length; i++)
    if (` ${wb} `.includes(` ${wa.slice(i, i + QUOTED_RUN).join(' ')} `)) return true;
  return false;
}

/** What the same-act rules read of a statement: raw (one passage) or merged. */
export type Telling = Pick<RawPosition, 'actor' | 'date' | 'text' | 'parties' | 'mentions'>;

const firstSentence = (t: Telling) => splitSentences(t.text)[0] ?? t.text;

/**
 * The two actors as one subject: "Kosovo and Serbia agreed" and "Serbia and Kosovo agreed" tell
 * one joint act, whichever of the two the extractor made the actor.
 */
export function jointSubject(a: Telling, b: Telling): boolean {
  return [a, b].every((t) => {
    const s = mainClause(firstSentence(t)).subject?.text ?? '';
    return /\band\b/.test(s) && s.includes(a.actor.name) && s.includes(b.actor.name);
  });
}

/**
 * True when two passages, whoever the extractor made their actor, tell one act. The evidence
 * required, all of it:
 * - dates to the month or finer that agree at the shorter precision;
 * - the same act, shown either by six words of the actor's own quoted alike in both (one
 *   utterance), or by the same verb heading both main clauses with half the act's content words
 *   shared (its object: the words left once the date and the actors' names are set aside) and no
 *   state or organisation named by one that the other contradicts (both name others, none in
 *   common).
 * Two different acts of one actor in one month differ in their verb, in their object or in the
 * other party they name ("recalled its ambassador from Chile" / "… from Bolivia").
 */
export function tellSameAct(a: Telling, b: Telling): boolean {
  if (!a.date || !b.date || a.date.length < 7 || b.date.length < 7) return false;
  if (!(a.date.startsWith(b.date) || b.date.startsWith(a.date))) return false;
  if (shareQuotedRun(a.text, b.text)) return true;
  const verb = (t: Telling) => (mainClause(firstSentence(t)).verb ?? '').split(' ')[0]!.slice(0, 5);
  if (verb(a) === '' || verb(a) !== verb(b)) return false;
  const actors = [a.actor, b.actor];
  const sa = actStems(a.text, actors);
  const sb = actStems(b.text, actors);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  if (shared / Math.min(sa.size, sb.size) < 0.5) return false;
  return !othersApart(a, b);
}

/**
 * Both tellings name a state or organisation besides their actors, and none in common: "a visit to
 * Bucharest" (Romania) and "a visit to Kyiv" (Ukraine) are two acts.
 */
function othersApart(a: Telling, b: Telling): boolean {
  const actors = [a.actor, b.actor];
  const others = (t: Telling) =>
    [...t.parties, ...t.mentions].filter((x) => !actors.some((y) => sameRef(x, y)));
  const oa = others(a);
  const ob = others(b);
  return oa.length > 0 && ob.length > 0 && !oa.some((x) => ob.some((y) => sameRef(x, y)));
}

/**
 * One act of one actor told in two passages (pages review 9: the ICJ's opinion of 22 July 2010,
 * told at two places of one article): merged into one statement. A joint act told once as each
 * party's ("Kosovo and Serbia agreed" / "Serbia and Kosovo agreed") stays two statements, one per
 * actor as the sources name them first, and is shown once on a page (lib/site/sameAct.ts).
 */
export function oneActTwice(a: Telling, b: Telling): boolean {
  return sameRef(a.actor, b.actor) && tellSameAct(a, b);
}

/**
 * One position per statement across sources: the same actor and date and the same opening
 * sentence (by word overlap) in two places is one position with two sources, and so is the same
 * dated act told in other words by two articles (`sameActTold`). Ids are made unique by suffixing
 * -2, -3 in text order.
 */
export function mergePositions(
  raw: RawPosition[],
  urlFor: (actor: ActorRef) => string,
): Position[] {
  // A capitalised word is rare when few statements use it: it can tie two tellings together.
  const uses = new Map<string, number>();
  for (const r of raw)
    for (const n of new Set([...r.text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0])))
      uses.set(n, (uses.get(n) ?? 0) + 1);
  const rare = (n: string) => (uses.get(n) ?? 0) <= 4;
  const groups: Array<{
    p: RawPosition;
    /** Every telling joined into the group, as read. */
    members: RawPosition[];
    refs: SourceRef[];
    texts: string[];
    tellings: Array<{ source: string; voice: Voice }>;
  }> = [];
  // One telling per source: a second passage of the same article is the same article's voice.
  const tellingOf = (r: RawPosition) => ({ source: r.refs[0]!.source, voice: r.voice });
  for (const r of raw) {
    const existing = groups.find(
      (g) =>
        sameRef(g.p.actor, r.actor) &&
        ((r.date !== null &&
          g.p.date === r.date &&
          g.texts.some((t) => sameStatement(t, r.text))) ||
          (r.date === null && g.p.date === null && g.texts.includes(r.text)) ||
          sameActTold(g.p, r, rare) ||
          g.members.some((m) => oneActTwice(m, r))),
    );
    if (existing) {
      for (const ref of r.refs)
        if (!existing.refs.some((x) => x.source === ref.source && x.line === ref.line))
          existing.refs.push(ref);
      existing.texts.push(r.text);
      existing.members.push(r);
      if (!existing.tellings.some((x) => x.source === r.refs[0]!.source))
        existing.tellings.push(tellingOf(r));
      // The more precise date wins; the longer telling is shown.
      const date =
        (r.date?.length ?? 0) > (existing.p.date?.length ?? 0) ? r.date : existing.p.date;
      if (r.text.length > existing.p.text.length)
        existing.p = {
          ...existing.p,
          text: r.text,
          // The sentence leaned on is the one before the words shown, in their source.
          context: r.context,
          speaker: r.speaker ?? existing.p.speaker,
          speakers: r.speakers.length ? r.speakers : existing.p.speakers,
        };
      existing.p = {
        ...existing.p,
        date,
        parties: mergeActors(existing.p.parties, r.parties),
        mentions: mergeActors(existing.p.mentions, r.mentions),
      };
    } else
      groups.push({
        p: r,
        members: [r],
        refs: [...r.refs],
        texts: [r.text],
        tellings: [tellingOf(r)],
      });
  }
  const used = new Set<string>();
  const out: Position[] = [];
  for (const { p, refs, tellings } of groups) {
    let id = positionId(p.actor.id, p.date, p.text);
    for (let n = 2; used.has(id); n++) id = `${positionId(p.actor.id, p.date, p.text)}-${n}`;
    used.add(id);
    // A "he said" of the first sentence is the statement's speaker, as for the later sentences.
    const quotes = findQuotes(p.text, firstNamed(p.speakers) ?? p.speaker);
    out.push({
      id,
      actor: p.actor,
      actorBasis: p.actorBasis,
      date: p.date,
      qualifiedDate: p.qualifiedDate,
      dateRelative: p.dateRelative,
      year: p.date ? Number(p.date.slice(0, 4)) : null,
      voice: p.voice,
      tellings,
      topic: p.topic,
      // Each actor once: a sentence naming a state twice (or two tellings) names one actor.
      parties: mergeActors([], p.parties).filter(
        (x) => !(x.type === p.actor.type && x.id === p.actor.id),
      ),
      // Kosovo is every statement's subject: naming it says nothing about where to list the statement.
      mentions: mergeActors([], p.mentions).filter(
        (x) =>
          x.id !== KOSOVO.id &&
          !(x.type === p.actor.type && x.id === p.actor.id) &&
          !p.parties.some((y) => y.type === x.type && y.id === x.id),
      ),
      text: p.text,
      context: p.context,
      quotes,
      // The export's single speaker is the first of `speakers` with a name, as the schema says (a
      // speech verb's speaker and the main clause's acting subject were kept apart before, so a
      // statement headed "— Alexander Lukashenko" could have no speaker); the actor's own name is
      // never one (speakerFor, allSpeakers).
      speaker: firstNamed(p.speakers) ?? p.speaker,
      speakers: p.speakers,
      reporter: p.reporter,
      sources: refs,
      formerIds: [],
      url: `${urlFor(p.actor)}#${id}`,
    });
  }
  return out.sort(
    (a, b) =>
      (a.date ?? a.qualifiedDate?.date ?? '9999').localeCompare(
        b.date ?? b.qualifiedDate?.date ?? '9999',
      ) || a.id.localeCompare(b.id),
  );
}

function mergeActors(a: ActorRef[], b: ActorRef[]): ActorRef[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => y.type === x.type && y.id === x.id)) out.push(x);
  return out;
}
