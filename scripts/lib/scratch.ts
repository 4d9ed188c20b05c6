/**
 * A copy of the project under .scratch/ (git-ignored), for builds that must not touch the real
 * content/: broken-content fixtures, the budget fixture, the synthetic sites of `npm run bench`.
 * It lives inside the project so that Node and Vite find the project's node_modules by walking up;
 * a symlinked node_modules breaks Astro's compiler.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

/**
 * A small change to a scratch copy, as a fixture states it (test/fixtures/*\/case.json `edits`),
 * so that a fixture holds only what it breaks instead of a drifting copy of a whole file:
 * - `{ file, json: "factors.1.factor", value }`: set a value in a JSON file (a path of keys/indexes);
 * - `{ file, replace, with }`: replace the first occurrence of a text (it must occur);
 * - `{ file, write }`: write a whole (new) file;
 * - `{ file, copyOf }`: copy another file of the project;
 * - `{ file, renameTo }`: move a file, as an editor renames one.
 */
export type ScratchEdit =
  | { file: string; json: string; value: unknown }
  | { file: string; replace: string; with: string }
  | { file: string; write: string }
  | { file: string; copyOf: string }
  | { file: string; renameTo: string };

export function applyEdits(dir: string, edits: ScratchEdit[]): void {
  for (const edit of edits) {
    const target = join(dir, edit.file);
    mkdirSync(dirname(target), { recursive: true });
    if ('renameTo' in edit) renameSync(target, join(dir, edit.renameTo));
    else if ('write' in edit) writeFileSync(target, edit.write);
    else if ('copyOf' in edit) cpSync(join(dir, edit.copyOf), target);
    else if ('replace' in edit) {
      const text = readFileSync(target, 'utf8');
      if (!text.includes(edit.replace)) throw new Error(`fixture edit: "${edit.replace}" is not in ${edit.file}`);
      writeFileSync(target, text.replace(edit.replace, edit.with));
    } else {
      const data: unknown = JSON.parse(readFileSync(target, 'utf8'));
      const keys = edit.json.split('.');
      let node = data as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
      if (node === undefined || node === null) throw new Error(`fixture edit: no "${edit.json}" in ${edit.file}`);
      node[keys.at(-1) ?? edit.json] = edit.value;
      writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
    }
  }
}
