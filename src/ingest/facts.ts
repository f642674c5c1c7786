import { formatPartialDate } from '../shared/partialDate';
import type {
  ActorRef,
  Claim,
  Event,
  Figure,
  Organisation,
  SourceDocument,
  SourceRef,
  State,
} from '../schemas';
import { toSlug } from '../shared/slug';
import { proseSentences } from './context';
import { findDates } from './extract/dates';
import { eventActs } from './extract/events';
import { statedDate } from './extract/statements';
import { blankFigures, findFigures, groupNamed, type StatedFigure } from './extract/figures';
import type { CountryIndex } from './resolve/countries';
import { KOSOVO } from './extract/actors';
import type { OrganisationIndex } from './resolve/organisations';
import { sourcePatterns, type SourcePatterns } from '../shared/sourcePatterns';
import type { ReportBuilder } from './report';
import { mentionsSubject, SUBJECT } from '../shared/subject';

export interface SentenceFacts {
  figures: Array<StatedFigure & { ref: SourceRef }>;
  events: Array<{
    kind: Event['kind'];
    date: string;
    sentence: string;
    ref: SourceRef;
    /** The states and organisations the event concerns besides Kosovo. */
    parties: string[];
  }>;
  claims: Claim[];
}

/** A claimant as the site names it: "Serbian Foreign Ministry" → Serbia; a party no index knows stays as written. */
function claimantName(claimant: string, countries: CountryIndex): string {
  if (claimant === 'the article') return claimant;
  return countries.findInText(claimant)?.record.name ?? claimant;
}

/**
 * Figures, events and disputes stated in a document's prose. `patterns` holds the phrases written
 * for single sentences of these articles (content/editorial/source-patterns.yaml).
 */
export function extractSentenceFacts(
  doc: SourceDocument,
  countries: CountryIndex,
  report: ReportBuilder,
  patterns: SourcePatterns = sourcePatterns(),
  orgs?: OrganisationIndex,
): SentenceFacts {
  const namesIn = (text: string) => [
    ...countries.findAllInText(text).map((m) => m.record.id),
    ...(orgs?.findAllInText(text).map((m) => m.record.id) ?? []),
  ];
  const out: SentenceFacts = { figures: [], events: [], claims: [] };
  let group: { line: number; name: string } | null = null;
  // A figure's "as of" is the last date written earlier in its paragraph when its own sentence has none.
  let lastDate: { line: number; date: string } | null = null;
  let withdrawalClaimant: {
    claimant: ActorRef;
    demonym: string;
    line: number;
    rebuttal: RegExp;
  } | null = null;
  for (const { sentence, block, ref } of proseSentences(doc)) {
    const named = groupNamed(sentence);
    if (named) group = { line: block.line, name: named };
    const context = { group: group && group.line === block.line ? group.name : null };
    const inherited = lastDate && lastDate.line === block.line ? lastDate.date : null;
    for (const f of findFigures(sentence, context, patterns))
      out.figures.push({
        ...f,
        claimant: claimantName(f.claimant, countries),
        asOf: f.asOf ?? inherited,
        ref,
      });
    const own = statedDate(sentence);
    if (own) lastDate = { line: block.line, date: own.date };
    for (const blank of blankFigures(sentence))
      report.note(
        doc.sourceId,
        block.line,
        'note',
        `the source leaves a stated figure blank: "${blank}"`,
      );

    // Only events about Kosovo: the Belarus article also dates its own agreements.
    if (mentionsSubject(sentence))
      for (const act of eventActs(sentence, namesIn, patterns))
        out.events.push({
          kind: act.kind,
          date: act.date,
          sentence: act.title,
          ref,
          parties: act.parties,
        });

    // A party's list of withdrawals (source-patterns.yaml, withdrawalLists): one claim per state
    // named, plus the count.
    const list = patterns.withdrawalLists
      .map((p) => ({ p, m: p.re.exec(sentence) }))
      .find((x) => x.m !== null);
    const listed = list?.m?.groups;
    const party = listed ? countries.findInText(listed['party']!) : null;
    if (list && listed && party) {
      const claimant: ActorRef = { type: 'state', id: party.record.id, name: party.record.name };
      withdrawalClaimant = {
        claimant,
        demonym: party.record.demonyms[0] ?? party.record.name,
        line: block.line,
        rebuttal: list.p.rebuttal,
      };
      const when = findDates(listed['when']!)[0]?.date ?? null;
      out.claims.push({
        id: toSlug(`${claimant.id} count withdrawals ${listed['count']}`),
        claimant,
        subject: null,
        what: 'count',
        count: Number(listed['count']),
        date: when,
        text: sentence,
        formerIds: [],
        sources: [ref],
      });
      const names = list.p.list.exec(sentence)?.groups?.['names'] ?? '';
      // Split on commas only: names themselves contain "and" (São Tomé and Príncipe).
      for (const name of names.replace(/\.$/, '').split(/,\s*(?:and\s+)?/)) {
        const record = countries.resolveName(name.trim());
        if (!record) {
          if (name.trim())
            report.note(
              doc.sourceId,
              block.line,
              'unresolved',
              `${claimant.name}'s withdrawal list names "${name.trim()}", which is no known state`,
            );
          continue;
        }
        out.claims.push({
          id: toSlug(`${claimant.id} withdrew ${record.id}`),
          claimant,
          subject: record.id,
          what: 'withdrew',
          count: null,
          date: when,
          text: sentence,
          formerIds: [],
          sources: [ref],
        });
      }
      const aside = list.p.aside.exec(sentence)?.groups?.['count'];
      if (aside)
        report.note(
          doc.sourceId,
          block.line,
          'note',
          `${claimant.name}'s claim also covers the ${aside} states of the withdrawn table; recorded against each of them`,
        );
    }
    // The other side disputes the list just claimed in the same paragraph (the list's `rebuttal`).
    const rebuttal =
      withdrawalClaimant && withdrawalClaimant.line === block.line
        ? withdrawalClaimant.rebuttal.exec(sentence)?.groups?.['party']
        : undefined;
    const rebutting = rebuttal ? countries.findInText(rebuttal) : null;
    if (rebutting && withdrawalClaimant) {
      const claimant: ActorRef =
        rebutting.record.id === KOSOVO.id
          ? KOSOVO
          : { type: 'state', id: rebutting.record.id, name: rebutting.record.name };
      out.claims.push({
        id: toSlug(`${claimant.id} disputes ${withdrawalClaimant.demonym} withdrawals`),
        claimant,
        subject: null,
        // Calling the other side's list "fake news" disputes its withdrawals; it names no state
        // that recognises Kosovo.
        what: 'disputes-withdrawals',
        rebuts: withdrawalClaimant.claimant,
        count: null,
        date: null,
        text: sentence,
        formerIds: [],
        sources: [ref],
      });
    }
  }
  return out;
}

