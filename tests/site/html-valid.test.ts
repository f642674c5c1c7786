import path from 'node:path';
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles, repoRoot } from './builtSite';

beforeAll(() => assertBuilt());

// .htmlvalidate.json: the recommended and document presets, with one change — SRI is required only
// on cross-origin resources (the site loads none); its own hashed /_astro/ and /pagefind/ files come
// from the same host as the page, where an integrity hash adds nothing.
// The config is read from the repository root explicitly: the build under test may live outside
// the tree (ATLAS_OUT_DIR), where html-validate's own config search would not find it.
const config = JSON.parse(
  readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('valid HTML', () => {
  it('html-validate reports no errors over dist/', async () => {
    const errors: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(path.join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          // severity 2 = error; warnings are style advice and do not fail the build.
          if (message.severity === 2) {
            errors.push(
              `${file}:${message.line}:${message.column} ${message.ruleId} ${message.selector ?? ''} — ${message.message}`,
            );
          }
        }
      }
    }
    expect(errors.slice(0, 200), `${errors.length} errors`).toEqual([]);
  });
});
