/**
 * The operator setting (data/operator.json, src/schemas/operator.ts) decides what the note at the top
 * of every page and the footer say: the two components rendered alone (Astro's container API) with an
 * independent and an official setting, in both languages. Official mode refuses a first-party fact
 * left "not found", naming the file, the field and the value; independent mode lists it to be filled.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import OperatorNote from '../../src/components/site/OperatorNote.astro';
import SiteFooter from '../../src/components/site/SiteFooter.astro';
import { checkData } from '../../src/lib/content/check/data-files';
import raw from '../../data/operator.json';
import { operator as real } from '../../src/lib/site/operator';
import { stillToFill } from '../../src/lib/site/operator-rules';
import { operatorSchema, type Operator } from '../../src/schemas/operator';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const independent = real;
const filled = real.firstParty.map((f) => ({ ...f, value: { ja: `${f.label.ja}（記入例）`, en: `${f.label.en} (example)` } }));
// The file as written (sources cited by id), switched to official mode with every first-party fact filled.
const official = {
  ...raw,
  mode: 'official',
  operator: { ja: '北九州GX推進コンソーシアム事務局', en: 'The consortium secretariat' },
  operatorContact: { email: 'gx@example.org' },
  firstParty: filled,
} as const;

const render = async (component: typeof SiteFooter, lang: 'ja' | 'en', operator: Operator) =>
  container.renderToString(component, { props: { lang, operator } });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('the operator setting switches the note and the footer', () => {
  it('is independent today, and both say the site is not the official one, linking the official site', async () => {
    expect(real.mode).toBe('independent');
    for (const lang of ['ja', 'en'] as const) {
      const footer = await render(SiteFooter, lang, independent);
      const note = await render(OperatorNote, lang, independent);
      expect(footer).toContain('data-site-operator="independent"');
      expect(note).toContain('data-operator-note="independent"');
      for (const html of [footer, note]) {
        expect(text(html)).toContain(lang === 'ja' ? '公式サイトではありません' : "not the consortium's official site");
        expect(html).toContain('href="https://ktq-gx.com/"');
      }
      expect(note).toContain(`href="${lang === 'en' ? '/en' : ''}/contact/"`);
      // Contact and privacy from every page, in the page's language.
      const prefix = lang === 'en' ? '/en' : '';
      expect(footer).toContain(`href="${prefix}/contact/" data-footer-link="contact"`);
      expect(footer).toContain(`href="${prefix}/contact/#privacy" data-footer-link="privacy"`);
      expect(text(footer)).toContain(lang === 'ja' ? 'クッキーもアクセス解析も使いません' : 'No cookies, no tracking');
    }
  });

  it('in official mode names the operator and its contact, and no longer says "not official"', async () => {
    const parsed = operatorSchema.parse(official);
    const footer = await render(SiteFooter, 'ja', parsed);
    const note = await render(OperatorNote, 'en', parsed);
    expect(footer).toContain('data-site-operator="official"');
    expect(text(footer)).toContain('北九州GX推進コンソーシアム事務局が運営する公式サイトです');
    expect(footer).toContain('href="mailto:gx@example.org"');
    expect(note).toContain('data-operator-note="official"');
    expect(text(note)).toContain('run by The consortium secretariat');
    // A way to reach a person from every page's note, in both modes.
    expect(note).toContain('href="/en/contact/"');
    for (const html of [footer, note]) expect(text(html)).not.toMatch(/公式サイトではありません|not the consortium's official site/);
  });

  it('official mode refuses a first-party fact left "not found", naming file, field and value', () => {
    const { problems } = checkData('data/operator.json', operatorSchema, { ...official, firstParty: real.firstParty });
    expect(problems.length).toBe(real.firstParty.length);
    expect(problems[0]).toEqual({
      file: 'data/operator.json',
      field: 'firstParty.0.value',
      message: expect.stringMatching(/^"secretariat-contact" .* is a first-party fact: .*\(found "notFound"\)$/),
    });
    // Independent mode accepts it, and lists it as still to be filled before switching.
    expect(checkData('data/operator.json', operatorSchema, raw).problems).toEqual([]);
    expect(stillToFill(real)).toContain('data/operator.json: firstParty "secretariat-contact" (The secretariat\'s phone number, email address or contact form) is not found yet');
    expect(stillToFill(operatorSchema.parse(official))).toEqual([]);
  });

  it('official mode needs a way to reach the operator', () => {
    const { problems } = checkData('data/operator.json', operatorSchema, { ...official, operatorContact: {} });
    expect(problems.map((p: { field: string }) => p.field)).toEqual(['operatorContact']);
  });
});
