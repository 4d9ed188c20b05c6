import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('the real content types no dataset figure and its twins state the same numbers', () => {
  const result = spawnSync(process.execPath, ['scripts/check-prose.ts'], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/Prose check passed: \d+ files/);
});
