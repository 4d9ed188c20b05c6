// Japanese line breaks by phrase (BudouX) in the built pages; the why is in src/lib/format/phrase-breaks.ts.
// Listed after Starlight, so it runs after Starlight has built the Pagefind index from the same pages.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertPhraseBreaks } from '../lib/format/phrase-breaks.ts';

/** @returns {import('astro').AstroIntegration} */
export function phraseBreaks() {
  return {
    name: 'phrase-breaks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          if (!/<html[^>]*\slang="ja"/.test(html)) continue;
          await writeFile(path, insertPhraseBreaks(html));
          changed++;
        }
        logger.info(`Japanese phrase breaks (BudouX) in ${changed} pages.`);
      },
    },
  };
}
