/**
 * Knowledge of the sources belongs in content/editorial/ with a reason, never in src/: a rule in
 * code must work for an article it has not seen. This fails when the name of a UN member state
 * (world-countries' common name, or its slug id) is written as a string literal, a regular
 * expression literal, in template text or in an attribute anywhere in src/**.ts|astro; when an
 * organisation's name from content/editorial/organisations.yaml is written in a literal of the
 * ingest's or the rendering helpers' code; and when the Atlas's subject (content/editorial/
 * subject.yaml) is matched by a regular expression literal or its id compared as a literal. Each
 * place is reported by file:line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../../src/shared/files';
import { SUBJECT } from '../../src/shared/subject';
import { editorialSubject } from '../../src/shared/editorial';
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
  /** A regular expression literal (its pattern and flags as written). */
  regex?: boolean;
  /** A string literal compared with, or assigned as, an id (`x.id === '…'`, `{ id: '…' }`, `['…']` passed to a call). */
  asId?: boolean;
}

/** Whether a string literal stands as an id: compared with `.id`/`.ref`, an `id:` value, or an id list argument. */
function usedAsId(node: ts.Node): boolean {
  const parent = node.parent;
  const idProperty = (n: ts.Node) =>
    ts.isPropertyAccessExpression(n) && ['id', 'ref', 'subject'].includes(n.name.text);
  if (ts.isBinaryExpression(parent))
    return idProperty(parent.left === node ? parent.right : parent.left);
  if (ts.isPropertyAssignment(parent))
    return ts.isIdentifier(parent.name) && parent.name.text === 'id';
  // An id list passed to a call (`findInText(text, ['…'])`), not a schema's vocabulary (`z.enum([…])`).
  return (
    ts.isArrayLiteralExpression(parent) &&
    ts.isCallExpression(parent.parent) &&
    !(
      ts.isPropertyAccessExpression(parent.parent.expression) &&
      parent.parent.expression.name.text === 'enum'
    )
  );
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
    if (ts.isRegularExpressionLiteral(node)) {
      out.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + firstLine,
        text: node.text,
        regex: true,
      });
    } else if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isJsxText(node)
    ) {
      // Module specifiers name files, not states.
      if (!(
        ts.isStringLiteral(node) &&
        (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))
      )) {
        out.push({
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + firstLine,
          text: node.text,
          asId: ts.isStringLiteral(node) && usedAsId(node),
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

function literalsOf(file: string): Literal[] {
  const code = readFileSync(path.join(srcDir, file), 'utf8');
  return file.endsWith('.astro') ? astroLiterals(code) : tsLiterals(code);
}

// Organisations' names, abbreviations and aliases (three letters or more: "UN" and "EU" are also
// the site's own words for categories), as whole words, case kept.
const organisationFile = parse(
  readFileSync(path.resolve('content/editorial/organisations.yaml'), 'utf8'),
) as Array<{ name: string; abbreviation: string | null; aliases: string[] }>;
const organisationNames = [
  ...new Set(
    organisationFile.flatMap((o) =>
      [o.name, o.abbreviation ?? '', ...o.aliases]
        .map((n) => n.replace(/^the /, '').replace(/\s*\([^)]*\)\s*$/, ''))
        .filter((n) => n.length >= 3),
    ),
  ),
];
const ORGANISATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${organisationNames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const subjectFile = editorialSubject();
const SUBJECT_STEM = new RegExp(escapeRegExp(subjectFile.stem), 'i');

// Two code systems carry an organisation's name: ISO 3166-1 and IOC country codes are fields of
// the country data, not the organisations.
const CODE_SYSTEMS = /\bISO(?: 3166-1\b| code)|\bIOC\b(?= (?:code|nor)\b)/g;

/** Organisation names in the literals of `files`, by file:line. */
function organisationOffenders(files: string[]): string[] {
  return files.flatMap((file) =>
    literalsOf(file).flatMap(({ line, text }) => {
      const names = [
        ...new Set([...text.replace(CODE_SYSTEMS, '').matchAll(ORGANISATION)].map((m) => m[0])),
      ];
      return names.length === 0
        ? []
        : [`src/${file}:${line}: ${names.join(', ')} in ${JSON.stringify(text.slice(0, 80))}`];
    }),
  );
}

/** The subject matched by a regular expression literal, or its id written as a literal id. */
function subjectOffenders(files: string[]): string[] {
  return files.flatMap((file) =>
    literalsOf(file).flatMap(({ line, text, regex, asId }) =>
      (regex && SUBJECT_STEM.test(text)) || (asId && text === SUBJECT.id)
        ? [`src/${file}:${line}: ${regex ? 'regular expression' : 'id'} ${text}`]
        : [],
    ),
  );
}

function offenders(files: string[]): string[] {
  return files.flatMap((file) => {
    const literals = literalsOf(file);
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

describe('no organisation name and no literal subject in the rules of src/', () => {
  // Rules live in the ingest and the rendering helpers; pages and components write the site's own
  // prose, which may name an organisation as any text does.
  const ruleFiles = sourceFiles.filter((f) => /^(ingest|lib|shared|scripts)\//.test(f));

  it('the checks find regular expressions, organisation names and ids compared as literals', () => {
    const code =
      "const a = /\\bKosov/;\nif (x.id === 'kosovo') y();\nconst b = 'NATO summit';\nconst c = { id: 'kosovo' };\nconst d = /Serbia/;\nconst t = p.topic === 'kosovo';";
    const literals = tsLiterals(code);
    expect(literals.filter((l) => l.regex).map((l) => l.line)).toEqual([1, 5]);
    expect(literals.filter((l) => l.asId).map((l) => l.line)).toEqual([2, 4]);
    expect(
      literals.filter((l) => [...l.text.matchAll(ORGANISATION)].length > 0).map((l) => l.line),
    ).toEqual([3]);
    expect(
      literals
        .filter((l) => [...stripDiacritics(l.text).matchAll(NAME)].length > 0)
        .map((l) => l.line),
    ).toEqual([5]);
    expect(organisationNames).toContain('North Atlantic Treaty Organization');
    expect(SUBJECT_STEM.test('Kosovo')).toBe(true);
  });

  it('no organisation name in a literal of the ingest, the helpers or the client code', () => {
    expect(organisationOffenders(ruleFiles)).toEqual([]);
  });

  it('the subject is matched and compared through src/shared/subject.ts, never a literal', () => {
    expect(subjectOffenders(sourceFiles)).toEqual([]);
  });
});

describe("the subject's name is SUBJECT.name, never a literal in src/", () => {
  // A word, case kept: "Kosovo", "Kosovo’s", but not "KosovoFacts" (a component) or "kosovo" (an id
  // or a path, which the checks above cover).
  const SUBJECT_NAME = new RegExp(
    `(?<![\\p{L}\\p{N}_])${escapeRegExp(SUBJECT.name)}(?![\\p{L}\\p{N}_])`,
    'u',
  );
  // What must stay, each with its reason. Anything else fails, so a new literal is caught.
  const ALLOWED: Record<string, string> = {
    // The export's schema (published as /data/schema.json, a public contract) describes fields named
    // after the subject (`kosovoMembership`, topic `kosovo`); its descriptions name it the same way,
    // and the schemas load in every context, without the editorial folder shared/subject.ts reads.
    'schemas/event.ts': 'schema description',
    'schemas/organisation.ts': 'schema description',
    'schemas/position.ts': 'schema description',
    'schemas/report.ts': 'schema description',
    'schemas/state.ts': 'schema description',
  };

  /** The subject's name in the literals of `files` (strings, templates, template text, attributes). */
  function subjectNameOffenders(files: string[]): string[] {
    return files.flatMap((file) =>
      literalsOf(file)
        .filter(({ text }) => SUBJECT_NAME.test(text))
        .map(
          ({ line, text }) => `src/${file}:${line}: ${JSON.stringify(text.trim().slice(0, 80))}`,
        ),
    );
  }

  it('the check finds the name in strings, templates, template text and attributes, not in names', () => {
    const code =
      "const a = 'Kosovo';\nconst b = `x ${y} Kosovo’s`;\nconst c = KosovoFacts;\nconst d = 'kosovo';\n// Kosovo\nconst e = `${SUBJECT.name}`;";
    expect(
      tsLiterals(code)
        .filter((l) => SUBJECT_NAME.test(l.text))
        .map((l) => l.line),
    ).toEqual([1, 2]);
    const astro =
      '---\nimport KosovoFacts from "./KosovoFacts.astro";\n---\n<p title="Kosovo map">About Kosovo</p>\n<KosovoFacts />\n<h1>{SUBJECT.name}</h1>';
    expect(
      astroLiterals(astro)
        .filter((l) => SUBJECT_NAME.test(l.text))
        .map((l) => `${l.line}:${l.text}`),
    ).toEqual(['4:Kosovo map', '4:About Kosovo']);
    expect(SUBJECT.name).toBe('Kosovo');
  });

  it('no file of src/ writes it, apart from the allowed ones', () => {
    expect(subjectNameOffenders(sourceFiles.filter((f) => !(f in ALLOWED)))).toEqual([]);
  });

  it('every allowed file still needs its allowance', () => {
    for (const file of Object.keys(ALLOWED))
      expect(subjectNameOffenders([file]).length, file).toBeGreaterThan(0);
  });
});
