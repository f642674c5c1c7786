/**
 * The line ledger each reader keeps: every line of the file is read as content, is blank, or is
 * set aside with its kind and reason (boilerplate, link gloss, end matter, infobox, template).
 * Nothing a reader skips is lost without a word: the build report lists every set-aside line, and
 * a line the reader neither read nor set aside fails the ingest.
 */
import type { LineLedgerSummary, SetAsideLine } from '../../schemas/document';

export class LineLedger {
  private readonly uses = new Map<number, SetAsideLine | 'content'>();

  constructor(private readonly lines: readonly string[]) {}

  /** The 0-based line `index` was read as article text. */
  content(index: number): void {
    this.uses.set(index, 'content');
  }

  /** The 0-based line `index` is not article text, for `reason`. */
  setAside(index: number, kind: SetAsideLine['kind'], reason: string, prose = false): void {
    if (this.uses.get(index) === 'content') return;
    this.uses.set(index, { line: index + 1, kind, reason, ...(prose ? { prose } : {}) });
  }

  /** Whether the 0-based line `index` is already accounted for. */
  has(index: number): boolean {
    return this.uses.has(index);
  }

  summary(): LineLedgerSummary {
    let content = 0;
    let blank = 0;
    const setAside: SetAsideLine[] = [];
    const unaccounted: number[] = [];
    this.lines.forEach((text, i) => {
      const use = this.uses.get(i);
      if (use === 'content') content++;
      else if (use) setAside.push(use);
      else if (text.trim() === '') blank++;
      else unaccounted.push(i + 1);
    });
    return { content, blank, setAside, unaccounted };
  }
}

/** A line that reads like article prose: a sentence of twelve words or more. */
export function looksLikeProse(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 12 && /[.!?]["”’)\]]?$/.test(t) && !/\s(?:\.\.\.|…)$/.test(t);
}
