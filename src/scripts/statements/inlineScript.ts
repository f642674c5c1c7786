/**
 * The statements' enhancements (enhance.ts) as one inline script, built when a page is rendered
 * (Node): transpiled by TypeScript, comments and indentation dropped, run against `window`. An
 * inline script needs no file request, and the build hashes it into the page's CSP.
 */
import ts from 'typescript';
import source from './enhance.ts?raw';

let script: string | undefined;

export function enhanceStatementsScript(): string {
  script ??= build();
  return script;
}

function build(): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      removeComments: true,
    },
  });
  // The module's exports land on a local object; line breaks stay, so automatic semicolons are
  // unchanged.
  const body = outputText.replace(/^\s+/gm, '');
  return `(() => {\nconst exports = {};\n${body}\nexports.enhanceStatements(window);\n})();`;
}
