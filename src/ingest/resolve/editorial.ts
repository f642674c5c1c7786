import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SourceError } from '../read/document';
import { readYamlFile } from '../yamlFile';
import { loadSourcePatterns, type SourcePatterns } from '../../shared/sourcePatterns';
import { SUBJECT } from '../../shared/subject';
import { escapeRegExp } from '../../shared/text';

/** Schemas for the hand-kept files in content/editorial/: every entry must carry its reason. */
const reason = z.string().min(10, 'every editorial entry needs a reason');
const iso3 = z.string().regex(/^[A-Z]{3}$/);

const countriesFile = z.strictObject({
  codes: z.array(z.strictObject({ code: iso3, iso3, reason })),
  corrections: z.array(
    z.strictObject({
      iso3,
      field: z.enum(['unMember', 'cioc']),
      value: z.union([z.boolean(), z.string()]),
      reason,
    }),
  ),
  extraEntities: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      officialName: z.string().optional(),
      kind: z.enum(['non-member-state', 'other-entity']),
      region: z.string(),
      subregion: z.string(),
      demonyms: z.array(z.string()).optional(),
      reason,
    }),
  ),
  kinds: z.array(
    z.strictObject({ iso3, kind: z.enum(['non-member-state', 'other-entity']), reason }),
  ),
  displayNames: z.array(z.strictObject({ iso3, name: z.string().min(1), reason })),
  demonyms: z.array(z.strictObject({ iso3, demonyms: z.array(z.string().min(1)).min(1), reason })),
});

const blankNamesFile = z.array(
  z.strictObject({
    table: z.enum(['un-members', 'non-un', 'withdrawn']),
    rank: z.string(),
    iso3,
    reason,
  }),
);

const organisationsFile = z.array(
  z.strictObject({
    id: z.string(),
    name: z.string(),
    abbreviation: z.string().nullable(),
    kind: z.enum(['intergovernmental', 'non-governmental', 'sub-state']),
    aliases: z.array(z.string()),
    aliasesReason: reason
      .optional()
      .describe(
        "Why names other than the organisation's own (its institutions, its former name) stand for it.",
      ),
    members: z.array(iso3).optional(),
    membersReason: reason.optional(),
  }),
);

const membershipTokensFile = z.array(
  z.strictObject({ token: z.string(), column: z.string(), organisation: z.string(), reason }),
);

/** Sentences no rule places, each with why it makes no entry (the prose ledger reads these). */
const proseNotesFile = z.array(
  z.strictObject({
    file: z.string().min(1),
    line: z.number().int().positive(),
    startsWith: z.string().min(8, "quote the sentence's opening words"),
    reason,
  }),
);

/** Ids earlier builds published for a statement whose id has since changed (re-dated, re-attributed). */
const positionIdsFile = z.array(
  z.strictObject({ from: z.string().min(1), to: z.string().min(1), reason }),
);

/**
 * Statements the rules read wrongly and no rule that would work on another article can read
 * right: corrected by hand, each keyed by its source line and opening words, with its reason. At
 * most a few per cent of the statements; a correction whose sentence is gone fails the ingest.
 */
const statementCorrectionsFile = z.array(
  z.strictObject({
    file: z.string().min(1),
    line: z.number().int().positive(),
    startsWith: z.string().min(8, "quote the statement's opening words"),
    set: z
      .strictObject({
        actor: z
          .string()
          .regex(new RegExp(`^(?:${escapeRegExp(SUBJECT.id)}|(?:state|organisation):[a-z0-9-]+)$`))
          .nullable()
          .optional()
          .describe(
            `state:<id>, organisation:<id> or ${SUBJECT.id}; null: no rule can say who acted.`,
          ),
        date: z
          .string()
          .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
          .nullable()
          .optional(),
        voice: z.enum(['quoted', 'stated', 'reported', 'described', 'analysis']).optional(),
      })
      .refine((x) => Object.keys(x).length > 0, 'a correction sets at least one field'),
    reason,
  }),
);

/**
 * Losses the sources really have, each explained: a recognition-table row that cannot be placed,
 * or a stated figure that differs from the computed one. Without an entry here either fails the
 * ingest; an entry that explains nothing fails it too.
 */
const lossesFile = z.array(
  z.strictObject({
    file: z.string().min(1),
    line: z.number().int().positive(),
    kind: z
      .enum(['row', 'figure', 'quote'])
      .describe(
        'A table row that became no entry, a stated figure, or a paragraph or row whose quotation marks do not pair.',
      ),
    reason,
  }),
);

export type EditorialLoss = z.infer<typeof lossesFile>[number];
export type EditorialStatementCorrection = z.infer<typeof statementCorrectionsFile>[number];
export type EditorialCountries = z.infer<typeof countriesFile>;
export type EditorialPositionId = z.infer<typeof positionIdsFile>[number];
export type EditorialProseNote = z.infer<typeof proseNotesFile>[number];
export type EditorialBlankName = z.infer<typeof blankNamesFile>[number];
export type EditorialOrganisation = z.infer<typeof organisationsFile>[number];
export type EditorialMembershipToken = z.infer<typeof membershipTokensFile>[number];

export interface Editorial {
  countries: EditorialCountries;
  blankNames: EditorialBlankName[];
  organisations: EditorialOrganisation[];
  membershipTokens: EditorialMembershipToken[];
  proseNotes: EditorialProseNote[];
  positionIds: EditorialPositionId[];
  /** Claim ids earlier builds published, same shape as positionIds (claim-ids.yaml). */
  claimIds: EditorialPositionId[];
  losses: EditorialLoss[];
  statementCorrections: EditorialStatementCorrection[];
  /** Phrases written for single sentences of these articles, each with its source line. */
  sourcePatterns: SourcePatterns;
}

function loadYaml<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new SourceError(file, 0, `editorial file ${full}`);
  return readYamlFile(full, file, schema);
}

export function loadEditorial(dir: string): Editorial {
  return {
    countries: loadYaml(dir, 'countries.yaml', countriesFile),
    blankNames: loadYaml(dir, 'blank-names.yaml', blankNamesFile),
    organisations: loadYaml(dir, 'organisations.yaml', organisationsFile),
    membershipTokens: loadYaml(dir, 'membership-tokens.yaml', membershipTokensFile),
    // Optional: an atlas whose every sentence is placed by rule needs no notes.
    proseNotes: fs.existsSync(path.join(dir, 'prose.yaml'))
      ? (loadYaml(dir, 'prose.yaml', proseNotesFile) ?? [])
      : [],
    positionIds: fs.existsSync(path.join(dir, 'position-ids.yaml'))
      ? (loadYaml(dir, 'position-ids.yaml', positionIdsFile) ?? [])
      : [],
    claimIds: fs.existsSync(path.join(dir, 'claim-ids.yaml'))
      ? (loadYaml(dir, 'claim-ids.yaml', positionIdsFile) ?? [])
      : [],
    losses: fs.existsSync(path.join(dir, 'losses.yaml'))
      ? (loadYaml(dir, 'losses.yaml', lossesFile) ?? [])
      : [],
    statementCorrections: fs.existsSync(path.join(dir, 'statement-corrections.yaml'))
      ? (loadYaml(dir, 'statement-corrections.yaml', statementCorrectionsFile) ?? [])
      : [],
    sourcePatterns: loadSourcePatterns(dir),
  };
}
