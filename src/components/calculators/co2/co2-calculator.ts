/**
 * <co2-calculator>: reads the form (and the URL on load), runs computeCo2, and writes the result,
 * the per-line formulas, the breakdown and the next steps. Keeps the URL in step with the inputs so
 * that a result can be shared, reloaded, and carried across the language switch (Starlight's
 * switcher changes only the path, so the query string follows). Nothing typed leaves the browser.
 */
import { co2Csv, co2Params, computeCo2, defaultElectricityFactor, lineSpecs, plainNumber, roundTonnes, unitLabel, type Co2Param, type Co2Result } from '../../../lib/calculators/co2';
import { parseAmount } from '../../../lib/calculators/parse-amount';
import { formatNumber } from '../../../lib/format/amounts';
import { setFieldError, showTonnes, summaryItem } from '../form-ui';
import type { Lang } from '../../../lib/i18n';
import type { EmissionFactor } from '../../../schemas/emission-factors';

type Field = Co2Param | 'electricity_factor';

class Co2Calculator extends HTMLElement {
  private language: Lang = 'ja';
  private factors: EmissionFactor[] = [];
  private strings: Record<string, string> = {};
  private labels: Record<string, string> = {};
  private items = {} as Record<Co2Param, string>;
  private lastResult: Co2Result | undefined;

  connectedCallback() {
    this.language = this.dataset.lang === 'en' ? 'en' : 'ja';
    this.factors = JSON.parse(this.dataset.factors ?? '[]');
    this.strings = JSON.parse(this.dataset.strings ?? '{}');
    this.labels = JSON.parse(this.dataset.labels ?? '{}');
    this.items = JSON.parse(this.dataset.items ?? '{}');
    this.readUrl();
    const form = this.querySelector('form')!;
    form.addEventListener('input', () => this.update(true));
    form.addEventListener('change', () => this.update(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-download]')?.addEventListener('click', () => this.download());
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.update(false);
  }

  private field<T extends HTMLInputElement | HTMLSelectElement>(name: Field): T {
    return this.querySelector(`[name="${name}"]`) as T;
  }

  private readUrl() {
    const params = new URLSearchParams(window.location.search);
    for (const p of co2Params) {
      const value = params.get(p);
      if (value !== null) this.field<HTMLInputElement>(p).value = value;
    }
    const factor = params.get('electricity_factor');
    if (factor !== null) {
      const select = this.field<HTMLSelectElement>('electricity_factor');
      // An id that is not in the list is kept as a temporary option so that the error can be shown.
      if (![...select.options].some((o) => o.value === factor)) select.add(new Option(factor, factor));
      select.value = factor;
    }
  }

  private writeUrl() {
    const params = new URLSearchParams(window.location.search);
    for (const p of co2Params) {
      const value = this.field<HTMLInputElement>(p).value.trim();
      // A shared link carries plain digits (１００，０００ → 100000); what does not parse is kept as typed, so its error shows on the other side too.
      const parsed = parseAmount(value, lineSpecs[p].max);
      if (value === '') params.delete(p);
      else params.set(p, parsed.ok ? plainNumber(parsed.value) : value);
    }
    const factor = this.field<HTMLSelectElement>('electricity_factor').value;
    if (factor === defaultElectricityFactor) params.delete('electricity_factor');
    else params.set('electricity_factor', factor);
    const query = params.toString();
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }

  private update(fromUser: boolean) {
    const raw = Object.fromEntries(co2Params.map((p) => [p, this.field<HTMLInputElement>(p).value])) as Record<Co2Param, string>;
    const result = computeCo2(raw, this.field<HTMLSelectElement>('electricity_factor').value, this.factors);
    this.lastResult = result;
    this.showErrors(result.ok ? {} : result.errors);
    if (result.ok) this.showResult(result);
    else this.clearResult();
    if (fromUser) this.writeUrl();
  }

  private showErrors(errors: Partial<Record<Field, string>>) {
    const summary = this.querySelector<HTMLElement>('.error-summary')!;
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const name of [...co2Params, 'electricity_factor'] as Field[]) {
      const control = this.field(name);
      const error = errors[name];
      const text = error ? (this.strings[`co2.error.${error}`] ?? error) : undefined;
      setFieldError(control, text);
      if (text) list.append(summaryItem(control, `${this.labels[name]}: ${text}`));
    }
    summary.hidden = list.children.length === 0;
  }

  private setOutput(el: HTMLOutputElement | null, tonnes: number | undefined) {
    if (el) showTonnes(el, tonnes, this.strings['co2.result.invalid']!);
  }

  private showResult(result: Extract<Co2Result, { ok: true }>) {
    this.setOutput(this.querySelector('#co2-total'), result.total);
    this.setOutput(this.querySelector('#co2-scope1'), result.scope1);
    this.setOutput(this.querySelector('#co2-scope2'), result.scope2);
    const n = (v: number, digits = 6) => formatNumber(v, this.language, digits);
    for (const line of result.lines) {
      this.setOutput(this.querySelector(`output[data-line="${line.param}"]`), line.tonnes);
      const formula = this.querySelector<HTMLElement>(`[data-formula="${line.param}"]`)!;
      const unit = unitLabel(line.factor.unit, this.language);
      const convert = line.inputUnit === 'kWh' ? '' : ` ÷ 1,000 = ${n(line.converted)} ${unit}`;
      formula.textContent = `${n(line.amount)} ${line.inputUnit}${convert} × ${n(line.factor.factor)} t-CO2/${unit} = ${n(line.tonnes)} t-CO2（${line.factor.name[this.language]}）`;
      if (this.language === 'en') formula.textContent = formula.textContent.replace('（', ' (').replace('）', ')');
      const bar = this.querySelector<HTMLElement>(`[data-bar="${line.param}"]`)!;
      bar.hidden = line.tonnes <= 0;
      const share = result.total > 0 ? line.tonnes / result.total : 0;
      bar.querySelector<HTMLElement>('.bar')!.style.width = `${(share * 100).toFixed(1)}%`;
      bar.querySelector<HTMLElement>('.bar-value')!.textContent = `${roundTonnes(line.tonnes)} t (${formatNumber(share * 100, this.language, 1)}%)`;
    }
    this.querySelector<HTMLElement>('.breakdown-empty')!.hidden = result.total > 0;
    this.querySelector<HTMLElement>('.next-none')!.hidden = result.largest !== undefined;
    for (const el of this.querySelectorAll<HTMLElement>('[data-actions]')) {
      const active = el.dataset.actions === result.largest;
      el.hidden = !active;
      if (active) el.querySelector('p')!.textContent = this.strings['co2.next.intro']!.replace('{item}', this.items[el.dataset.actions as Co2Param]);
    }
    this.querySelector<HTMLButtonElement>('[data-download]')!.disabled = false;
  }

  private clearResult() {
    for (const el of this.querySelectorAll<HTMLOutputElement>('output')) this.setOutput(el, undefined);
    for (const el of this.querySelectorAll<HTMLElement>('[data-formula]')) el.textContent = '–';
    for (const el of this.querySelectorAll<HTMLElement>('[data-bar], [data-actions]')) el.hidden = true;
    this.querySelector<HTMLElement>('.breakdown-empty')!.hidden = false;
    this.querySelector<HTMLElement>('.next-none')!.hidden = false;
    this.querySelector<HTMLButtonElement>('[data-download]')!.disabled = true;
  }

  private download() {
    if (!this.lastResult?.ok) return;
    const blob = new Blob([co2Csv(this.lastResult, this.language, this.items)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'co2-scope1-2.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

customElements.define('co2-calculator', Co2Calculator);
