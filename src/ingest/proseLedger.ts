/**
 * The prose ledger: every sentence of every article, with the entries it became or why it became
 * none. It is the prose counterpart of the table-row ledger in report.ts: a sentence that names a
 * state or an organisation and became nothing, with no reason, is an unexplained loss and fails
 * the build.
 */
import type { AtlasData, ProseSentence, SourceDocument, SourceRef } from '../schemas';
import { allProseSentences, introducesTable } from './context';
import { actorFinder, KOSOVO } from './extract/actors';
import { splitSentences } from './extract/quotes';
import type { CountryIndex } from './resolve/countries';
import type { OrganisationIndex } from './resolve/organisations';
import type { EditorialProseNote } from './resolve/editorial';
import { mentionsSubject, SUBJECT } from '../shared/subject';
import { squashSpace } from '../shared/text';

type EntryKind = ProseSentence['entries'][number]['kind'];
type Entries = Pick<
  AtlasData,
  'positions' | 'events' | 'claims' | 'figures' | 'states' | 'organisations'
>;

/** Every (kind, id, ref) an entry was read from, indexed by `source:line`. */
function refIndex(
  entries: Entries,
): Map<string, Array<{ kind: EntryKind; id: string; ref: SourceRef }>> {
  const index = new Map<string, Array<{ kind: EntryKind; id: string; ref: SourceRef }>>();
  const add = (kind: EntryKind, id: string, refs: SourceRef[]) => {
    for (const ref of refs) {
      const key = `${ref.source}:${ref.line}`;
      index.set(key, [...(index.get(key) ?? []), { kind, id, ref }]);
    }
  };
  for (const p of entries.positions) add('position', p.id, p.sources);
  for (const e of entries.events) add('event', e.id, e.sources);
  for (const c of entries.claims) add('claim', c.id, c.sources);
  for (const f of entries.figures) add('figure', f.id, f.sources);
  for (const s of entries.states) {
    if (s.recognition) add('recognition', s.id, s.recognition.dateSources);
    for (const b of s.bilateral) add('bilateral', s.id, b.sources);
  }
  for (const o of entries.organisations)
    if (o.kosovoMembership) add('membership', o.id, [o.kosovoMembership.source]);
  return index;
}

/**
 * Accounts for each sentence of `doc`. `notes` are editorial explanations for sentences no rule
 * places (content/editorial/prose.yaml), matched by file, line and the sentence's opening words.
 */
export function proseLedger(
  doc: SourceDocument,
  entries: Entries,
  countries: CountryIndex,
  orgs: OrganisationIndex,
  notes: EditorialProseNote[],
  unattributed: Array<{
    line: number;
    sentence: string;
    reason: string;
    notAStatement?: true;
  }> = [],
): ProseSentence[] {
  const finder = actorFinder(countries, orgs);
  const index = refIndex(entries);
  const out: ProseSentence[] = [];
  for (const s of allProseSentences(doc)) {
    const text = squashSpace(s.sentence);
    const mentions = finder.mentions(s.sentence).filter((m) => m.actor.id !== KOSOVO.id);
    const names = [...new Set(mentions.map((m) => m.actor.id))];
    const found = (index.get(`${doc.sourceId}:${s.ref.line}`) ?? []).filter(
      (e) =>
        squashSpace(e.ref.excerpt).includes(text) ||
        splitSentences(e.ref.excerpt).some((x) => squashSpace(x) === text) ||
        // A statement told by one clause of the sentence ("…, and on 13 May 2016 …").
        (squashSpace(e.ref.excerpt).length > 20 && text.includes(squashSpace(e.ref.excerpt))),
    );
    const entryList = [
      ...new Map(found.map((e) => [`${e.kind}:${e.id}`, { kind: e.kind, id: e.id }])).values(),
    ];
    if (entryList.length) {
      out.push({
        line: s.ref.line,
        text,
        names,
        outcome: 'attached',
        entries: entryList,
        reason: null,
      });
      continue;
    }
    const unplaced = unattributed.find(
      (u) => u.line === s.ref.line && squashSpace(u.sentence).startsWith(text.slice(0, 40)),
    );
    if (unplaced) {
      // A sentence that tells no act is explained, not an act whose actor is missing.
      out.push({
        line: s.ref.line,
        text,
        names,
        outcome: unplaced.notAStatement ? 'explained' : 'unattributed',
        entries: [],
        reason: `${unplaced.notAStatement ? 'not a statement' : 'unattributed'}: ${unplaced.reason}`,
      });
      continue;
    }
    const note = notes.find(
      (n) => n.file === doc.file && n.line === s.ref.line && text.startsWith(n.startsWith),
    );
    const reason = s.endMatter
      ? 'end matter: names a related article, states nothing'
      : introducesTable(doc, s)
        ? "introduces the table that follows; the table's rows are its entries"
        : note
          ? `editorial: ${note.reason}`
          : names.length === 0
            ? mentionsSubject(text)
              ? `context about ${SUBJECT.name} itself: names no state or organisation, and ${SUBJECT.name} is not its subject`
              : 'names no state or organisation'
            : mentions.every((m) => m.prepositional)
              ? `names ${names.join(', ')} only in passing (as a place, a partner or an object), not as the actor of anything`
              : null;
    out.push({
      line: s.ref.line,
      text,
      names,
      outcome: reason ? 'explained' : 'lost',
      entries: [],
      reason,
    });
  }
  return out;
}

/** Coverage of one article's ledger, for the report. */
export function proseCoverageOf(sentences: ProseSentence[]) {
  // A "See also" list names articles; it says nothing about their subjects, so it is not counted.
  const naming = sentences.filter((s) => s.names.length > 0 && !s.reason?.startsWith('end matter'));
  return {
    sentences: sentences.length,
    naming: naming.length,
    namingAttached: naming.filter((s) => s.outcome === 'attached').length,
    attached: sentences.filter((s) => s.outcome === 'attached').length,
    explained: sentences.filter((s) => s.outcome === 'explained').length,
    unattributed: sentences.filter((s) => s.outcome === 'unattributed').length,
    lost: sentences.filter((s) => s.outcome === 'lost').length,
  };
}
