/**
 * content/editorial/source-patterns.yaml: the phrases that exist for one sentence or heading of
 * these source articles, each with the `file:line` it was written for and its reason. Read by the
 * ingest's extractors (figures, memberships, events, disputes, withdrawal lists, position tables) and, for
 * the words that make a nationality a people, by the pages' cross-links too. Node only.
 *
 * Validated here when read (a pattern that does not compile, or lacks a named group its section
 * reads, stops at its own `file:line:column`); whether each still holds at its source line, and
 * which matched nothing, is checked by the ingest (src/ingest/sourcePatternChecks.ts).
 */
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile, positionOf, type YamlPosition } from '../ingest/yamlFile';
import { editorialDir } from './editorial';

export const SOURCE_PATTERNS_FILE = 'source-patterns.yaml';

const reason = z.string().min(10, 'every editorial entry needs a reason');
const writtenFor = z
  .string()
  .regex(/^[^:\s]+:[1-9]\d*$/, 'the file:line of content/sources/ the pattern was written for');

/** The named groups a pattern's source declares (`(?<value>…)`). */
function groupsOf(source: string): Set<string> {
  return new Set([...source.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]!));
}

/** A regular expression source that compiles with the u flag and declares `required` groups. */
function pattern(required: readonly string[] = []) {
  return z.string().superRefine((source, ctx) => {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a regular expression: ${String(error)}` });
      return;
    }
    const groups = groupsOf(source);
    const missing = required.filter((g) => !groups.has(g));
    if (missing.length > 0)
      ctx.addIssue({ code: 'custom', message: `needs the named group(s) ${missing.join(', ')}` });
  });
}

const figureKind = z.enum(['recognitions', 'org-tally', 'org-not-recognising', 'withdrawals']);
const membershipStatus = z.enum([
  'member',
  'provisional',
  'applied',
  'planned',
  'not-member',
  'rejected',
]);

/** The events a phrase may name; membership has its own section, read by the events too. */
const eventKind = z.enum(['milestone', 'vote', 'court', 'declaration', 'agreement']);

const file = z.strictObject({
  figures: z.array(
    z.strictObject({
      id: z.string().min(1),
      pattern: pattern(['value']),
      kind: figureKind,
      label: z.string().min(1),
      claimant: z.string().min(1).optional(),
      organisation: z.string().min(1).optional(),
      writtenFor,
      reason,
    }),
  ),
  groupTallies: z.array(
    z.strictObject({
      id: z.string().min(1),
      pattern: pattern(['count', 'inner', 'group', 'negative']),
      writtenFor,
      reason,
    }),
  ),
  membership: z.array(
    z.strictObject({ status: membershipStatus, pattern: pattern(), writtenFor, reason }),
  ),
  // Optional: a folder written before the section existed (a test's, an older copy) has no phrases.
  events: z
    .array(z.strictObject({ kind: eventKind, pattern: pattern(), writtenFor, reason }))
    .default([]),
  disputeAssertions: z.array(
    z.strictObject({
      pattern: pattern(),
      ignoreCase: z.boolean().default(false),
      what: z.enum(['recognises', 'disputed-note-verbale']),
      writtenFor,
      reason,
    }),
  ),
  disputeDenials: z.array(
    z.strictObject({
      pattern: pattern(),
      ignoreCase: z.boolean().default(false),
      writtenFor,
      reason,
    }),
  ),
  withdrawalLists: z.array(
    z.strictObject({
      id: z.string().min(1),
      claim: pattern(['party', 'when', 'count']),
      list: pattern(['names']),
      aside: pattern(['count']),
      rebuttal: pattern(['party']),
      writtenFor,
      reason,
    }),
  ),
  positionTableSections: z.array(
    z.strictObject({
      contains: z.string().min(1),
      kind: z.enum(['other-state', 'intergovernmental', 'sub-state', 'non-governmental']),
      writtenFor,
      reason,
    }),
  ),
  partOfNameWords: z.array(z.strictObject({ word: pattern(), writtenFor, reason })),
  peopleWords: z.array(z.strictObject({ word: pattern(), writtenFor, reason })),
});

/** Where an entry was written and the source line it was written for. */
export interface PatternOrigin {
  /** Section of the file and a name for messages ("figures/un-recognitions"). */
  name: string;
  /** The entry in source-patterns.yaml (file:line:column), for messages. */
  at: YamlPosition | null;
  /** The source file (under content/sources/) and line the phrase was written for. */
  file: string;
  line: number;
}

/** One phrase: its expression and where it comes from. */
export interface SourcePattern extends PatternOrigin {
  re: RegExp;
}

export interface FigurePattern extends SourcePattern {
  kind: z.infer<typeof figureKind>;
  label: string;
  claimant: string | null;
  organisation: string | null;
}

export interface WithdrawalListPattern extends SourcePattern {
  /** `re` is the claim; these read the rest of its paragraph. */
  list: RegExp;
  aside: RegExp;
  rebuttal: RegExp;
}

export interface PositionTableSection extends PatternOrigin {
  contains: string;
  kind: z.infer<typeof file>['positionTableSections'][number]['kind'];
}

export interface SourcePatterns {
  figures: FigurePattern[];
  groupTallies: SourcePattern[];
  membership: Array<SourcePattern & { status: z.infer<typeof membershipStatus> }>;
  events: Array<SourcePattern & { kind: z.infer<typeof eventKind> }>;
  disputeAssertions: Array<SourcePattern & { what: 'recognises' | 'disputed-note-verbale' }>;
  disputeDenials: SourcePattern[];
  withdrawalLists: WithdrawalListPattern[];
  positionTableSections: PositionTableSection[];
  /** Words after a state's name that make it part of a longer name; `word` is the source. */
  partOfNameWords: Array<SourcePattern & { word: string }>;
  /** Words after a nationality that make it a people; `word` is the expression's source. */
  peopleWords: Array<SourcePattern & { word: string }>;
}

function origin(entry: { writtenFor: string }, name: string): PatternOrigin {
  const at = entry.writtenFor.lastIndexOf(':');
  return {
    name,
    at: positionOf(entry),
    file: entry.writtenFor.slice(0, at),
    line: Number(entry.writtenFor.slice(at + 1)),
  };
}

const compile = (source: string, ignoreCase = false) => new RegExp(source, ignoreCase ? 'iu' : 'u');

export function loadSourcePatterns(dir: string): SourcePatterns {
  const f = readYamlFile(path.join(dir, SOURCE_PATTERNS_FILE), SOURCE_PATTERNS_FILE, file);
  return {
    figures: f.figures.map((e) => ({
      ...origin(e, `figures/${e.id}`),
      re: compile(e.pattern),
      kind: e.kind,
      label: e.label,
      claimant: e.claimant ?? null,
      organisation: e.organisation ?? null,
    })),
    groupTallies: f.groupTallies.map((e) => ({
      ...origin(e, `groupTallies/${e.id}`),
      re: compile(e.pattern),
    })),
    membership: f.membership.map((e, i) => ({
      ...origin(e, `membership/${i + 1} (${e.status})`),
      re: compile(e.pattern),
      status: e.status,
    })),
    events: f.events.map((e, i) => ({
      ...origin(e, `events/${i + 1} (${e.kind})`),
      re: compile(e.pattern),
      kind: e.kind,
    })),
    disputeAssertions: f.disputeAssertions.map((e, i) => ({
      ...origin(e, `disputeAssertions/${i + 1}`),
      re: compile(e.pattern, e.ignoreCase),
      what: e.what,
    })),
    disputeDenials: f.disputeDenials.map((e, i) => ({
      ...origin(e, `disputeDenials/${i + 1}`),
      re: compile(e.pattern, e.ignoreCase),
    })),
    withdrawalLists: f.withdrawalLists.map((e) => ({
      ...origin(e, `withdrawalLists/${e.id}`),
      re: compile(e.claim),
      list: compile(e.list),
      aside: compile(e.aside),
      rebuttal: compile(e.rebuttal),
    })),
    positionTableSections: f.positionTableSections.map((e) => ({
      ...origin(e, `positionTableSections/${e.contains}`),
      contains: e.contains.toLowerCase(),
      kind: e.kind,
    })),
    partOfNameWords: f.partOfNameWords.map((e) => ({
      ...origin(e, `partOfNameWords/${e.word}`),
      re: new RegExp(`\\b(?:${e.word})\\b`, 'u'),
      word: e.word,
    })),
    peopleWords: f.peopleWords.map((e) => ({
      ...origin(e, `peopleWords/${e.word}`),
      re: new RegExp(`\\b(?:${e.word})\\b`, 'iu'),
      word: e.word,
    })),
  };
}

const loaded = new Map<string, SourcePatterns>();

/** The patterns of an editorial folder (default: the one the site reads), read once per folder. */
export function sourcePatterns(dir: string = editorialDir()): SourcePatterns {
  if (!loaded.has(dir)) loaded.set(dir, loadSourcePatterns(dir));
  return loaded.get(dir)!;
}

/** A pattern of the file as a global expression, for `matchAll`. */
export const globally = (re: RegExp): RegExp =>
  new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
