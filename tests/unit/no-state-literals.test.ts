/**
 * Knowledge of the sources belongs in content/editorial/ with a reason, never in src/: a rule in
 * code must work for an article it has not seen. This fails when the name of a UN member state
 * (world-countries' common name, or its slug id) is written as a string literal, in template text
 * or in an attribute anywhere in src/**.ts|astro, and reports each place by file:line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/shared/files';
import { toSlug } from '../../src/shared/slug';
import { escapeRegExp, stripDiacritics } from '../../src/shared/text';

const srcDir = path.resolve('src');

const memberNames = worldCountries.filter((c) => c.unMember).map((c) => c.name.common);
// Names as words, case and diacritics folded; multi-word names also as the slug ids the site uses.
const NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${memberNames.map((n) => escapeRegExp(stripDiacritics(n))).join('|')})(?![\\p{L}\\p{N}])` +
    `|(?<![a-z0-9-])(?:${memberNames
      .filter((n) => /\s/.test(n))
      .map((n) => escapeRegExp(toSlug(n)))
      .join('|')})(?![a-z0-9-])`,
  'giu',
);

interface Literal {
  line: number;
  text: string;
}

/** String literals and template-literal text of TypeScript code, with 1-based lines. */
function tsLiterals(code: string, firstLine = 1, fileName = 'x.ts'): Literal[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      // Module specifiers name files, not states.
      if (!(
        ts.isStringLiteral(node) &&
        (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))
      )) {
        out.push({
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + firstLine,
          text: node.text,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** An .astro file: its frontmatter and scripts as TypeScript, its template's text and attribute values. */
function astroLiterals(code: string): Literal[] {
  const lineAt = (offset: number) => code.slice(0, offset).split('\n').length;
  const out: Literal[] = [];
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let template = code;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(code);
  if (frontmatter) {
    out.push(...tsLiterals(frontmatter[1]!, 2));
    template = blank(frontmatter[0]) + code.slice(frontmatter[0].length);
  }
  template = template.replace(
    /<script\b[^>]*>([\s\S]*?)<\/script>/g,
    (whole, body: string, offset: number) => {
      out.push(...tsLiterals(body, lineAt(offset + whole.indexOf(body))));
      return blank(whole);
    },
  );
  template = template.replace(
    /<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g,
    blank,
  );
  // Expressions in braces are code: their string literals count, their identifiers do not.
  template = template.replace(
    /\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g,
    (whole, body: string, offset: number) => {
      out.push(...tsLiterals(`(${body})`, lineAt(offset), 'x.tsx'));
      return blank(whole);
    },
  );
  for (const match of template.matchAll(/"([^"]*)"|'([^']*)'|>([^<]+)</g)) {
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    out.push({ line: lineAt(match.index + 1), text });
  }
  return out;
}

function offenders(files: string[]): string[] {
  return files.flatMap((file) => {
    const code = readFileSync(path.join(srcDir, file), 'utf8');
    const literals = file.endsWith('.astro') ? astroLiterals(code) : tsLiterals(code);
    return literals.flatMap(({ line, text }) => {
      const names = [...new Set([...stripDiacritics(text).matchAll(NAME)].map((m) => m[0]))];
      return names.length === 0
        ? []
        : [
            `src/${file}:${line}: ${names.join(', ')} in ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}`,
          ];
    });
  });
}

const sourceFiles = listFiles(srcDir).filter((file) => /\.(ts|astro)$/.test(file));
const isIngest = (file: string) => file.startsWith('ingest/');

describe('no state name is a literal in src/', () => {
  it('the check finds names in literals, templates and ids, and ignores comments and imports', () => {
    const named = (literals: Literal[]) =>
      literals.filter((l) => [...stripDiacritics(l.text).matchAll(NAME)].length > 0);
    expect(
      named(
        tsLiterals(
          "import x from 'serbia';\n// Serbia said\nconst a = 'Serbia';\nconst b = `x ${a} Türkiye`;",
        ),
      ).map((l) => l.line),
    ).toEqual([3, 4]);
    const astro =
      "---\nconst c = 'south-sudan';\n---\n<!-- France -->\n<p title=\"Chad\">Text about Belarus {x.name} {'Peru'}</p>\n<script>\nconst d = 'Mali';\n</script>";
    const texts = named(astroLiterals(astro)).map((l) => `${l.line}:${l.text.trim()}`);
    expect(texts).toEqual(['2:south-sudan', '7:Mali', '5:Peru', '5:Chad', '5:Text about Belarus']);
    expect(memberNames.length).toBeGreaterThanOrEqual(190);
    expect(sourceFiles.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(5);
  });

  it('outside src/ingest/', () => {
    expect(offenders(sourceFiles.filter((f) => !isIngest(f)))).toEqual([]);
  });

  // The lead is moving the ingest's remaining literals to content/editorial/; until then this
  // lists them by file:line.
  it('in src/ingest/', () => {
    expect(offenders(sourceFiles.filter(isIngest))).toEqual([]);
  });
});
