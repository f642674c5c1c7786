import type { AtlasData } from '../schemas';

/** The build report as text: per source, then stated vs computed figures. */
export function formatReport(data: AtlasData, opts: { detail: boolean }): string {
  const out: string[] = [];
  const t = data.report.totals;
  out.push(`Entries: ${Object.entries(t).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  const statuses = ['recognised', 'withdrawn', 'not-recognised'].map((s) => `${data.states.filter((x) => x.status === s).length} ${s}`);
  out.push(`States by status: ${statuses.join(', ')}`);
  out.push('');
  out.push('Source                                   tables  rows  entries  reported  statements');
  for (const s of data.report.sources) {
    out.push(`${s.source.padEnd(40)} ${String(s.tables).padStart(6)} ${String(s.rowsSeen).padStart(5)} ${String(s.rowsAsEntries).padStart(8)} ${String(s.rowsReported).padStart(9)} ${String(s.statements).padStart(11)}`);
  }
  if (opts.detail) {
    for (const s of data.report.sources) {
      if (s.items.length === 0) continue;
      out.push('', `== ${s.file}`);
      for (const i of s.items) out.push(`${s.file}:${i.line}  [${i.kind}] ${i.reason}`);
    }
  }
  out.push('', 'Stated vs computed figures:');
  for (const f of data.figures) {
    const stated = `${f.value}${f.outOf ? `/${f.outOf}` : ''}`;
    const computed = f.computed === null ? '—' : `${f.computed}${f.computedOutOf ? `/${f.computedOutOf}` : ''}`;
    const mark = f.computed === null ? '?' : f.explanation ? '≠' : '=';
    out.push(`  ${mark} ${f.label} (${f.claimant}${f.asOf ? `, ${f.asOf}` : ''}): stated ${stated}, computed ${computed}${f.explanation ? ` — ${f.explanation}` : ''}`);
  }
  out.push('', `Unexplained losses: ${data.report.unexplainedLosses.length}`);
  return out.join('\n');
}
