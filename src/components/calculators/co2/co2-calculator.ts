/**
 * <co2-calculator>: reads the form (and the URL on load), runs computeCo2, and writes the result,
 * the per-line formulas (formulaLine), the breakdown and the next steps. Keeps the URL in step with
 * the inputs so that a result can be shared, reloaded, and carried across the language switch.
 * Factors and strings come from the page's payload (src/lib/calculators/co2-page.ts). Nothing typed
 * leaves the browser.
 */
import { recordOf } from '../../../lib/records';
import { co2Csv, co2CsvHeadKeys, co2CsvTotalKey, co2Params, computeCo2, defaultElectricityFactor, formulaLine, lineSpecs, plainNumber, formatTonnes, type Co2Param, type Co2Result } from '../../../lib/calculators/co2';
import type { Co2CalculatorPayload, Co2StringKey } from '../../../lib/calculators/co2-page';
import { parseAmount } from '../../../lib/calculators/parse-amount';
import { formatNumber } from '../../../lib/format/amounts';
import { downloadCsv, part, readPayload, setFieldError, showErrorSummary, submitShowsResult, summaryItem, textOf, urlParams, writeUrlParams, type Text } from '../../client-kit';
import { showTonnes } from '../show-tonnes';

type Field = Co2Param | 'electricity_factor';
type Co2Ok = Extract<Co2Result, { ok: true }>;

class Co2Calculator extends HTMLElement {
  private payload!: Co2CalculatorPayload;
  private text!: Text<Co2StringKey>;
  private lastResult: Co2Result | undefined;

  connectedCallback() {
    this.payload = readPayload<Co2CalculatorPayload>(this);
    this.text = textOf(this.payload.strings);
    this.readUrl();
    const form = part<HTMLFormElement>(this, 'form');
    form.addEventListener('input', () => this.update(true));
    form.addEventListener('change', () => this.update(true));
    submitShowsResult(form, () => this.update(true), part(this, '#co2-result-heading'));
    this.querySelector('[data-download]')?.addEventListener('click', () => this.download());
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.update(false);
  }

  private field<T extends HTMLInputElement | HTMLSelectElement>(name: Field): T {
    return part<T>(this, `[name="${name}"]`);
  }

  private readUrl() {
    const params = urlParams();
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

  /** A shared link carries plain digits (１００，０００ → 100000); what does not parse is kept as typed, so its error shows on the other side too. */
  private writeUrl() {
    const amount = (p: Co2Param) => {
      const value = this.field<HTMLInputElement>(p).value.trim();
      const parsed = parseAmount(value, lineSpecs[p].max);
      return parsed.ok && value !== '' ? plainNumber(parsed.value) : value;
    };
    const factor = this.field<HTMLSelectElement>('electricity_factor').value;
    writeUrlParams({
      ...Object.fromEntries(co2Params.map((p) => [p, amount(p)])),
      electricity_factor: factor === defaultElectricityFactor ? undefined : factor,
    });
  }

  private update(fromUser: boolean) {
    const raw = Object.fromEntries(co2Params.map((p) => [p, this.field<HTMLInputElement>(p).value]));
    const result = computeCo2(raw, this.field<HTMLSelectElement>('electricity_factor').value, this.payload.factors);
    this.lastResult = result;
    this.showErrors(result.ok ? {} : result.errors);
    if (result.ok) this.showResult(result);
    else this.clearResult();
    if (fromUser) this.writeUrl();
  }

  private showErrors(errors: Extract<Co2Result, { ok: false }>['errors']) {
    const items: HTMLLIElement[] = [];
    for (const name of [...co2Params, 'electricity_factor'] as const) {
      const control = this.field(name);
      const error = errors[name];
      const message = error && this.text(error === 'unknown_factor' ? 'co2.error.unknown_factor' : `amount.error.${error}`);
      setFieldError(control, message);
      if (message) items.push(summaryItem(control, `${this.text(`co2.input.${name}`)}: ${message}`));
    }
    showErrorSummary(part(this, '.error-summary'), items);
  }

  private setOutput(el: HTMLOutputElement | null, tonnes: number | undefined) {
    if (el) showTonnes(el, tonnes, this.text('co2.result.invalid'), this.payload.lang);
  }

  private showResult(result: Co2Ok) {
    this.setOutput(this.querySelector('#co2-total'), result.total);
    this.setOutput(this.querySelector('#co2-scope1'), result.scope1);
    this.setOutput(this.querySelector('#co2-scope2'), result.scope2);
    for (const line of result.lines) {
      this.setOutput(this.querySelector(`output[data-line="${line.param}"]`), line.tonnes);
      part(this, `[data-formula="${line.param}"]`).textContent = formulaLine(line, this.payload.lang);
      this.showBar(line.param, line.tonnes, result.total);
    }
    part(this, '.breakdown-empty').hidden = result.total > 0;
    this.showNextSteps(result.largest);
    part<HTMLButtonElement>(this, '[data-download]').disabled = false;
  }

  /** A line's share of the total, as a bar and in figures; hidden when the line is zero. */
  private showBar(param: Co2Param, tonnes: number, total: number) {
    const bar = part(this, `[data-bar="${param}"]`);
    bar.hidden = tonnes <= 0;
    const share = total > 0 ? tonnes / total : 0;
    part(bar, '.bar').style.width = `${(share * 100).toFixed(1)}%`;
    part(bar, '.bar-value').textContent = `${formatTonnes(tonnes, this.payload.lang)} t (${formatNumber(share * 100, this.payload.lang, 1)}%)`;
  }

  /** The support and examples for the largest source, introduced by its name. */
  private showNextSteps(largest: Co2Param | undefined) {
    part(this, '.next-none').hidden = largest !== undefined;
    for (const el of this.querySelectorAll<HTMLElement>('[data-actions]')) {
      const active = el.dataset.actions === largest;
      el.hidden = !active;
      if (active && largest) part(el, 'p').textContent = this.text('co2.next.intro', { item: this.text(`co2.item.${largest}`) });
    }
  }

  private clearResult() {
    for (const el of this.querySelectorAll<HTMLOutputElement>('output')) this.setOutput(el, undefined);
    for (const el of this.querySelectorAll<HTMLElement>('[data-formula]')) el.textContent = '–';
    for (const el of this.querySelectorAll<HTMLElement>('[data-bar], [data-actions]')) el.hidden = true;
    part(this, '.breakdown-empty').hidden = false;
    part(this, '.next-none').hidden = false;
    part<HTMLButtonElement>(this, '[data-download]').disabled = true;
  }

  private download() {
    if (!this.lastResult?.ok) return;
    const items = recordOf(co2Params, (p) => this.text(`co2.item.${p}`));
    downloadCsv(co2Csv(this.lastResult, this.payload.lang, items, co2CsvHeadKeys.map((k) => this.text(k)), this.text(co2CsvTotalKey)), 'co2-scope1-2.csv');
  }
}

customElements.define('co2-calculator', Co2Calculator);
