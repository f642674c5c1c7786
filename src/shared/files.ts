/** Listing a built site or a content folder (Node only: the browser code must not import this). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as POSIX paths relative to it, sorted so reports and hashes are stable. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}