/** A withdrawal list "aside from the 8 listed above" applies to every state of the withdrawn table. */
export function withdrawnTableClaims(states: State[], base: Claim | undefined): Claim[] {
  if (!base) return [];
  return states
    .filter((s) => s.recognition?.table === 'withdrawn')
    .map((s) => ({
      ...base,
      id: toSlug(`${base.claimant.id} withdrew ${s.id}`),
      subject: s.id,
      what: 'withdrew' as const,
      count: null,
    }));
}

interface Reconciled {
  computed: number | null;
  computedOutOf: number | null;
  ref: string | null;
  explanation: string | null;
}
interface ReconcileData {
  states: State[];
  organisations: Organisation[];
  orgs: OrganisationIndex;
  countries: CountryIndex;
}
type Stated = StatedFigure & { ref: SourceRef };

/** Recognitions by UN members: the article's count, or a party's, against the tables. */
function reconcileRecognitions(f: Stated, { states }: ReconcileData): Reconciled {
  const computed = states.filter((s) => s.kind === 'un-member' && s.status === 'recognised').length;
  const computedOutOf = states.filter((s) => s.kind === 'un-member').length;
  const withdrawn = states.filter((s) => s.status === 'withdrawn').length;
  let explanation: string | null = null;
  if (f.value !== computed) {
    explanation =
      f.claimant === 'the article'
        ? f.asOf
          ? `Stated as of ${formatPartialDate(f.asOf)}; the computed figure counts the recognition article's current table.`
          : "The computed figure counts the recognition article's table of UN members."
        : `${f.claimant}'s claim; the computed figure follows the recognition article's tables (recognised UN members), which ${
            // A party that counts fewer says more states withdrew; one that counts more counts recognitions the article does not list.
            f.value < computed
              ? `still count as recognising the states ${f.claimant} says withdrew beyond the ${withdrawn} the article reports`
              : `do not include the recognitions ${f.claimant} counts beyond those the article lists`
          }.`;
  }
  return { computed, computedOutOf, ref: 'united-nations', explanation };
}

