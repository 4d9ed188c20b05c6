/**
 * `<Fig metric x series>` and `<MetricChart id>` in MDX name a dataset and a point that exist,
 * checked here, before the build, with the file and line and what the dataset offers; rendering
 * would otherwise fail inside `astro build` with a route and a stack trace. A dataset that failed
 * its own check is reported there only (`present` holds it, `datasets` does not).
 */
import type { EntryParts, Problem } from './entry';
import { withoutCode } from './bodies';

interface Dataset {
  id: string;
  points: Array<{ x: string; series?: string }>;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value])); // both groups take part
const listed = (values: string[]) => [...new Set(values)].map((v) => `"${v}"`).join(', ');

export function checkFigureProps(entries: EntryParts<'file' | 'body'>[], datasets: Dataset[], present: ReadonlySet<string>): Problem[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const problems: Problem[] = [];
  for (const e of entries.filter((x) => x.file.endsWith('.mdx'))) {
    const text = withoutCode(e.body);
    for (const m of text.matchAll(/<(Fig|MetricChart)\b[^>]*>/g)) {
      const field = `(body, line ${lineOf(text, m.index)})`;
      const a = attributes(m[0]);
      const id = m[1] === 'Fig' ? a.metric : a.id;
      const attr = m[1] === 'Fig' ? 'metric' : 'id';
      if (id === undefined) {
        problems.push({ file: e.file, field, message: `<${m[1]}> has no ${attr}="…": name a dataset of data/metrics/` });
        continue;
      }
      const d = byId.get(id);
      if (!d) {
        if (!present.has(id)) problems.push({ file: e.file, field, message: `<${m[1]} ${attr}="${id}"> names no dataset of data/metrics/ (datasets: ${listed(datasets.map((x) => x.id))})` });
        continue;
      }
      if (m[1] !== 'Fig') continue;
      if (a.x === undefined) {
        problems.push({ file: e.file, field, message: `<Fig metric="${id}"> has no x="…": its points are ${listed(d.points.map((p) => p.x))}` });
        continue;
      }
      if (d.points.some((p) => p.x === a.x && p.series === a.series)) continue;
      const atX = d.points.filter((p) => p.x === a.x);
      const noSeries = atX.length > 0 && atX.every((p) => p.series === undefined);
      const message = noSeries
        ? `<Fig metric="${id}" x="${a.x}" series="${a.series}"> names a series, but data/metrics/${id}.json has none: leave series out`
        : atX.length === 0
        ? `<Fig metric="${id}" x="${a.x}"> names a point data/metrics/${id}.json does not have: its points are ${listed(d.points.map((p) => p.x))}`
        : `<Fig metric="${id}" x="${a.x}"${a.series === undefined ? '' : ` series="${a.series}"`}> needs one of the series at that point: ${listed(atX.map((p) => p.series ?? '(none)'))}`;
      problems.push({ file: e.file, field, message });
    }
  }
  return problems;
}
