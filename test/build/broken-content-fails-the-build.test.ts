/**
 * Each folder in test/fixtures/broken-content/ breaks the content in one way: its case.json holds
 * small `edits` to apply (see applyEdits in scripts/lib/scratch.ts) and/or an `overlay/` folder of
 * files to lay over the project. The suite breaks a scratch copy of content/ and data/ (never the
 * real ones) and asserts that the content check fails with a message naming the file and the field
 * (`expect`: regular expressions the report must match); where the fixture states `problems`, with
 * exactly that many (1: one mistake, one message, nothing else blamed along with it).
 *
 * The content check is the build's first step (scripts/build.ts runs scripts/check-content.ts,
 * which prints `checkFailedReport`). The fixtures call the same functions in this process, which
 * takes a fraction of a second each instead of a Node start and a Vite module runner per fixture;
 * one fixture still goes through the real build, to prove that the build stops on it with the same
 * report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, scratchCopy, scratchDir, type ScratchEdit } from '../../scripts/lib/scratch.ts';
import { checkFailedReport, loadSite, siteProblems, todayInJapan } from '../../src/lib/content/check/site.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/broken-content');
type Case = { description: string; expect: string[]; problems?: number; edits?: ScratchEdit[] };
const cases = readdirSync(fixtures)
  .sort()
  .map((name) => ({ name, spec: JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case }));

// What the content check reads: content/ and data/ are copied (the fixtures change them); the
// rest it only reads (src/pages for the routes, public/ for linked files) and is linked.
const copied = ['content', 'data'];
const linked = ['src', 'public'];
const scratches: string[] = [];
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

function broken(name: string, spec: Case): string {
  const dir = scratchDir('broken-');
  scratches.push(dir);
  for (const part of copied) cpSync(join(root, part), join(dir, part), { recursive: true });
  for (const part of linked) symlinkSync(join(root, part), join(dir, part));
  if (existsSync(join(fixtures, name, 'overlay'))) cpSync(join(fixtures, name, 'overlay'), dir, { recursive: true });
  applyEdits(dir, spec.edits ?? []);
  return dir;
}

function expectReport(report: string, spec: Case) {
  for (const pattern of spec.expect) expect(report).toMatch(new RegExp(pattern));
  const count = report.match(/Content check failed \((\d+) problems?\)/);
  if (spec.problems !== undefined) expect(Number(count?.[1]), `the number of problems, found:\n${report}`).toBe(spec.problems);
}

describe.each(cases)('broken content: $name', ({ name, spec }) => {
  it(spec.description, () => {
    const dir = broken(name, spec);
    const problems = siteProblems(loadSite(dir), todayInJapan(), dir);
    expect(problems.length, 'the content check must fail').toBeGreaterThan(0);
    expectReport(checkFailedReport(problems), spec);
    // The real project is untouched.
    expect(existsSync(join(root, 'content/news/ja/2020-01-01-fixture.md'))).toBe(false);
  });
});

describe('the build', () => {
  it('stops at the content check with the same report and nothing else, and leaves nothing built', () => {
    const { name, spec } = cases.find((c) => c.name === 'source-id-unknown') ?? cases[0]!;
    const dir = scratchCopy('broken-build-');
    scratches.push(dir);
    if (existsSync(join(fixtures, name, 'overlay'))) cpSync(join(fixtures, name, 'overlay'), dir, { recursive: true });
    applyEdits(dir, spec.edits ?? []);
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(result.status, 'the build must fail').not.toBe(0);
    expectReport(`${result.stdout}\n${result.stderr}`, spec);
    // Astro's build, started beside the check (scripts/build.ts), is stopped and its output not shown.
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\[(build|content|vite)\]/);
    expect(existsSync(join(dir, 'dist')), 'nothing is built').toBe(false);
  });
});
