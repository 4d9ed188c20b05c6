/**
 * Figures and marks in Markdown prose (`:fig{…}`, `:mark{…}`): the Markdown processor's plugin leaves
 * a placeholder, and SitePage splits the rendered HTML at the placeholders to render Fig and Mark.
 * Here: the plugin on the real processor (Sätteri, with directives on as Starlight sets them), the
 * placeholder's round trip, and the content check's rules for what an editor can get wrong.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { factDirectives } from '../../src/config/fact-directives.mjs';
import { factPlaceholder, hasFactPlaceholder, splitFacts } from '../../src/lib/content/facts-in-prose';
import { checkMarkup } from '../../src/lib/content/check/markup';
import { checkFigureProps } from '../../src/lib/content/check/figures-in-prose';
import { proseNumbers } from '../../src/lib/content/check/prose-numbers';
import { checkedEntry } from '../support/checked-entry';

const render = (markdown: string) => markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [factDirectives] }).html.trim();

describe('the Markdown processor', () => {
  it('turns a figure inside a Japanese sentence into a placeholder that keeps its attributes', () => {
    const html = render('ヴェスタス製の風車を:fig{metric="hibiki-wind-turbines" x="2026-01-09"}並べた発電所です。');
    expect(splitFacts(html)).toEqual(['<p>ヴェスタス製の風車を', { kind: 'fig', metric: 'hibiki-wind-turbines', x: '2026-01-09' }, '並べた発電所です。</p>']);
  });

  it('reads a series, the asOf flag and a mark in English prose', () => {
    const html = render('In 2021, :fig{metric="renewable-public-facilities" x="2021-06-24" series="city" asOf} had switched :mark{r="secondary"}.');
    expect(splitFacts(html).filter((p) => typeof p !== 'string')).toEqual([
      { kind: 'fig', metric: 'renewable-public-facilities', x: '2021-06-24', series: 'city', asOf: true },
      { kind: 'mark', r: 'secondary' },
    ]);
  });

  it('leaves other directives and plain colons alone', () => {
    expect(hasFactPlaceholder(render('Open 10:30, see :other{x="1"}.'))).toBe(false);
  });
});

describe('the placeholder', () => {
  it('cannot be closed by a value', () => {
    const html = factPlaceholder('fig', { metric: 'a-->b', x: '1' });
    expect(html.match(/-->/g)).toHaveLength(1);
    expect(splitFacts(html)).toEqual([{ kind: 'fig', metric: 'a-->b', x: '1' }]);
  });

  it('refuses a figure without its point, naming what it holds', () => {
    expect(() => splitFacts(`<p>${factPlaceholder('fig', { metric: 'consultations' })}</p>`)).toThrow(/not complete.*consultations/);
  });
});

describe('the content check on Markdown figures and marks', () => {
  const entry = (body: string) => ({ ...checkedEntry('projects', 'en', 'x', {}, body), file: 'content/projects/en/x.md' });
  const datasets = [{ id: 'consultations', points: [{ x: '2024-09' }] }];

  it('accepts a figure and a mark written as directives', () => {
    const e = entry('There were :fig{metric="consultations" x="2024-09"} :mark{r="unverified"}.');
    expect(checkMarkup([e], () => true)).toEqual([]);
    expect(checkFigureProps([e], datasets, new Set(['consultations']))).toEqual([]);
  });

  it('names a misspelt directive, a mark of no level, an unknown attribute and a missing point as written', () => {
    const problems = [
      ...checkMarkup([entry('A :fgi{metric="consultations" x="2024-09"} here.\n\nB :mark{r="reported"}.')], () => true),
      ...checkFigureProps([entry('C :fig{metric="consultations" x="2024-10"}.\n\nD :fig{metric="consultations" at="2024-09"}.')], datasets, new Set(['consultations'])),
    ].map((p) => `${p.field} ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^\(body, line 1\) has :fgi\{metric="consultations" x="2024-09"\}, which the site does not know/),
      expect.stringMatching(/^\(body, line 3\) has :mark\{r="reported"\}: a mark is :mark\{r="secondary"\}/),
      expect.stringMatching(/^\(body, line 1\) :fig\{metric="consultations" x="2024-10"\} names a point .* its points are "2024-09"/),
      expect.stringMatching(/^\(body, line 3\) :fig\{metric="consultations" at="2024-09"\} gives "at", which a figure does not take: its attributes are metric, x, series, asOf$/),
    ]);
  });

  it('names a directive an editor escaped, which would print as written', () => {
    const problems = checkMarkup([entry('There were \\:fig\\{metric="consultations" x="2024-09"\\}.')], () => true);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^has \\:fig…, escaped with a backslash/)]);
  });

  it('reads no figure or date in the attributes of a directive', () => {
    expect(proseNumbers('We counted :fig{metric="consultations" x="2024-09"} requests.', 'en')).toEqual([]);
  });
});
