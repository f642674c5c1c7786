/**
 * Which stated figures that differ from the computed ones the pipeline cannot explain. A party's
 * claim (Serbia's 84, Kosovo's 120), a figure stated as of an earlier date or for an organisation
 * of another size is explained by what it is. The recognition article's own count against its own
 * tables is not: a difference there means a row was lost. Nor is a milestone whose rank the
 * table contradicts. Both fail the ingest unless content/editorial/losses.yaml explains them.
 */
import type { Figure, SourceManifestEntry } from '../schemas';
import type { ReportBuilder } from './report';
import type { EditorialLoss } from './resolve/editorial';

/** The reason `f` is an unexplained difference, or null when it agrees or is explained. */
export function unexplainedFigure(
  f: Figure,
  authority: { id: string; title: string },
): string | null {
  if (!f.differs) return null;
  const stated = `stated ${f.value}${f.outOf ? `/${f.outOf}` : ''}`;
  const computed = `computed ${f.computed}${f.computedOutOf ? `/${f.computedOutOf}` : ''}`;
  if (f.kind === 'milestone')
    return `${f.label} (${f.claimant}): ${stated}, but the recognition table ranks it ${f.computed}, and no source says why; expected the same rank, or an explanation in content/editorial/losses.yaml`;
  const own = f.sources[0]!.source === authority.id && f.claimant === authority.title;
  if (own)
    return `${f.label} (${f.claimant}): ${stated}, ${computed} from the same article's tables; expected them to agree (a table row may be lost), or an explanation in content/editorial/losses.yaml`;
  return null;
}

/**
 * Reports every unexplained figure as a loss (the ingest fails unless losses.yaml explains it);
 * an explained one shows the editorial reason, marked as such, instead of the pipeline's shrug.
 * The authority is the article whose tables decide the statuses (it lists `requiredTables`).
 * Returns the figures reported.
 */
export function reportUnexplainedFigures(
  figures: Figure[],
  manifest: SourceManifestEntry[],
  explained: EditorialLoss[],
  report: ReportBuilder,
): Set<Figure> {
  const authority = manifest.find((m) => m.requiredTables?.length) ?? manifest[0]!;
  const reported = new Set<Figure>();
  for (const f of figures) {
    const loss = unexplainedFigure(f, authority);
    if (!loss) continue;
    const { source, line } = f.sources[0]!;
    report.loss(source, line, 'figure', 'mismatch', loss);
    reported.add(f);
    const file = manifest.find((m) => m.id === source)?.file;
    const entry = explained.find((e) => e.kind === 'figure' && e.file === file && e.line === line);
    if (entry) f.explanation = `Editorial: ${entry.reason}`;
  }
  return reported;
}
