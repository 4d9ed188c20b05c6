/**
 * The editors' CMS at /admin/ driven in Chromium on its local backend:
 * - a bilingual news item made through the form (its source picked from the source registry), and a
 *   point added to a metric dataset (its source added to the dataset from the registry), are written
 *   as a developer writes them and pass the content check;
 * - a blank title and a `javascript:` address are refused in the form, naming the field; a point
 *   dated in the future is refused by the content check, naming file and field; in each case nothing
 *   else in the picked folder's content/ and data/ changes;
 * - one real build (scripts/build.ts) of a scratch copy holding what the CMS wrote shows the item on
 *   /news/ and its own page, and the point on the /metrics/ card and the dataset page, in both
 *   languages.
 * The file takes 110 to 140 s on the shared two-core machine, about half of it the one build.
 *
 * Sveltia CMS's local backend opens the working tree with the File System Access API
 * (showDirectoryPicker), whose folder dialog headless Chromium cannot answer. The test therefore
 * copies content/ and data/ into the browser's origin-private file system (a real
 * FileSystemDirectoryHandle, as the picker returns) and hands that folder to the CMS as the picked
 * one; afterwards it reads what the CMS wrote there and runs the content check on those files in a
 * scratch copy of the project. Everything else (the page, the generated configuration, the form,
 * the saving) is what an editor uses in Chrome with `npm run edit`.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CORE_SCHEMA, load as yaml } from 'js-yaml';
import { projectRoot, scratchCopy } from '../../scripts/lib/scratch.ts';
import { astroBuild } from '../../scripts/lib/plain-starlight.ts';
import { formatProblems, loadSite, siteProblems } from '../../src/lib/content/check/site.ts';
import { formatDate, todayInJapan } from '../../src/lib/dates.ts';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
let page: Page;
const today = todayInJapan();
const newsId = `${today}-editor-test`;
const dataset = 'data/metrics/population.json';
/** A source of the registry that the dataset does not cite yet. */
const addedSource = 'city-press-2024-11-13';
/** One scratch copy of the project for the content checks and the build. */
let scratch: string;
/** What the CMS wrote, kept for the build. */
const wrote: Record<string, string> = {};

function repoFiles(): Array<{ path: string; text: string }> {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(projectRoot, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(join(projectRoot, rel)).isDirectory()) walk(rel);
      else files.push({ path: rel, text: readFileSync(join(projectRoot, rel), 'utf8') });
    }
  };
  walk('content');
  walk('data');
  // The CMS checks that the picked folder is a repository's root.
  files.push({ path: '.git/HEAD', text: 'ref: refs/heads/main\n' });
  return files;
}

/** The frontmatter as the content check reads it (dates as text, as written). */
const frontmatter = (file: string) => yaml(file.match(/^---\n([\s\S]*?)\n---\n/)![1]!, { schema: CORE_SCHEMA });

/** A file as the CMS left it in the picked folder, or undefined. */
const written = (path: string) =>
  page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    try {
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);

/** Every file under content/ and data/ of the picked folder, by path, with its text. */
const pickedFolder = () =>
  page.evaluate(async () => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, path: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${path}${name}/`);
        else files[`${path}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    const root = await navigator.storage.getDirectory();
    for (const top of ['content', 'data']) await walk(await root.getDirectoryHandle(top), `${top}/`);
    return files;
  });

/** The paths whose text differs between two states of the picked folder (added, removed or changed). */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((p) => before[p] !== after[p]).sort();
}

/** The content check on the scratch copy with these files written into it. */
function check(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(scratch, path), text);
  return formatProblems(siteProblems(loadSite(scratch), today, scratch));
}

/** The group of the form field labelled `label` (Sveltia names it 「label」フィールド, with bidi isolates). */
const field = (scope: Page | Locator, label: string) => scope.getByRole('group', { name: new RegExp(`「.?${label}.?」フィールド`) });

/** Leaves the entry without saving, as an editor does after a refusal. */
async function leave() {
  await page.getByRole('button', { name: '編集をキャンセル' }).click();
  const discard = page.getByRole('button', { name: /破棄|閉じる|OK/ });
  if (await discard.count()) await discard.first().click();
}

/** Scrolls the form until `target` is there: Sveltia renders a long form's fields as they come into view. */
async function reveal(target: Locator): Promise<Locator> {
  await page.mouse.move(300, 500);
  for (let i = 0; i < 60 && (await target.count()) === 0; i++) await page.mouse.wheel(0, 600);
  await target.first().scrollIntoViewIfNeeded();
  return target;
}

