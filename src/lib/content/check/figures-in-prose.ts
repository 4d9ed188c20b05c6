/**
 * `:fig{metric x series}` in Markdown, `<Fig metric x series>` and `<MetricChart id>` in MDX name a
 * dataset and a point that exist,
 * checked here, before the build, with the file and line and what the dataset offers; rendering
 * would otherwise fail inside `astro build` with a route and a stack trace. A dataset that failed
 * its own check is reported there only (`present` holds it, `datasets` does not).
 */
import type { EntryParts, Problem } from './entry';
import { withoutCode } from './bodies';
import { factAttributes } from '../facts-in-prose';

interface Dataset {
  id: string;
  points: Array<{ x: string; series?: string }>;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
// The attributes after the tag's or directive's name (`<Fig `, `:fig{`); `asOf` is a flag, written without a value.
const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.replace(/^(?:<\w+|:\w+\{)/, '').matchAll(/([A-Za-z]+)(?:="([^"]*)")?(?=[\s}/>])/g)].map(([, name = '', value = '']) => [name, value]));
const figAttributes: readonly string[] = factAttributes.fig;
const listed = (values: string[]) => [...new Set(values)].map((v) => `"${v}"`).join(', ');

export function checkFigureProps(entries: EntryParts<'file' | 'body'>[], datasets: Dataset[], present: ReadonlySet<string>): Problem[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const problems: Problem[] = [];
  for (const e of entries) {
    const mdx = e.file.endsWith('.mdx');
    const text = withoutCode(e.body);
    // As the file writes it: <Fig metric="…"> in MDX, :fig{metric="…"} in Markdown.
    const shown = (name: string, attrs: string) => (mdx ? `<${name}${attrs ? ` ${attrs}` : ''}>` : `:fig{${attrs}}`);
    const pattern = mdx ? /<(Fig|MetricChart)\b[^>]*>/g : /:(fig)\{[^}\n]*\}?/g;
    for (const m of text.matchAll(pattern)) {
      const field = `(body, line ${lineOf(text, m.index)})`;
      const name = m[1] === 'MetricChart' ? 'MetricChart' : 'Fig';
      const a = attributes(m[0]);
      const id = name === 'Fig' ? a.metric : a.id;
      const attr = name === 'Fig' ? 'metric' : 'id';
      if (!mdx && !m[0].endsWith('}')) {
        problems.push({ file: e.file, field, message: `leaves ${m[0].slice(0, 40)} open: close it with }, as in :fig{metric="consultations" x="2024-09"}` });
        continue;
      }
      const unknown = Object.keys(a).filter((k) => !figAttributes.includes(k));
      if (name === 'Fig' && unknown.length > 0) {
        problems.push({ file: e.file, field, message: `${m[0]} gives ${unknown.map((k) => `"${k}"`).join(', ')}, which a figure does not take: its attributes are ${factAttributes.fig.join(', ')}` });
        continue;
      }
      if (id === undefined) {
        problems.push({ file: e.file, field, message: `${shown(name, '')} has no ${attr}="…": name a dataset of data/metrics/` });
        continue;
      }
      const d = byId.get(id);
      if (!d) {
        if (!present.has(id)) problems.push({ file: e.file, field, message: `${shown(name, `${attr}="${id}"`)} names no dataset of data/metrics/ (datasets: ${listed(datasets.map((x) => x.id))})` });
        continue;
      }
      if (name !== 'Fig') continue;
      if (a.x === undefined) {
        problems.push({ file: e.file, field, message: `${shown(name, `metric="${id}"`)} has no x="…": its points are ${listed(d.points.map((p) => p.x))}` });
        continue;
      }
      if (d.points.some((p) => p.x === a.x && p.series === a.series)) continue;
      const atX = d.points.filter((p) => p.x === a.x);
      const noSeries = atX.length > 0 && atX.every((p) => p.series === undefined);
      const message = noSeries
        ? `${shown(name, `metric="${id}" x="${a.x}" series="${a.series}"`)} names a series, but data/metrics/${id}.json has none: leave series out`
        : atX.length === 0
        ? `${shown(name, `metric="${id}" x="${a.x}"`)} names a point data/metrics/${id}.json does not have: its points are ${listed(d.points.map((p) => p.x))}`
        : `${shown(name, `metric="${id}" x="${a.x}"${a.series === undefined ? '' : ` series="${a.series}"`}`)} needs one of the series at that point: ${listed(atX.map((p) => p.series ?? '(none)'))}`;
      problems.push({ file: e.file, field, message });
    }
  }
  return problems;
}
