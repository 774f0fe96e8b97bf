import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The repository root (the folder whose package.json declares the workspaces), found by
 * walking up from this file, so paths resolve the same under tsx, vitest and a build.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) {
      cached = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('Cannot find the project root (a package.json with "workspaces") above ' + import.meta.url);
}
