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
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2020,
      removeComments: true,
    },
  });
  // The module has no imports; its `export` keywords go, so its functions are local to one
  // closure. Line breaks stay, so automatic semicolons are unchanged.
  const body = outputText.replace(/^\s+/gm, '').replace(/^export\s+/gm, '');
  return `(() => {\n${body}\nenhanceStatements(window);\n})();`;
}
