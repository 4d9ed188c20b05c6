/**
 * Translation freshness in a real build: in a scratch copy, two English news items record the
 * Japanese version they were translated from (translatedFrom); then one Japanese twin changes.
 * The English page of the changed pair opens with one line, on an element with
 * data-translation="behind", linking to the Japanese page, and the desk lists it; the unchanged
 * pair shows nothing and is not listed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/plain-starlight.ts';
import { scratchCopy } from '../../scripts/lib/scratch.ts';
import { translationCode } from '../../src/lib/content/translation.ts';

const changed = '2020-09-base-port-designation';
const unchanged = '2020-10-29-zero-carbon-city';
let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** Records in the English file the code of its Japanese twin as it is now. */
function record(id: string) {
  const en = `content/news/en/${id}.md`;
  const code = translationCode(read(`content/news/ja/${id}.md`));
  writeFileSync(join(dir, en), read(en).replace(/\n---\n/, `\ntranslatedFrom: "${code}"\n---\n`));
}

beforeAll(async () => {
  dir = scratchCopy('translation-');
  record(changed);
  record(unchanged);
  const ja = `content/news/ja/${changed}.md`;
  writeFileSync(join(dir, ja), read(ja).replace('## 関連ページ', '西日本で唯一の指定です。\n\n## 関連ページ'));
  const build = await astroBuild(dir, ['scripts/build.ts']);
  if (build.code !== 0) throw new Error(`the build must pass:\n${build.output}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an English page whose Japanese twin changed after it was translated', () => {
  it('says so in one line at the top, linking to the Japanese page', () => {
    const html = read(`dist/en/news/${changed}/index.html`);
    const notices = [...html.matchAll(/<p[^>]*data-translation="behind"[^>]*>([\s\S]*?)<\/p>/g)];
    expect(notices).toHaveLength(1);
    expect(notices[0]![1]).toContain(`href="/news/${changed}/"`);
    // At the top: before the item's own text.
    expect(html.indexOf('data-translation="behind"')).toBeLessThan(html.indexOf('What happened'));
  });

  it('is listed on the desk with the code to record, and the unchanged pair is not', () => {
    const desk = read('dist/admin/desk/index.html');
    const behind = desk.match(/<ul data-desk="behind"[^>]*>([\s\S]*?)<\/ul>/)![1]!;
    expect(behind).toContain(`content/news/en/${changed}.md`);
    expect(behind).toContain(translationCode(read(`content/news/ja/${changed}.md`)));
    expect(behind).not.toContain(unchanged);
  });
});

describe('an English page translated from the Japanese as it is', () => {
  it('shows no notice, nor does any Japanese page', () => {
    expect(read(`dist/en/news/${unchanged}/index.html`)).not.toContain('data-translation="');
    expect(read(`dist/news/${changed}/index.html`)).not.toContain('data-translation="');
  });
});
