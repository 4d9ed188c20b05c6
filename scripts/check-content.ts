/**
 * The command line of the content check (src/lib/content/check/site.ts), run before every build
 * (scripts/build.ts): exits 1 with one line per problem, naming the file, the field and the value.
 * Data due for a check is listed as notes, which do not fail the build.
 * Loaded through Vite's module runner because src/ imports modules without file extensions, which
 * Node's own loader does not resolve.
 */
import { runnerImport } from 'vite';

const started = performance.now();
const { module: load } = await runnerImport<typeof import('../src/lib/content/check/site.ts')>('./src/lib/content/check/site.ts', { configFile: false, logLevel: 'error' });

const today = load.todayInJapan();
const site = load.loadSite();
const problems = load.siteProblems(site, today);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  console.error(load.checkFailedReport(problems));
  process.exit(1);
}
// One block, one line per item: the editors' desk reads exactly `due for a check: <file>: <why>`.
const due = load.reviewNotes(site, today);
if (due.length > 0) console.log(due.map((note) => `due for a check: ${note}`).join('\n'));
for (const note of load.toFillNotes(site)) console.log(`to fill before official mode: ${note}`);
console.log(`Content check passed in ${seconds} s: ${site.entries.length} entries, ${site.organizations.length} organizations, ${site.metrics.length} datasets, ${site.subsidyRules.length} subsidy rounds.`);
