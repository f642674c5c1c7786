/**
 * Sets each built page's Content-Security-Policy hashes to those of its own inline scripts and
 * styles (see withInlineHashes), so no page needs 'unsafe-inline' and none allows another's code.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withInlineHashes } from '../shared/csp';
import { listFiles } from '../shared/files';

export default function inlineHashes(): AstroIntegration {
  return {
    name: 'atlas:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
        let completed = 0;
        for (const page of pages) {
          const file = path.join(outDir, page);
          const html = await readFile(file, 'utf8');
          const hashed = withInlineHashes(html);
          if (hashed !== html) {
            await writeFile(file, hashed);
            completed += 1;
          }
        }
        logger.info(
          `inline script and style hashes set in the policy of ${completed} of ${pages.length} pages`,
        );
      },
    },
  };
}
