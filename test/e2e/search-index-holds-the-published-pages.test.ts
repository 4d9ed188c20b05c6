/**
 * The search index is built while the finishing pass (phrase breaks and the CSP,
 * src/config/finish-pages.mjs) rewrites the pages, which is safe only if Pagefind reads each page
 * whole and the pass adds no text. This builds a second index, with Pagefind's own API as Starlight
 * calls it, from the pages as published, and requires the same files: Pagefind names every page
 * fragment and index chunk by a hash of its content, so one changed word gives another name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { dist } from './support/site';

afterAll(() => pagefind.close());

it('indexes the pages as they are published', async () => {
  const { index, errors } = await pagefind.createIndex();
  expect(errors).toEqual([]);
  if (!index) throw new Error('Pagefind made no index');
  const added = await index.addDirectory({ path: dist });
  expect(added.errors).toEqual([]);
  const { files } = await index.getFiles();
  const names = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`)).map((f) => f.path).sort();
  const built = (folder: string) => readdirSync(join(dist, 'pagefind', folder)).map((name) => `${folder}/${name}`).sort();
  expect(names('fragment').length).toBeGreaterThan(100);
  expect(built('fragment')).toEqual(names('fragment'));
  expect(built('index')).toEqual(names('index'));
}, 120_000);
