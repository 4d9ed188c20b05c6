// `npm test`: the whole suite, in the order that fails fastest.
// 1. Chromium's headless shell for the browser checks and Java for the HTML checker (from Debian when missing and we are root);
// 2. two lanes at once (each step mostly one process on one core, and the machines have two):
//    - unit tests and content integrity (Vitest, no build), the type check, the production build of
//      the real site (content check + astro build + Pagefind + phrase breaks and CSP), textlint over
//      the Japanese content;
//    - ESLint with the assertion budget, the workflows (actionlint), then the fixtures, each built
//      in a scratch copy: broken content must fail the build, an over-budget page the budgets;
// 3. the built site in Chromium: every page with axe, console, requests, head tags.
import { spawnSync } from 'node:child_process';
import { runNode } from './lib/process.ts';
import { existsSync } from 'node:fs';
import { chromiumPath, hasHeadlessShell } from './lib/browser.ts';

// How long each step took, printed at the end: where the suite's time goes, run after run.
const timings: Array<[string, number]> = [];
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(0).padStart(5)} s`;
function printTimings() {
  console.log(`\n${timings.map(([title, ms]) => `${seconds(ms)}  ${title}`).join('\n')}\n${seconds(performance.now() - started)}  in all`);
}

/** Stops the suite at a failed step, with the times so far. */
function fail(title: string, code: number | string | null): never {
  console.error(`\n${title} failed (exit ${code}).`);
  printTimings();
  process.exit(typeof code === 'number' ? code : 1);
}

/** Runs one command, recording its time; true when it succeeded. */
function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const begun = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push([title, performance.now() - begun]);
  return result.status === 0 ? true : (result.status ?? result.signal);
}

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = run(title, command, args, env);
  if (result !== true) fail(title, result);
}

/**
 * Node programs in lanes: the steps of a lane one after another, the lanes at the same time. What
 * each step prints is held and shown whole, in order, when all lanes are done; the first failure
 * (in that order) stops the suite.
 */
async function lanes(steps: Array<Array<[title: string, args: string[], env?: NodeJS.ProcessEnv]>>) {
  const results = await Promise.all(
    steps.map(async (lane) => {
      const ran: Array<{ title: string; code: number; output: string; ms: number }> = [];
      for (const [title, args, env] of lane) {
        const result = await runNode(args, { env: { ...process.env, FORCE_COLOR: '1', ...env } });
        ran.push({ title, ...result });
        if (result.code !== 0) break;
      }
      return ran;
    }),
  );
  const failed = results.flat().find((r) => r.code !== 0);
  for (const { title, output, ms } of results.flat()) {
    console.log(`\n=== ${title} ===\n${output.trimEnd()}`);
    timings.push([title, ms]);
  }
  if (failed) fail(failed.title, failed.code);
}

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * Chromium's headless shell (browser tests) and Java (the Nu HTML Checker), from Debian when missing
 * and we are root. A full Chromium already there will do when the shell cannot be installed (no
 * network, not root): the checks are the same, only slower.
 */
function ensureBrowserAndJava() {
  const browser = process.env.CHROMIUM_PATH || hasHeadlessShell() ? [] : ['chromium-headless-shell', 'fonts-noto-cjk'];
  const missing = [...browser, ...(hasJava() ? [] : ['default-jre-headless'])];
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages ${missing.join(', ')} …`);
    if (run('apt-get update', 'apt-get', ['update', '-q']) === true) {
      run('apt-get install', 'apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { DEBIAN_FRONTEND: 'noninteractive' });
    }
  }
  if (chromiumPath() && hasJava()) {
    if (!process.env.CHROMIUM_PATH && !hasHeadlessShell()) console.warn(`Chromium's headless shell is missing: the browser checks run in ${chromiumPath()}, more slowly.`);
    return;
  }
  console.error(
    'Chromium (browser tests) and Java (HTML checker) are needed and were not both found.\n' +
      'Install them with:  sudo apt-get install -y chromium-headless-shell fonts-noto-cjk default-jre-headless\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}

const node = process.execPath;
const vitest = 'node_modules/vitest/vitest.mjs';
ensureBrowserAndJava();
await lanes([
  // One lane per core. The type check and the build both write .astro/ in the project, so they
  // share a lane; the fixtures build in scratch copies of their own (.scratch/), beside it.
  [
    ['Unit and content tests', [vitest, 'run', '--project', 'unit']],
    ['Type check (astro check, TypeScript strict)', ['node_modules/astro/bin/astro.mjs', 'check']],
    ['Build (no warning allowed)', ['scripts/build.ts'], { BUILD_NO_WARNINGS: '1' }],
    ['Japanese prose (textlint over content/**/ja)', ['node_modules/textlint/bin/textlint.js', 'content/**/ja/**/*.{md,mdx}']],
  ],
  [
    ['Lint (ESLint)', ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']],
    ['Assertion budget (src/)', ['--disable-warning=ExperimentalWarning', 'scripts/count-assertions.ts']],
    ['Workflows (actionlint)', ['--disable-warning=ExperimentalWarning', 'scripts/lint-workflows.ts']],
    ['Fixtures (broken content, over-budget page)', [vitest, 'run', '--project', 'build']],
  ],
]);
step('Browser checks', node, [vitest, 'run', '--project', 'e2e']);
printTimings();
console.log('\nAll tests passed.');
