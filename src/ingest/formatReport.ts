import type { AtlasData } from '../schemas';

/** The build report as text: per source, then stated vs computed figures. */
export function formatReport(data: AtlasData, opts: { detail: boolean }): string {
  const out: string[] = [];
  const t = data.report.totals;
  out.push(
    `Entries: ${Object.entries(t)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  const statuses = ['recognised', 'withdrawn', 'not-recognised'].map(
    (s) => `${data.states.filter((x) => x.status === s).length} ${s}`,
  );
  out.push(`States by status: ${statuses.join(', ')}`);
  // The evidence each status stands on: a table row, or no table at all (named, so it is seen).
  const bases = new Map<string, string[]>();
  for (const x of data.states)
    bases.set(x.statusBasis.kind, [...(bases.get(x.statusBasis.kind) ?? []), x.name]);
  out.push(
    `Status basis: ${[...bases]
      .map(
        ([k, names]) => `${names.length} ${k}${k === 'not-listed' ? ` (${names.join(', ')})` : ''}`,
      )
      .join(', ')}`,
  );
  out.push('');
  out.push('Source                                   tables  rows  entries  reported  statements');
  for (const s of data.report.sources) {
    out.push(
      `${s.source.padEnd(40)} ${String(s.tables).padStart(6)} ${String(s.rowsSeen).padStart(5)} ${String(s.rowsAsEntries).padStart(8)} ${String(s.rowsReported).padStart(9)} ${String(s.statements).padStart(11)}`,
    );
  }
  out.push(
    '',
    'Lines (every line of every file)          total  content  blank  set aside  unaccounted',
  );
  for (const s of data.report.sources) {
    const l = s.lines;
    if (!l) continue;
    out.push(
      `${s.source.padEnd(40)} ${String(l.total).padStart(6)} ${String(l.content).padStart(8)} ${String(l.blank).padStart(6)} ${String(l.setAside.length).padStart(10)} ${String(l.unaccounted.length).padStart(12)}`,
    );
  }
  out.push(
    '',
    'Prose (sentences naming a state or organisation: attached / all)   sentences  attached  explained  lost',
  );
  for (const s of data.report.sources) {
    const p = s.prose;
    const share = p.naming
      ? `${p.namingAttached}/${p.naming} (${Math.round((100 * p.namingAttached) / p.naming)} %)`
      : '—';
    out.push(
      `${s.source.padEnd(40)} ${share.padEnd(16)} ${String(p.sentences).padStart(17)} ${String(p.attached).padStart(9)} ${String(p.explained).padStart(10)} ${String(p.lost).padStart(5)}`,
    );
  }
  if (opts.detail) {
    for (const s of data.report.sources) {
      if (
        s.items.length === 0 &&
        !s.lines?.setAside.length &&
        s.sentences.every((x) => x.outcome === 'attached')
      )
        continue;
      out.push('', `== ${s.file}`);
      for (const i of s.items) out.push(`${s.file}:${i.line}  [${i.kind}] ${i.reason}`);
      for (const l of s.lines?.setAside ?? [])
        out.push(`${s.file}:${l.line}  [set aside: ${l.kind}] ${l.reason}`);
      for (const x of s.sentences) {
        if (x.outcome === 'attached') continue;
        out.push(
          `${s.file}:${x.line}  [prose ${x.outcome}] ${x.reason ?? `names ${x.names.join(', ')}; no entry, no reason`}: "${x.text.slice(0, 100)}${x.text.length > 100 ? '…' : ''}"`,
        );
      }
    }
  }
  if (opts.detail) {
    out.push('', 'Status basis of every state:');
    for (const x of data.states) out.push(`  ${x.name}: ${x.status} — ${x.statusBasis.note}`);
  }
  out.push('', 'Stated vs computed figures:');
  for (const f of data.figures) {
    const stated = `${f.value}${f.outOf ? `/${f.outOf}` : ''}`;
    const computed =
      f.computed === null ? '—' : `${f.computed}${f.computedOutOf ? `/${f.computedOutOf}` : ''}`;
    const mark = f.computed === null ? '?' : f.differs ? '≠' : '=';
    out.push(
      `  ${mark} ${f.label} (${f.claimant}${f.asOf ? `, ${f.asOf}` : ''}): stated ${stated}, computed ${computed}${f.explanation ? ` — ${f.explanation}` : ''}`,
    );
  }
  out.push('', `Unexplained losses: ${data.report.unexplainedLosses.length}`);
  return out.join('\n');
}