/** Opens the dataset and adds a point (x, value, its source's index, a note), as an editor does. */
async function addPoint(x: string, value: number, sourceIndex: number) {
  await page.goto(`${site.origin}/admin/#/collections/metrics/entries/population`);
  await page.getByRole('textbox', { name: 'ID' }).waitFor();
  const points = field(page, 'データの点');
  await (await reveal(points.getByRole('button', { name: /データの点.? を追加/ }))).click();
  // The CMS draws the list's points a few at a time as they scroll into view, so the last point
  // drawn is not always the new one: the new one is the point whose x is still empty, marked here.
  const items = points.getByRole('group').filter({ has: field(page, '時期・区分（x）') });
  const markNew = () =>
    items.evaluateAll((groups) => {
      const empty = groups.filter((g) => g.classList.contains('item') && g.querySelector('input')?.value === '');
      if (empty.length === 1) empty[0]?.setAttribute('data-new-point', '');
      return empty.length;
    });
  await expect.poll(markNew, { timeout: 10_000 }).toBe(1);
  const point = points.locator('[data-new-point]');
  // Each field is revealed first: on a busy machine the CMS may not have drawn the point's lower
  // fields yet (CI once waited 30 s for 出典 here).
  await (await reveal(field(point, '時期・区分（x）').getByRole('textbox'))).fill(x);
  await (await reveal(field(point, '値').getByRole('spinbutton'))).fill(String(value));
  await (await reveal(field(point, '出典').getByRole('spinbutton'))).fill(String(sourceIndex));
  await (await reveal(field(point, '注記').getByRole('checkbox'))).check();
  await (await reveal(field(point, '日本語').getByRole('textbox'))).fill('編集画面のテストで加えた点です。');
  await (await reveal(field(point, '英語').getByRole('textbox'))).fill('A point added in the editor test.');
  await (await reveal(field(page, '時点').getByRole('textbox'))).fill(x);
}

beforeAll(async () => {
  scratch = scratchCopy('editor-');
  page = await site.context.newPage();
  await page.goto(`${site.origin}/admin/`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for (const f of files) {
      const parts = f.path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await w.write(f.text);
      await w.close();
    }
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => root;
  }, repoFiles());
  await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
  await page.getByText('ニュース・イベント').first().waitFor();
}, 120_000);

