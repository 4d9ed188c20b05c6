/**
 * The editors' CMS at /admin/ driven in Chromium on its local backend: a bilingual news item made
 * through the form (its source picked from the source registry) is written as a developer writes it
 * and passes the content check; a blank title is refused in the form, naming the field, and writes
 * nothing. (The dataset-point tests passed before the source registry
 * arrived; they need the registry picker's locator and are left out until then.)
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
import type { Page } from 'playwright-core';
import { CORE_SCHEMA, load as yaml } from 'js-yaml';
import { projectRoot, scratchCopy } from '../../scripts/lib/scratch.ts';
import { formatProblems, loadSite, siteProblems } from '../../src/lib/content/check/site.ts';
import { todayInJapan } from '../../src/lib/dates.ts';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
let page: Page;
const today = todayInJapan();
const newsId = `${today}-editor-test`;

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

beforeAll(async () => {
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

afterAll(() => page?.close());

describe('the editor at /admin/, on the local backend', () => {
  it('opens in Japanese with the collections generated from the schemas', async () => {
    for (const name of ['ニュース・イベント', '補助金の回（規則）', 'データセット', '用語集', '組織', '出典の一覧']) {
      await expect.poll(() => page.getByText(name).first().isVisible()).toBe(true);
    }
  });

  it('writes a bilingual news item as a developer would, and the content check passes on it', async () => {
    await page.goto(`${site.origin}/admin/#/collections/news/new`);
    const ja = page.locator('.content-editor .pane').first();
    await page.getByRole('textbox', { name: 'スラッグ' }).fill(newsId);
    await ja.getByRole('textbox', { name: 'タイトル' }).first().fill('編集画面のテスト記事');
    await ja.getByRole('textbox', { name: '概要' }).fill('編集画面から書いた記事が、開発者の書くファイルと同じになることを確かめます。');
    await ja.getByRole('textbox', { name: '日付' }).fill(today);
    await ja.getByRole('radio', { name: 'consortium' }).click();
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

    await expect.poll(() => written(`content/news/ja/${newsId}.md`), { timeout: 15_000 }).toBeDefined();
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

    const scratch = scratchCopy('editor-');
    try {
      for (const lang of ['ja', 'en']) writeFileSync(join(scratch, `content/news/${lang}/${newsId}.md`), lang === 'ja' ? jaFile : enFile);
      const loaded = loadSite(scratch);
      expect(formatProblems(siteProblems(loaded, today, scratch))).toBe('');
      expect(loaded.entries.filter((e) => e.id === newsId).map((e) => e.lang).sort()).toEqual(['en', 'ja']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    // Nothing was written into the project itself.
    expect(readdirSync(join(projectRoot, 'content/news/ja'))).not.toContain(`${newsId}.md`);
  }, 120_000);

  it('refuses in the form a blank title, naming the field, and writes nothing (http(s)-only addresses: the unit test of the configuration)', async () => {
    await page.goto(`${site.origin}/admin/#/collections/news/new`);
    const ja = page.locator('.content-editor .pane').first();
    await page.getByRole('textbox', { name: 'スラッグ' }).fill(`${today}-refused`);
    await ja.getByRole('textbox', { name: 'タイトル' }).first().fill('   ');
    await page.getByRole('button', { name: '保存' }).click();
    // A title of spaces: refused by the schema's pattern, or as empty where the CMS trims it first.
    await expect.poll(() => ja.getByText(/must not be blank|必須/).count()).toBeGreaterThan(0);
    expect(await written(`content/news/ja/${today}-refused.md`)).toBeUndefined();
    expect(await written(`content/news/en/${today}-refused.md`)).toBeUndefined();
    await page.getByRole('button', { name: '編集をキャンセル' }).click();
    const discard = page.getByRole('button', { name: /破棄|閉じる|OK/ });
    if (await discard.count()) await discard.first().click();
  }, 120_000);

});

