// `npm test`: the whole suite, in the order that fails fastest.
// 1. Chromium for the browser checks (installed from Debian when missing and we are root);
// 2. unit tests and content integrity (Vitest, no build), then the type check;
// 3. the production build of the real site (content check + astro build + Pagefind);
// 4. fixtures, each built in a scratch copy: broken content must fail the build, an over-budget page the budgets;
// 5. the built site in Chromium: every page with axe, console, requests, head tags.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk …');
    step('apt-get update', 'apt-get', ['update', '-q']);
    step('apt-get install', 'apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    if (chromiumPath()) return;
  }
  console.error(
    'Chromium is needed for the browser tests and was not found.\n' +
      'Install it with:  sudo apt-get install -y chromium fonts-noto-cjk\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}

const node = process.execPath;
const vitest = 'node_modules/vitest/vitest.mjs';
ensureChromium();
step('Unit and content tests', node, [vitest, 'run', '--project', 'unit']);
step('Type check (astro check, TypeScript strict)', node, ['node_modules/astro/bin/astro.mjs', 'check']);
step('Build', node, ['scripts/build.mjs']);
step('Fixtures (broken content, over-budget page)', node, [vitest, 'run', '--project', 'build']);
step('Browser checks', node, [vitest, 'run', '--project', 'e2e']);
console.log('\nAll tests passed.');
