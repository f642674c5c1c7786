/**
 * Applies the hand corrections of content/editorial/statement-corrections.yaml to the statements
 * the rules read. Each correction names the source line and the statement's opening words; one
 * that matches no statement stops the ingest at its own file:line (the article changed, or the
 * rules now split the sentence otherwise), so a correction can never silently go stale.
 */
import type { ActorRef } from '../../schemas';
import type { SourceDocument } from '../../schemas';
import type { RawPosition } from '../rawPosition';
import type { Unattributed } from '../prosePositions';
import { entryError } from '../yamlFile';
import type { CountryIndex } from './countries';
import type { EditorialStatementCorrection } from './editorial';
import type { OrganisationIndex } from './organisations';
import { SUBJECT } from '../../shared/subject';
import { squashSpace } from '../../shared/text';

const FILE = 'statement-corrections.yaml';

function actorOf(
  key: string,
  countries: CountryIndex,
  orgs: OrganisationIndex,
  entry: EditorialStatementCorrection,
): ActorRef {
  if (key === SUBJECT.id) return SUBJECT;
  const [type, id] = key.split(':') as ['state' | 'organisation', string];
  const name =
    type === 'state'
      ? countries.all.find((r) => r.id === id)?.name
      : orgs.all().find((o) => o.id === id)?.name;
  if (!name) throw entryError(entry, FILE, `a known ${type} id`, id);
  return { type, id, name };
}

export interface Corrected {
  positions: RawPosition[];
  /** Statements a correction says no rule can attribute: kept in the report, not published. */
  unattributed: Array<{ source: string } & Unattributed>;
  /** How many statements the corrections changed. */
  applied: number;
  /** Each statement a correction changed (and kept), for the report. */
  changed: Array<{ source: string; line: number; reason: string }>;
}

export function applyStatementCorrections(
  raw: RawPosition[],
  corrections: EditorialStatementCorrection[],
  documents: SourceDocument[],
  countries: CountryIndex,
  orgs: OrganisationIndex,
): Corrected {
  const dropped = new Set<RawPosition>();
  const unattributed: Corrected['unattributed'] = [];
  let applied = 0;
  const changed: Corrected['changed'] = [];
  for (const c of corrections) {
    const doc = documents.find((d) => d.file === c.file);
    const hits = raw.filter(
      (p) =>
        doc !== undefined &&
        p.refs.some((r) => r.source === doc.sourceId && r.line === c.line) &&
        squashSpace(p.text).startsWith(squashSpace(c.startsWith)),
    );
    if (hits.length === 0)
      throw entryError(
        c,
        FILE,
        `a statement at ${c.file}:${c.line} opening "${c.startsWith}"`,
        'none (the article or the rules changed: update or remove the correction)',
      );
    for (const p of hits) {
      applied++;
      if (c.set.actor === null) {
        dropped.add(p);
        unattributed.push({
          source: doc!.sourceId,
          line: c.line,
          sentence: p.text,
          reason: `editorial: ${c.reason}`,
        });
        continue;
      }
      if (c.set.actor) {
        p.actor = actorOf(c.set.actor, countries, orgs, c);
        p.actorBasis = 'editorial';
        p.country =
          p.actor.type === 'state'
            ? (countries.all.find((r) => r.id === p.actor.id) ?? null)
            : null;
      }
      if (c.set.date !== undefined) {
        p.date = c.set.date;
        p.dateRelative = null;
      }
      if (c.set.voice) p.voice = c.set.voice;
      changed.push({ source: doc!.sourceId, line: c.line, reason: c.reason });
    }
  }
  return { positions: raw.filter((p) => !dropped.has(p)), unattributed, applied, changed };
}
