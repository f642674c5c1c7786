import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { doubleQuotedSpans } from '../../shared/quotes';
import { crosslinkAndStringify, type RenderOptions } from './render';

/**
 * Inline content of one paragraph: quoted words become `<q>` without their marks (the browser
 * supplies marks that suit the nesting level, so the reader never sees them doubled). A quotation
 * whose closing mark is missing keeps its opening mark as plain text: the sentence is shown as
 * written rather than guessed at.
 */
export function quotedInline(text: string): ElementContent[] {
  const children: ElementContent[] = [];
  let at = 0;
  for (const span of doubleQuotedSpans(text)) {
    if (!span.closed) break;
    if (span.start > at) children.push({ type: 'text', value: text.slice(at, span.start) });
    children.push(h('q', text.slice(span.innerStart, span.innerEnd)));
    at = span.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return children;
}

/** A statement's text as hast: one `<p>` per blank-line-separated paragraph. */
export function statementTree(text: string): Root {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { type: 'root', children: paragraphs.map((p) => h('p', quotedInline(p))) };
}

/** One statement's plain text as HTML: quotations in `<q>`, first mentions cross-linked. */
export function renderStatementHtml(text: string, options: RenderOptions): string {
  return crosslinkAndStringify(statementTree(text), options);
}
