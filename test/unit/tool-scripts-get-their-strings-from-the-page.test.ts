/**
 * The one `{name}` interpolation (fill in src/lib/i18n.ts), the string tables the pages hand to the
 * tools' scripts (uiStrings), and what the calculator pages shape at build (co2-page.ts,
 * co2-actions.ts, green-lpg-page.ts, workbook-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { co2Params, calculationFactors } from '../../src/lib/calculators/co2';
import { co2ActionLinks } from '../../src/lib/calculators/co2-actions';
import { co2CalculatorPayload, co2HintKey, factorSources } from '../../src/lib/calculators/co2-page';
import { loadData } from '../../src/lib/content/check/load';
import { greenLpgPayload, lpgFuelFactor } from '../../src/lib/calculators/green-lpg-page';
import { workbookPayload } from '../../src/lib/calculators/workbook-page';
import { fill, t, uiStrings } from '../../src/lib/i18n';

const { emissionFactors } = loadData();
const factors = calculationFactors(emissionFactors.factors);

describe('fill, the one interpolation of UI strings', () => {
  it('fills every placeholder from its variables, numbers included', () => {
    expect(fill('{row}行目の「{column}」：{message}', { row: 3, column: 'kerosene', message: '数字ではありません' })).toBe('3行目の「kerosene」：数字ではありません');
  });
  it('leaves a placeholder without a value as written, for a later step to fill', () => {
    expect(fill('{days} days left, closes {end}', { end: '31 May' })).toBe('{days} days left, closes 31 May');
  });
  it('is what t uses at build', () => {
    expect(t('en', 'co2.next.intro', { item: 'Electricity' })).toBe(fill(t('en', 'co2.next.intro'), { item: 'Electricity' }));
  });
  it('hands a script only the templates it asks for, unfilled', () => {
    expect(uiStrings('ja', ['check.yes', 'co2.next.intro'])).toEqual({ 'check.yes': 'はい', 'co2.next.intro': t('ja', 'co2.next.intro') });
    expect(t('ja', 'co2.next.intro')).toContain('{item}');
  });
});

describe('the CO2 calculator page', () => {
  it('sends each factor with its first source only, and every string its script fills', () => {
    const payload = co2CalculatorPayload(factors, 'en');
    expect(payload.factors).toHaveLength(factors.length);
    expect(payload.factors.every((f) => f.sources.length === 1)).toBe(true);
    expect(payload.strings['co2.input.heavy_oil_a']).toBe('Heavy oil A');
    expect(payload.strings['co2.item.lpg']).toBe('LPG');
    expect(payload.strings['co2.error.unknown_factor']).toBe(t('en', 'co2.error.unknown_factor'));
  });

  it('cites each source once under the factor table, although every row cites it', () => {
    const all = factors.flatMap((f) => f.sources);
    const once = factorSources(factors);
    expect(once.length).toBeLessThan(all.length);
    expect(new Set(once.map((s) => s.url)).size).toBe(once.length);
    expect(new Set(all.map((s) => s.url))).toEqual(new Set(once.map((s) => s.url)));
  });

  it('gives the liquid fuels one shared hint and the others their own', () => {
    expect(co2Params.map(co2HintKey)).toEqual(['co2.hint.electricity', 'co2.hint.city_gas', 'co2.hint.lpg', 'co2.hint.liquid', 'co2.hint.liquid', 'co2.hint.liquid', 'co2.hint.liquid']);
  });

  it('links the next steps under the page’s language, titled by the content query', async () => {
    const links = await co2ActionLinks('en', async (collection, id) => `${collection}:${id}`);
    expect(links.electricity[0]).toEqual({ href: '/en/support/consultation/', title: 'support:consultation' });
    expect(Object.keys(links)).toEqual([...co2Params]);
    const ja = await co2ActionLinks('ja', async () => '');
    expect(ja.city_gas.map((l) => l.href)).toContain('/projects/e-methane/');
  });
});

describe('the green LP gas estimator and the workbook pages', () => {
  it('compares with the official LPG factor, 2.99 t-CO2/t', () => {
    expect(lpgFuelFactor(emissionFactors.factors).factor).toBe(2.99);
    expect(greenLpgPayload(emissionFactors.factors, 'ja').lpgFactor).toBe(2.99);
  });
  it('fails naming the missing factor when the table has no LPG', () => {
    expect(() => lpgFuelFactor(emissionFactors.factors.filter((f) => f.id !== 'lpg'))).toThrow(/no factor "lpg"/);
  });
  it('prints the workbook’s own address in each language, and every cell error a pasted file can have', () => {
    expect(workbookPayload(factors, 'en', 'https://gx.example.jp').siteUrl).toBe('https://gx.example.jp/en/tools/co2/workbook/');
    expect(workbookPayload(factors, 'ja', 'https://gx.example.jp').siteUrl).toBe('https://gx.example.jp/tools/co2/workbook/');
    const { strings } = workbookPayload(factors, 'ja', 'https://gx.example.jp');
    expect(strings['workbook.import.bad_separator']).toBeTruthy();
    expect(strings['amount.error.too_long']).toBe(t('ja', 'amount.error.too_long'));
  });
});
