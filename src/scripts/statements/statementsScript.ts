/**
 * The statements' enhancements (enhance.ts) as one plain script, built at build time (Node) and
 * served as /statements.js (src/pages/statements.js.ts): transpiled by TypeScript, comments and
 * indentation dropped, run against `window`.
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
