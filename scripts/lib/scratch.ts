/**
 * A copy of the project under .scratch/ (git-ignored), for builds that must not touch the real
 * content/: broken-content fixtures, the budget fixture, the synthetic sites of `npm run bench`.
 * It lives inside the project so that Node and Vite find the project's node_modules by walking up;
 * a symlinked node_modules breaks Astro's compiler.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', '.scratch', 'test', 'test-results']);

/** A fresh scratch folder named `<prefix>XXXXXX`. */
export function scratchDir(prefix: string): string {
  mkdirSync(join(projectRoot, '.scratch'), { recursive: true });
  return mkdtempSync(join(projectRoot, '.scratch', prefix));
}

/** A scratch copy of the project's sources (no tests, no build output). */
export function scratchCopy(prefix: string): string {
  const dir = scratchDir(prefix);
  for (const name of readdirSync(projectRoot)) {
    if (!skip.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  return dir;
}
