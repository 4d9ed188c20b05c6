/**
 * Each folder in test/fixtures/broken-content/ breaks the content in one way: its case.json holds
 * small `edits` to apply (see applyEdits in scripts/lib/scratch.ts) and/or an `overlay/` folder of
 * files to lay over the project. The suite makes a scratch copy (never touching the real content/),
 * breaks it, runs the real build and asserts that it fails with a message naming the file and the
 * field (`expect`: regular expressions the output must match); where the fixture states `problems`,
 * with exactly that many (1: one mistake, one message, nothing else blamed along with it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, scratchCopy, type ScratchEdit } from '../../scripts/lib/scratch.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/broken-content');

describe.each(readdirSync(fixtures).sort())('broken content: %s', (name) => {
  const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as { description: string; expect: string[]; problems?: number; edits?: ScratchEdit[] };

  it(spec.description, () => {
    const dir = scratchCopy('broken-');
    try {
      if (existsSync(join(fixtures, name, 'overlay'))) cpSync(join(fixtures, name, 'overlay'), dir, { recursive: true });
      applyEdits(dir, spec.edits ?? []);
      const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, 'the build must fail').not.toBe(0);
      for (const pattern of spec.expect) expect(output).toMatch(new RegExp(pattern));
      const count = output.match(/Content check failed \((\d+) problems?\)/);
      if (spec.problems !== undefined) expect(Number(count?.[1]), `the number of problems, found:\n${output}`).toBe(spec.problems);
      // The real project is untouched.
      expect(existsSync(join(root, 'content/news/ja/2020-01-01-fixture.md'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
