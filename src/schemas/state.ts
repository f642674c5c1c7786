import { z } from 'zod';
import { partialDate, provenanceKind, slug, sourceRef } from './common';

export const stateKind = z
  .enum(['un-member', 'non-member-state', 'other-entity'])
  .describe('UN member state, non-member state (e.g. Holy See, Taiwan), or other entity.');
export type StateKind = z.infer<typeof stateKind>;

export const recognitionStatus = z
  .enum(['recognised', 'withdrawn', 'not-recognised'])
  .describe(
    "Status per the recognition article's tables (claims that contradict it are kept in `claims`).",
  );
export type RecognitionStatus = z.infer<typeof recognitionStatus>;

/** An interval a date must lie in, derived from neighbouring dated recognitions; never a date. */
export const inferredInterval = z.strictObject({
  after: partialDate.describe('Earliest possible date (inclusive).'),
  before: partialDate
    .nullable()
    .describe('Latest possible date (inclusive); null when no later dated entry bounds it.'),
  basis: z.string().describe('Which dated entries the bounds come from, in words.'),
});

export const recognition = z.strictObject({
  order: z
    .number()
    .int()
    .positive()
    .describe(
      "Position in the recognition article's table (same-day groups ordered alphabetically).",
    ),
  group: z
    .string()
    .nullable()
    .describe(
      'The rank range as printed for a same-day group (e.g. "2–8"); null for a single rank.',
    ),
  table: z
    .enum(['un-members', 'non-un', 'withdrawn'])
    .describe('Which recognition table the row is in.'),
  date: partialDate.nullable().describe('Date of recognition where a source writes it.'),
  dateSources: z.array(sourceRef).describe('Where the exact date is written.'),
  dateNote: z
    .string()
    .nullable()
    .describe(
      'How the date was obtained when it is not written for this state itself (e.g. shared by its same-day group).',
    ),
  dateInferred: inferredInterval
    .nullable()
    .describe('Bounds derived from order and dated neighbours when no source writes the date.'),
  sameDay: z.array(slug).describe('Other states in the same same-day group.'),
  sources: z.array(sourceRef).min(1).describe('The table row(s) stating the recognition.'),
});

export const withdrawal = z.strictObject({
  date: partialDate.nullable().describe('Date of the withdrawal where written.'),
  note: z.string().nullable().describe('What the source says about it, as written.'),
  reversed: z
    .strictObject({
      date: partialDate.nullable().describe('When the withdrawal was reversed.'),
      how: z
        .enum(['resumed', 'annulled'])
        .describe('Recognition resumed later, or the withdrawal annulled.'),
    })
    .nullable()
    .describe('Set when the withdrawal no longer holds.'),
  sources: z.array(sourceRef).min(1).describe('Row or sentence stating the withdrawal.'),
});

/** A fact from a bilateral-relations table of another article (e.g. Foreign relations of Belarus). */
export const bilateralFact = z.strictObject({
  partner: slug.describe('The other state of the pair.'),
  began: partialDate.nullable().describe('When formal relations began, as written.'),
  note: z.string().nullable().describe('Note cell as written.'),
  sources: z.array(sourceRef).min(1),
});

export const nameProvenance = z.strictObject({
  kind: provenanceKind,
  note: z.string().nullable().describe('How the name was recovered, or the editorial reason.'),
});

/** Why a state has its status: the table row it stands on, or that no table lists it. */
export const statusBasis = z
  .strictObject({
    kind: z
      .enum(['recognition-table', 'non-recognition-table', 'withdrawal-table', 'not-listed'])
      .describe(
        'recognition-table: a row of a recognition table; non-recognition-table: a row of the table of states that have not recognised Kosovo; withdrawal-table: a row of the table of withdrawn recognitions; not-listed: no table of the sources lists the state.',
      ),
    source: slug
      .nullable()
      .describe('Id of the source article holding the row; null when not listed.'),
    line: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('1-based line of the row in the vendored file; null when not listed.'),
    note: z
      .string()
      .min(1)
      .describe(
        'The basis in plain words, as the state page shows it (e.g. "listed in the recognition table of UN member states, line 52").',
      ),
  })
  .describe(
    "The evidence for the state's status, so a missing row can never pass as evidence of non-recognition.",
  );
export type StatusBasis = z.infer<typeof statusBasis>;

export const state = z.strictObject({
  id: slug.describe('Stable slug of the common English name; the page is /states/<id>/.'),
  name: z.string().min(1).describe('Common English name.'),
  officialName: z.string().nullable().describe('Official name from the country-data package.'),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe('ISO 3166-1 alpha-3 code; null where none exists.'),
  ioc: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe('IOC code where one exists.'),
  kind: stateKind,
  status: recognitionStatus,
  statusBasis,
  region: z.string().nullable().describe('Region from the country-data package (e.g. "Europe").'),
  subregion: z.string().nullable().describe('Subregion from the country-data package.'),
  nameProvenance: nameProvenance.describe(
    'Whether the row named the state or it was recovered or supplied editorially.',
  ),
  recognition: recognition.nullable().describe('Present when a recognition table lists the state.'),
  withdrawal: withdrawal.nullable().describe('Reported withdrawal of recognition, if any.'),
  diplomaticRelations: z
    .boolean()
    .nullable()
    .describe('The recognition table\'s "Diplomatic relations" Yes/No; null when not given.'),
  organisations: z
    .array(slug)
    .describe(
      "Ids of organisations the state belongs to (editorial member lists and the table's membership column).",
    ),
  relatedArticle: z
    .string()
    .nullable()
    .describe('Title of the bilateral-relations article the table names.'),
  positions: z.array(slug).describe("Ids of this state's positions, in date order."),
  claims: z
    .array(slug)
    .describe('Ids of claims about this state that contradict or qualify its status.'),
  bilateral: z.array(bilateralFact).describe('Bilateral-relations facts from other articles.'),
  url: z.string().describe('Site URL of the state page.'),
});
export type State = z.infer<typeof state>;
