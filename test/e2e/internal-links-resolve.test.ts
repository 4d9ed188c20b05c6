/**
 * Every internal link and asset in the built HTML points at a file that exists in dist/, and every
 * `#fragment` at an element with that id. External links carry rel="noopener noreferrer".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from './support/site';

const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(fileFor(p)!, 'utf8')]));
const idsOf = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('links in the built site', () => {
  it('resolve to built files and existing fragments', () => {
    const broken: string[] = [];
    for (const [page, text] of html) {
      for (const [, attr, raw] of text.matchAll(/\s(href|src)="([^"]+)"/g)) {
        const value = raw!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(value) || value.startsWith('//')) continue;
        const url = new URL(value, `http://site${page}`);
        if (!url.pathname.startsWith('/')) continue;
        const target = url.pathname === page ? fileFor(page) : fileFor(url.pathname);
        if (!target) {
          broken.push(`${page}: ${attr}="${value}" has no file`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith('.html')) {
          const targetHtml = readFileSync(target, 'utf8');
          if (!idsOf(targetHtml).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${value} has no element with that id`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('open other hosts without leaking the referrer or the window', () => {
    const unsafe: string[] = [];
    for (const [page, text] of html) {
      for (const [tag] of text.matchAll(/<a\s[^>]*href="https?:\/\/[^"]+"[^>]*>/g)) {
        if (!/rel="[^"]*noopener[^"]*"/.test(tag) || !/rel="[^"]*noreferrer[^"]*"/.test(tag)) unsafe.push(`${page}: ${tag}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