afterAll(async () => {
  await page?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the editor at /admin/, on the local backend', () => {
  it('opens in Japanese with the collections generated from the schemas', async () => {
    for (const name of ['ニュース・イベント', '補助金の回（規則）', 'データセット', '用語集', '組織', '出典の一覧']) {
      await expect.poll(() => page.getByRole('treeitem', { name: new RegExp(`^${name}`) }).isVisible(), { timeout: 10_000 }).toBe(true);
    }
  });

  it('writes a bilingual news item as a developer would, and the content check passes on it', async () => {
    await page.goto(`${site.origin}/admin/#/collections/news/new`);
    const ja = page.locator('.content-editor .pane').first();
    await page.getByRole('textbox', { name: 'スラッグ' }).fill(newsId);
    await ja.getByRole('textbox', { name: 'タイトル' }).first().fill('編集画面のテスト記事');
    await ja.getByRole('textbox', { name: '概要' }).fill('編集画面から書いた記事が、開発者の書くファイルと同じになることを確かめます。');
    await ja.getByRole('textbox', { name: '日付' }).fill(today);
    await ja.getByRole('radio', { name: 'コンソーシアム（consortium）' }).click();
    // Sources are cited by id, picked from the source registry.
    await ja.getByRole('combobox', { name: '出典' }).click();
    await page.getByRole('option').first().click();
    await ja.getByRole('textbox', { name: '最終確認日' }).fill(today);
    await ja.getByRole('textbox', { name: '本文' }).first().fill('編集画面から書いた本文です。');
    // The English twin, side by side.
    await page.getByRole('radio', { name: '英語' }).last().click();
    const en = page.locator('.content-editor .pane').nth(1);
    await en.getByRole('textbox', { name: 'タイトル' }).first().fill('A test item from the editor');
    await en.getByRole('textbox', { name: '概要' }).fill('Checks that an item written in the editor is the file a developer writes.');
    await en.getByRole('textbox', { name: '本文' }).first().fill('Body written in the editor.');
    await page.getByRole('button', { name: '保存' }).click();

    await expect.poll(() => written(`content/news/ja/${newsId}.md`), { timeout: 30_000 }).toBeDefined();
    const jaFile = (await written(`content/news/ja/${newsId}.md`))!;
    const enFile = (await written(`content/news/en/${newsId}.md`))!;
    // The keys, their order and the values a developer writes (YAML quoting aside).
    const registry = JSON.parse(readFileSync(join(projectRoot, 'data/sources.json'), 'utf8')) as Array<{ id: string }>;
    const source = (frontmatter(jaFile) as { sources: string[] }).sources[0]!;
    expect(registry.map((r) => r.id)).toContain(source);
    expect(frontmatter(jaFile)).toEqual({
      title: '編集画面のテスト記事',
      description: '編集画面から書いた記事が、開発者の書くファイルと同じになることを確かめます。',
      date: today, category: 'consortium', sources: [source], updated: today,
    });
    expect(frontmatter(enFile)).toEqual({
      title: 'A test item from the editor',
      description: 'Checks that an item written in the editor is the file a developer writes.',
      date: today, category: 'consortium', sources: [source], updated: today,
    });
    expect(jaFile.trim().endsWith('編集画面から書いた本文です。')).toBe(true);
    expect(enFile.trim().endsWith('Body written in the editor.')).toBe(true);

    wrote[`content/news/ja/${newsId}.md`] = jaFile;
    wrote[`content/news/en/${newsId}.md`] = enFile;
    expect(check(wrote)).toBe('');
    expect(loadSite(scratch).entries.filter((e) => e.id === newsId).map((e) => e.lang).sort()).toEqual(['en', 'ja']);
    // Nothing was written into the project itself.
    expect(readdirSync(join(projectRoot, 'content/news/ja'))).not.toContain(`${newsId}.md`);
  }, 120_000);

  it('adds a point to a dataset, its source added from the registry, as a developer would write it, and the check passes', async () => {
    const before = await pickedFolder();
    const original = JSON.parse(before[dataset]!) as { points: Array<Record<string, unknown>>; sources: string[]; asOf: string; lastChecked: Record<string, unknown> };
    await addPoint(today, 850000, original.sources.length);
    // The dataset cites the new point's source: picked from the registry, not typed.
    await (await reveal(field(page, '出典').last().getByRole('combobox'))).click();
    const option = page.getByRole('option', { name: new RegExp(addedSource) });
    await option.scrollIntoViewIfNeeded();
    await option.click();
    // Looked at today and a newer figure added: the check refuses a point after the last check's date.
    const checked = await reveal(field(page, '最終確認日'));
    await field(checked, '日付').getByRole('textbox').fill(today);
    await checked.getByRole('radio', { name: '新しい数値・規則を加えた（newer-added）' }).check();
    await field(checked, '注記').getByRole('textbox').fill('Editor test: a point added.');
    await page.getByRole('button', { name: '保存' }).click();

    await expect.poll(async () => (await written(dataset)) !== before[dataset], { timeout: 30_000 }).toBe(true);
    const after = await pickedFolder();
    expect(changed(before, after)).toEqual([dataset]);
    // What a developer writes: the file as it was, the point appended with the keys (and key order)
    // of the dataset's other points that carry a source and a note, nothing else; two-space JSON.
    const point = { x: today, value: 850000, source: original.sources.length, note: { ja: '編集画面のテストで加えた点です。', en: 'A point added in the editor test.' } };
    expect(original.points.filter((p) => !('reliability' in p)).map((p) => Object.keys(p))).toContainEqual(Object.keys(point));
    const expected = {
      ...original,
      points: [...original.points, point],
      sources: [...original.sources, addedSource],
      asOf: today,
      lastChecked: { date: today, outcome: 'newer-added', note: 'Editor test: a point added.' },
    };
    expect(after[dataset]).toBe(`${JSON.stringify(expected, null, 2)}\n`);

    wrote[dataset] = after[dataset]!;
    expect(check(wrote)).toBe('');
  }, 120_000);

  it('keeps the figures and marks of a body (:fig{…}, :mark{…}) when an editor changes another field', async () => {
    const id = '2021-06-24-re100-kitakyushu-model';
    const path = `content/news/ja/${id}.md`;
    const before = await pickedFolder();
    await page.goto(`${site.origin}/admin/#/collections/news/entries/${id}`);
    const title = page.locator('.content-editor .pane').first().getByRole('textbox', { name: 'タイトル' }).first();
    await title.waitFor();
    await title.fill(`${await title.inputValue()}（編集）`);
    await page.getByRole('button', { name: '保存' }).click();

    await expect.poll(async () => (await written(path)) !== before[path], { timeout: 30_000 }).toBe(true);
    const after = await pickedFolder();
    // The body, after the frontmatter, is what it was, byte for byte: no directive escaped or dropped.
    const body = (file: string | undefined) => file?.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body(before[path])).toMatch(/:fig\{metric="renewable-public-facilities" x="2021-06-24" series="region"\}/);
    expect(body(after[path])).toBe(body(before[path]));
    expect(frontmatter(after[path]!)).toMatchObject({ title: expect.stringMatching(/（編集）$/) });
    expect(check({ [path]: after[path]! })).toBe('');
    // The check read the edit in the scratch copy; the build later in this file must not see it.
    writeFileSync(join(scratch, path), before[path]!);
  }, 120_000);
});

