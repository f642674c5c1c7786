/**
 * The inlined stylesheet, cut to what one page can use. Every byte of inlined CSS counts against a
 * page's first load (HTML + CSS gzipped); a state page has no tables, a page without a withdrawal
 * no withdrawn badge. A rule is left out only when each of its selectors names a class or an
 * element the page does not have, so a rule is never dropped for a page it could style.
 */

/** What a page's markup (and the scripts that enhance it) can be styled by. */
export interface UsedNames {
  classes: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

/** Minify: drop comments, indentation, the spaces around punctuation, last semicolons and the
 * zero before a decimal point. The stylesheet has no strings with these characters but the print
 * rules' " <" and ">", which keep their spaces inside the quotes. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    .replace(/([\s:(,-])0\.(\d)/g, '$1.$2');
}

/** Class names and element names in a piece of HTML. */
export function namesIn(html: string): UsedNames {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of match[1]!.split(/\s+/)) if (name) classes.add(name);
  const tags = new Set<string>();
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)/g)) tags.add(match[1]!);
  return { classes, tags };
}

export function mergeNames(...all: UsedNames[]): UsedNames {
  return {
    classes: new Set(all.flatMap((n) => [...n.classes])),
    tags: new Set(all.flatMap((n) => [...n.tags])),
  };
}

// Always present (the document itself) or matched by any element.
const ANY_PAGE = new Set(['html', 'body', 'root']);

/** Whether one selector could match an element of the page. */
export function selectorMayMatch(selector: string, used: UsedNames): boolean {
  // Pseudo-classes and attributes only narrow a match: the names around them decide.
  const names = selector
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/::?[a-z-]+(\([^()]*(\([^()]*\))?[^()]*\))?/g, ' ');
  for (const match of names.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g))
    if (!used.classes.has(match[1]!)) return false;
  for (const compound of names.split(/[\s>+~]+/)) {
    const tag = /^[a-z][a-z0-9-]*/.exec(compound)?.[0];
    if (tag && !ANY_PAGE.has(tag) && !used.tags.has(tag)) return false;
  }
  return true;
}

/** Top-level blocks of minified CSS: [prelude, body] pairs ("@media …" bodies hold rules). */
function blocks(css: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open < 0) break;
    let depth = 1;
    let end = open + 1;
    for (; end < css.length && depth > 0; end += 1) {
      if (css[end] === '{') depth += 1;
      else if (css[end] === '}') depth -= 1;
    }
    out.push([css.slice(at, open), css.slice(open + 1, end - 1)]);
    at = end;
  }
  return out;
}

/** Minified CSS without the rules no selector of which can match the page. */
export function pruneCss(css: string, used: UsedNames): string {
  return blocks(css)
    .map(([prelude, body]) => {
      if (prelude.startsWith('@media')) {
        const inner = pruneCss(body, used);
        return inner ? `${prelude}{${inner}}` : '';
      }
      if (prelude.startsWith('@')) return `${prelude}{${body}}`;
      const selectors = prelude.split(/,(?![^(]*\))/).filter((s) => selectorMayMatch(s, used));
      return selectors.length > 0 ? `${selectors.join(',')}{${body}}` : '';
    })
    .join('');
}

/** Custom properties no rule reads (var(--name)) left out of their declarations. */
export function pruneCustomProperties(css: string): string {
  const read = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
  return css
    .replace(/(--[\w-]+):[^;{}]*(;|(?=}))/g, (decl, name: string) => (read.has(name) ? decl : ''))
    .replace(/;}/g, '}');
}
