/**
 * Every built page is valid HTML, as the W3C Nu HTML Checker (vnu.jar from the npm package
 * vnu-jar, run on the system's Java) reads it. Invalid markup is where broken fragment links
 * (duplicate ids), misread figures and assistive-technology surprises come from.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from './support/site';

// Starlight's own inline scripts carry aria-hidden (2 per page; a plain Starlight site has them
// too). Ignored by this exact message only; every other error fails.
const ignored = new Set(['The “aria-hidden” attribute must not be specified on the “script” element.']);

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('every built page passes the Nu HTML Checker, but for Starlight\'s known script attribute', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', '--errors-only', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'Java is needed to run vnu.jar (apt-get install default-jre-headless)').toBeUndefined();
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' && !ignored.has(m.message))
      .map((m) => `${relative(dist, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
