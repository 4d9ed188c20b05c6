/**
 * Runs before every build, after the content check (scripts/build.mjs): fails, naming file and
 * line, when prose types a number that a dataset holds instead of using <Fig />, or when the
 * Japanese and English twins state different numbers (rules in src/lib/content/prose-figures.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProseProblems, proseFigureProblems, type DatasetPoint, type ProseFile } from '../src/lib/content/prose-figures.ts';

const root = process.cwd();
const files: ProseFile[] = [];
for (const collection of readdirSync(join(root, 'content'))) {
  for (const lang of ['ja', 'en']) {
    const dir = join('content', collection, lang);
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (/\.mdx?$/.test(name)) files.push({ file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
    }
  }
}
const points: DatasetPoint[] = readdirSync(join(root, 'data/metrics'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    // Shape only; the datasets' schema is checked by the build.
    const m = JSON.parse(readFileSync(join(root, 'data/metrics', f), 'utf8')) as { id: string; title: DatasetPoint['title']; unit: DatasetPoint['unit']; points: Array<{ x: string; series?: string; value: number }> };
    return m.points.map((p) => ({ metric: m.id, x: p.x, series: p.series, value: p.value, unit: m.unit, title: m.title }));
  });

const problems = proseFigureProblems(files, points);
if (problems.length > 0) {
  console.error(`Prose check failed (${problems.length}):\n${formatProseProblems(problems)}`);
  process.exit(1);
}
console.log(`Prose check passed: ${files.length} files, ${points.length} dataset points.`);
