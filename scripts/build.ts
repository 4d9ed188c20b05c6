// The build: the content check, and beside it `astro build` (which also builds the Pagefind index and
// finishes the pages: phrase breaks and the CSP, src/config/finish-pages.mjs). Astro only logs a
// broken reference or a failed page as "[ERROR]" in some cases and still exits 0, so any [ERROR] line
// in its output fails the build here, and so does a content-layer [WARN].
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './lib/process.ts';

// Resolved like any package, so that a scratch copy inside the project finds the project's node_modules.
const astroBin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');

// The content check and `astro build` start together: the check is one process on one core and
// the build mostly uses the other, so on two cores the check adds no time (at ×50 it takes 6 s of a
// 85 s build; `npm run bench`). What the build prints is held until the check has passed; a failed
// check stops the build, and only the check's report is shown.
const stop = new AbortController();
let held: Array<[Buffer, 'stdout' | 'stderr']> | undefined = [];
const building = runNode([astroBin, 'build', ...process.argv.slice(2)], {
  signal: stop.signal,
  onChunk: (chunk, stream) => (held ? held.push([chunk, stream]) : process[stream].write(chunk)),
});
const check = await runNode(['scripts/check-content.ts'], { echo: true });
if (check.code !== 0) {
  // Nothing half built is left to publish or preview.
  stop.abort();
  await building;
  rmSync(join(process.cwd(), 'dist'), { recursive: true, force: true });
  process.exit(check.code);
}
for (const [chunk, stream] of held) process[stream].write(chunk);
held = undefined;

const build = await building;
if (build.code !== 0) process.exit(build.code);
// A warning from the content layer (a duplicate id, an empty or unreadable collection) means a page
// is missing or the wrong file is published: it fails the build too. The log is otherwise quiet, so
// any other warning is seen (known noise is silenced at its source, see astro.config.mjs); `npm test`
// sets BUILD_NO_WARNINGS=1, so that a new warning of any kind fails the suite until someone reads it.
const warning = process.env.BUILD_NO_WARNINGS === '1' ? /\[WARN\]/ : /\[WARN\].*(\[(content|glob-loader|file-loader)\]|[Dd]uplicate)/;
const errors = build.output.split('\n').filter((line) => line.includes('[ERROR]') || warning.test(line));
if (errors.length > 0) {
  console.error(`\nBuild logged ${errors.length} error(s); failing:\n${errors.join('\n')}`);
  process.exit(1);
}
