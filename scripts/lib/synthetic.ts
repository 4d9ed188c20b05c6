/**
 * Synthetic content for the build-time benchmark: the project's content multiplied in a scratch copy.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Collections whose entries are pages or list items. Each copy gets the id `<id>-x<k>` in both
// languages (subsidies also get a rules file); references in copies still point at the originals,
// so lists and back-references grow with the site as they would with real content. The copies must
// pass the content check like real content (test/content/synthetic-copies-pass-the-content-check.test.ts).
const multiplied = ['projects', 'working-groups', 'case-studies', 'subsidies', 'support', 'glossary', 'news'];

/** Copies every entry of the multiplied collections `factor - 1` times into the project at `dir`. */
export function multiplyContent(dir: string, factor: number): void {
  for (const collection of multiplied) {
    for (const lang of ['ja', 'en']) {
      const folder = join(dir, 'content', collection, lang);
      for (const name of readdirSync(folder)) {
        const [, id, ext] = name.match(/^(.*)(\.mdx?)$/) ?? [];
        if (id === undefined || ext === undefined) continue;
        for (let k = 2; k <= factor; k++) {
          if (collection === 'glossary') writeFileSync(join(folder, `${id}-x${k}${ext}`), glossaryCopy(readFileSync(join(folder, name), 'utf8'), lang, k));
          else cpSync(join(folder, name), join(folder, `${id}-x${k}${ext}`));
        }
      }
    }
  }
  const rules = join(dir, 'data/subsidies');
  for (const name of readdirSync(rules).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(rules, name), 'utf8'));
    // A copy is another programme: one round per programme and fiscal year is a rule of the check.
    for (let k = 2; k <= factor; k++) {
      const programme = { ja: `${data.programme.ja}（複製${k}）`, en: `${data.programme.en} (copy ${k})` };
      writeFileSync(join(rules, `${data.id}-x${k}.json`), JSON.stringify({ ...data, id: `${data.id}-x${k}`, programme }));
    }
  }
}

/**
 * A copy of a glossary term is another term: one word, one term is a rule of the check, so the copy's
 * title is marked as a copy and it has no aliases of its own.
 */
function glossaryCopy(text: string, lang: string, k: number): string {
  const mark = lang === 'ja' ? `（複製${k}）` : ` (copy ${k})`;
  return text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title}${mark}"`).replace(/^aliases:\n(?:[ \t]+- .*\n)+/m, 'aliases: []\n');
}
