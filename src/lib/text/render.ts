import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypeCrosslink, type CrosslinkOptions } from './crosslink';

export type RenderOptions = CrosslinkOptions;

/**
 * Cross-links a hast tree and serialises it. Trees reach here built from text nodes only, and
 * rehype-stringify escapes every text node and never emits raw HTML, so no input text can become
 * markup.
 */
export function crosslinkAndStringify(tree: Root, options: RenderOptions): string {
  const processor = unified().use(rehypeCrosslink, options).use(rehypeStringify);
  return processor.stringify(processor.runSync(tree) as Root);
}