/** Withdrawals a party counts against the withdrawn table. */
function reconcileWithdrawals(f: Stated, { states }: ReconcileData): Reconciled {
  const computed = states.filter((s) => s.status === 'withdrawn').length;
  const explanation =
    f.value !== computed
      ? `${f.claimant}'s claim; the recognition article reports ${computed} withdrawals in its table and treats the others ${f.claimant} names as disputed.`
      : null;
  return { computed, computedOutOf: null, ref: null, explanation };
}

/** An organisation's tally against its editorial member list. */
function reconcileOrganisationTally(f: Stated, { organisations, orgs }: ReconcileData): Reconciled {
  const org = f.organisation
    ? (orgs.resolveToken(f.organisation) ?? orgs.findInText(f.organisation))
    : null;
  const o = org ? organisations.find((x) => x.id === org.id) : undefined;
  if (!o || !o.members)
    return {
      computed: null,
      computedOutOf: null,
      ref: null,
      explanation: `No member list for "${f.organisation}"; not computable.`,
    };
  const computed =
    f.kind === 'org-tally' ? o.recognising.length : o.notRecognising.length + o.withdrawn.length;
  const computedOutOf = o.members.length;
  let explanation: string | null = null;
  if (computed !== f.value || (f.outOf !== null && f.outOf !== computedOutOf)) {
    explanation =
      f.outOf !== null && f.outOf !== computedOutOf
        ? `Stated when ${o.name} had ${f.outOf} members${f.asOf ? ` (${formatPartialDate(f.asOf)})` : ''}; the computed figure uses today's ${computedOutOf} members from the editorial list.`
        : `The source's count differs from the count computed from the recognition tables and the editorial ${o.name} member list.`;
  }
  return { computed, computedOutOf, ref: o.id, explanation };
}

/** "Egypt became the 100th country": the state's rank in the recognition table. */
function reconcileMilestone(f: Stated, { states, countries }: ReconcileData): Reconciled {
  const named = countries.findInText(f.ref.excerpt, [SUBJECT.id]);
  const s = named ? states.find((x) => x.id === named.record.id) : undefined;
  if (!s?.recognition) {
    return {
      computed: null,
      computedOutOf: null,
      ref: null,
      explanation:
        'A dated milestone; the recognition tables give no dates for most rows, so the running count at that date is not computable.',
    };
  }
  return {
    computed: s.recognition.order,
    computedOutOf: null,
    ref: s.id,
    explanation: `The recognition article's table ranks ${s.name} no. ${s.recognition.order}; the sources do not say why the counts differ.`,
  };
}

const RECONCILE: Record<StatedFigure['kind'], (f: Stated, data: ReconcileData) => Reconciled> = {
  recognitions: reconcileRecognitions,
  withdrawals: reconcileWithdrawals,
  'org-tally': reconcileOrganisationTally,
  'org-not-recognising': reconcileOrganisationTally,
  milestone: reconcileMilestone,
};

/** Compares every stated figure with the same quantity computed from the data. */
export function reconcileFigures(
  stated: Stated[],
  states: State[],
  organisations: Organisation[],
  orgs: OrganisationIndex,
  countries: CountryIndex,
  sourceTitles: Map<string, string>,
): Figure[] {
  const data: ReconcileData = { states, organisations, orgs, countries };
  const used = new Set<string>();
  return stated.map((f) => {
    const { computed, computedOutOf, ref, explanation } = RECONCILE[f.kind](f, data);
    let id = toSlug(`${f.ref.source} ${f.label} ${f.claimant} ${f.value}`);
    for (let n = 2; used.has(id); n++)
      id = toSlug(`${f.ref.source} ${f.label} ${f.claimant} ${f.value} ${n}`);
    used.add(id);
    // The article itself states it: name the article, so a reader sees which source says what.
    const claimant =
      f.claimant === 'the article' ? (sourceTitles.get(f.ref.source) ?? f.claimant) : f.claimant;
    // The one stated-vs-computed rule: the value, or a stated denominator, differs.
    const differs =
      computed !== null &&
      (computed !== f.value ||
        (f.outOf !== null && computedOutOf !== null && computedOutOf !== f.outOf));
    return {
      id,
      kind: f.kind,
      label: f.label,
      value: f.value,
      outOf: f.outOf,
      claimant,
      asOf: f.asOf,
      computed,
      computedOutOf,
      differs,
      explanation,
      ref,
      sources: [f.ref],
    };
  });
}