describe('the editor refuses, naming the field, and leaves nothing half-written', () => {
  it('a blank title, in the form', async () => {
    const before = await pickedFolder();
    await page.goto(`${site.origin}/admin/#/collections/news/new`);
    const ja = page.locator('.content-editor .pane').first();
    await page.getByRole('textbox', { name: 'スラッグ' }).fill(`${today}-refused`);
    await ja.getByRole('textbox', { name: 'タイトル' }).first().fill('   ');
    await page.getByRole('button', { name: '保存' }).click();
    // A title of spaces: refused by the schema's pattern, or as empty where the CMS trims it first.
    await expect.poll(() => field(ja, 'タイトル').first().getByText(/must not be blank|必須/).count()).toBeGreaterThan(0);
    await leave();
    expect(changed(before, await pickedFolder())).toEqual([]);
  }, 120_000);

  it('a javascript: address in the source registry, in the form', async () => {
    const before = await pickedFolder();
    await page.goto(`${site.origin}/admin/#/collections/sources/entries/sources`);
    const url = field(page, 'URL').first();
    await url.getByRole('textbox').fill('javascript:alert(1)');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => url.getByText('must be a web address starting with http:// or https://').count()).toBeGreaterThan(0);
    await leave();
    expect(changed(before, await pickedFolder())).toEqual([]);
  }, 120_000);

  it('a point dated in the future, by the content check, naming file and field', async () => {
    const before = await pickedFolder();
    const points = (JSON.parse(before[dataset]!) as { points: unknown[] }).points.length;
    await addPoint('2099-01-01', 1, 0);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await written(dataset)) !== before[dataset], { timeout: 30_000 }).toBe(true);
    const after = await pickedFolder();
    // The form has no notion of today; the CMS writes the one whole file, and nothing else.
    expect(changed(before, after)).toEqual([dataset]);
    const problems = check({ [dataset]: after[dataset]! });
    expect(problems).toContain(dataset);
    expect(problems).toContain(`points.${points}.x`);
    expect(problems).toContain('"2099-01-01" is in the future');
    // CI's content check fails the pull request; the scratch copy goes back to what was accepted.
    writeFileSync(join(scratch, dataset), wrote[dataset]!);
  }, 120_000);
});

describe('the site rebuilt with what the editor wrote', () => {
  // The page as built, without the line-break hints (<wbr>) the site puts into Japanese words.
  const html = (path: string) => readFileSync(join(scratch, 'dist', path, 'index.html'), 'utf8').replaceAll('<wbr>', '');
  beforeAll(async () => {
    for (const [path, text] of Object.entries(wrote)) writeFileSync(join(scratch, path), text);
    const build = await astroBuild(scratch, ['scripts/build.ts']);
    if (build.code !== 0) throw new Error(`the build must pass:\n${build.output}`);
  }, 300_000);

  it('lists the news item on /news/ and gives it its own page, in both languages', () => {
    expect(html('news')).toContain(`/news/${newsId}/`);
    expect(html('news')).toContain('編集画面のテスト記事');
    expect(html('en/news')).toContain(`/en/news/${newsId}/`);
    expect(html('en/news')).toContain('A test item from the editor');
    expect(html(`news/${newsId}`)).toContain('編集画面から書いた本文です。');
    expect(html(`en/news/${newsId}`)).toContain('Body written in the editor.');
  });

  it('shows the point on the dashboard card and on the dataset page, in both languages', () => {
    const card = (path: string) => html(path).match(/<li class="metric-card[^"]*" id="metric-population">([\s\S]*?)<\/li>/)![1]!;
    // The card rounds for reading (about 850,000) and dates the headline by the new point.
    expect(card('metrics')).toContain('85万');
    expect(card('metrics')).toContain(formatDate(today, 'ja'));
    expect(card('en/metrics')).toContain('850');
    expect(card('en/metrics')).toContain(formatDate(today, 'en'));
    expect(html('metrics/population')).toContain('850,000');
    expect(html('en/metrics/population')).toContain('850,000');
    expect(html('metrics/population')).toContain('編集画面のテストで加えた点です。');
    expect(html('en/metrics/population')).toContain('A point added in the editor test.');
  });
});
