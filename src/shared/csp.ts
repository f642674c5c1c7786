/**
 * The Content-Security-Policy each page carries in its `<meta http-equiv>`: reading it (the
 * preview server sends it as a header) and completing it with the hashes of the page's own
 * inline `<script>` and `<style>` elements (Node only).
 */
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
// Raw-text elements: their text cannot contain the closing tag, so this reads it exactly.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The CSP source for a script's or style's text, as the browser computes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy in a page's CSP `<meta>`, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  return CSP_META.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// Data blocks (JSON, JSON-LD) never run, so script-src does not govern them.
function isExecutable(attributes: string): boolean {
  const type = /\btype="([^"]*)"/i.exec(attributes)?.[1];
  return type === undefined || /^(?:module|text\/javascript)$/i.test(type);
}

/** Hashes of the page's inline scripts (executable ones) and styles. */
export function inlineHashes(html: string): { script: string[]; style: string[] } {
  const script = [...html.matchAll(INLINE_SCRIPT)]
    .filter((match) => isExecutable(match[1] ?? ''))
    .map((match) => cspHash(match[2] ?? ''));
  const style = [...html.matchAll(INLINE_STYLE)].map((match) => cspHash(match[1] ?? ''));
  return { script, style };
}

/** A policy with `directive`'s sources rewritten by `change` (the directive created when missing). */
function rewriteDirective(
  policy: string,
  directive: string,
  change: (sources: string[]) => string[],
): string {
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = directives.findIndex((part) => part.split(/\s+/)[0] === directive);
  const sources = index === -1 ? [] : directives[index]!.split(/\s+/).slice(1);
  const rewritten = [directive, ...change(sources)].join(' ');
  if (index === -1) directives.push(rewritten);
  else directives[index] = rewritten;
  return `${directives.join('; ')};`;
}

/** A policy with `sources` added to `directive` (created when missing), each source once. */
export function addSources(policy: string, directive: string, sources: string[]): string {
  return rewriteDirective(policy, directive, (existing) => [
    ...existing,
    ...sources.filter((source) => !existing.includes(source)),
  ]);
}

/** A policy whose `directive` allows exactly these hashes, its other sources ('self') kept. */
export function withHashes(policy: string, directive: string, hashes: string[]): string {
  return rewriteDirective(policy, directive, (existing) => [
    ...new Set([...existing.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...hashes]),
  ]);
}

/**
 * The page with exactly its own inline scripts and styles hashed in its CSP `<meta>`. Astro
 * hashes what it bundles (every page gets the hashes of the whole site) and what is registered
 * before the `<head>` renders; the charts' SVG `<style>`s are drawn later, inside the page body.
 * So the hashes are set here once the page is written: those the page needs and no others. The
 * `<meta>` moves to just after the charset: a policy in a `<meta>` only governs what follows it,
 * and Astro writes it at the end of the `<head>`, after the layout's inline stylesheet.
 */
export function withInlineHashes(html: string): string {
  const policy = pagePolicy(html);
  if (policy === undefined) return html;
  const { script, style } = inlineHashes(html);
  const completed = withHashes(withHashes(policy, 'script-src', script), 'style-src', style);
  const meta = `<meta http-equiv="content-security-policy" content="${completed.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const withoutMeta = html.replace(CSP_META, '');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutMeta);
  if (!charset) return html.replace(CSP_META, meta);
  const at = charset.index + charset[0].length;
  return withoutMeta.slice(0, at) + meta + withoutMeta.slice(at);
}
