import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { securePage } from '../../src/config/csp';

const hash = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
const page = (head: string, main: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><header></header><main id="m">${main}</main></body></html>`;

describe('the CSP of a built page', () => {
  it('allows the inline scripts of the page chrome by their hash', () => {
    const theme = 'window.theme = 1;';
    const { html, hashes, blocked } = securePage(page(`<script>${theme}</script>`, '<p>text</p>'));
    expect([...hashes]).toEqual([hash(theme)]);
    expect(blocked).toEqual([]);
    expect(html).toContain(`'${hash(theme)}'`);
    // Before any script: right after <meta charset>.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
  });

  it('gives no hash to an inline script inside <main>, so the browser refuses to run it', () => {
    const evil = 'alert(document.cookie)';
    const { html, hashes, blocked } = securePage(page('<script>ok()</script>', `<p>a</p><script>${evil}</script>`));
    expect(hashes.has(hash(evil))).toBe(false);
    expect(html).not.toContain(hash(evil));
    expect(blocked).toEqual([evil]);
    expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|")/);
  });

  it('leaves JSON-LD and scripts loaded from files alone', () => {
    const { hashes, blocked } = securePage(page('', '<script type="application/ld+json">{}</script><script type="module" src="/_astro/x.js"></script>'));
    expect(hashes.size).toBe(0);
    expect(blocked).toEqual([]);
  });
});
