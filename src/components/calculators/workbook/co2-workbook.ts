/**
 * <co2-workbook>: the month grid of one fiscal year, the totals of every fiscal year, the report,
 * CSV import and export, and "delete all". State is one Workbook (src/lib/calculators/workbook.ts)
 * kept in localStorage; when storage is refused the workbook still works for the visit and says so.
 * Chart.js is imported only when the person asks for the chart. Nothing leaves the browser.
 */
import { co2Params, formatTonnes, lineSpecs, unitLabel, type Co2Param } from '../../../lib/calculators/co2';
import { parseAmount } from '../../../lib/calculators/parse-amount';
import {
  emptyWorkbook,
  factorOf,
  fiscalYearOf,
  fiscalYearTotals,
  mergeImport,
  monthsOf,
  monthTonnes,
  parseWorkbookCsv,
  readStored,
  setAmount,
  storageKey,
  workbookCsv,
  type ImportProblem,
  type Workbook,
} from '../../../lib/calculators/workbook';
import { palette } from '../../../lib/metrics/chart-config';
import { formatDate, formatFiscalYear, todayInJapan } from '../../../lib/dates';
import { formatNumber } from '../../../lib/format/amounts';
import type { WorkbookPayload, WorkbookStringKey } from '../../../lib/calculators/workbook-page';
import { locale, type Lang } from '../../../lib/i18n';
import type { EmissionFactor } from '../../../schemas/emission-factors';
import { downloadCsv, readPayload, setFieldError, showErrorSummary, summaryItem, textOf, type Text } from '../client-kit';

type Child = Node | string;
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
const row = (cells: HTMLElement[]) => el('tr', {}, ...cells);
const th = (text: string, scope = 'row') => el('th', { scope }, text);
const td = (text: string) => el('td', {}, text);
/** A cell of words, not figures: aligned to the start where figures align to the end. */
const tdText = (...children: Child[]) => el('td', { class: 'text' }, ...children);

class Co2Workbook extends HTMLElement {
  private language: Lang = 'ja';
  private factors: EmissionFactor[] = [];
  private text!: Text<WorkbookStringKey>;
  private siteUrl = '';
  private book: Workbook = emptyWorkbook();
  /** False when the browser refuses storage or what it holds could not be read: nothing is written then. */
  private canStore = true;
  private year = 0;
  private chart: { destroy(): void } | undefined;

  connectedCallback() {
    const payload = readPayload<WorkbookPayload>(this);
    this.language = payload.lang;
    this.factors = payload.factors;
    this.siteUrl = payload.siteUrl;
    this.text = textOf(payload.strings);
    this.load();
    const latest = Math.max(0, ...Object.keys(this.book.months).map(fiscalYearOf));
    this.year = latest || fiscalYearOf(new Date().toISOString().slice(0, 7));
    this.q<HTMLInputElement>('#wb-organization').value = this.book.organization;

    this.q('#wb-organization').addEventListener('input', (e) => this.change({ ...this.book, organization: (e.target as HTMLInputElement).value }));
    this.q('#wb-year').addEventListener('change', (e) => {
      this.year = Number((e.target as HTMLSelectElement).value);
      this.render();
    });
    this.q('#wb-factor').addEventListener('change', (e) => {
      const electricityFactors = { ...this.book.electricityFactors, [this.year]: (e.target as HTMLSelectElement).value };
      this.change({ ...this.book, electricityFactors });
    });
    const grid = this.q('.wb-grid tbody');
    grid.addEventListener('input', (e) => this.typed(e.target as HTMLInputElement));
    grid.addEventListener('paste', (e) => this.paste(e as ClipboardEvent));
    grid.addEventListener('keydown', (e) => this.enterMovesDown(e as KeyboardEvent));
    this.q('#workbook-import').addEventListener('change', (e) => void this.import(e.target as HTMLInputElement));
    this.q('#workbook-export').addEventListener('click', () => this.export());
    this.q('#wb-print').addEventListener('click', () => window.print());
    this.q('#wb-delete').addEventListener('click', () => this.deleteAll());
    this.q('#wb-chart-toggle').addEventListener('click', () => void this.toggleChart());
    this.render();
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
  private say(selector: string, text: string) {
    this.q(selector).textContent = text;
  }
  private fy = (year: number) => formatFiscalYear(year, this.language);
  private n = (v: number, digits = 3) => formatNumber(v, this.language, digits);
  /** Tonnes always with three decimals, as the calculator shows them: 3 → "3.000". */
  private tonnes = (v: number) => formatTonnes(v, this.language);
  /** "Apr 2025" / "2025年4月", short enough for a row header. */
  private shortMonth = (month: string) =>
    new Intl.DateTimeFormat(locale(this.language), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  // ------------------------------------------------------------ storage

  private load() {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(storageKey);
      localStorage.setItem(`${storageKey}-probe`, '1');
      localStorage.removeItem(`${storageKey}-probe`);
    } catch {
      this.canStore = false;
      this.say('.wb-storage', this.text('workbook.storage.unavailable'));
      return;
    }
    const book = readStored(stored, this.factors);
    if (book) this.book = book;
    else {
      this.canStore = false;
      this.say('.wb-storage', this.text('workbook.storage.unreadable'));
    }
  }

  private save() {
    if (!this.canStore) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(this.book));
      this.say('.wb-saved', this.text('workbook.saved'));
    } catch {
      this.canStore = false;
      this.say('.wb-storage', this.text('workbook.storage.unavailable'));
    }
  }

  /** Replaces the state, stores it, and redraws everything but the grid (which holds what is being typed). */
  private change(book: Workbook) {
    this.book = book;
    this.save();
    this.renderResults();
  }

  // ------------------------------------------------------------ grid

  private render() {
    this.renderYears();
    this.renderGrid();
    this.renderResults();
  }

  private renderYears() {
    const select = this.q<HTMLSelectElement>('#wb-year');
    const now = fiscalYearOf(new Date().toISOString().slice(0, 7));
    const years = new Set([...Object.keys(this.book.months).map(fiscalYearOf), this.year]);
    for (let y = now - 3; y <= now + 1; y++) years.add(y);
    select.replaceChildren(...[...years].sort((a, b) => b - a).map((y) => new Option(this.fy(y), String(y), false, y === this.year)));
  }

  private renderGrid() {
    this.say('#wb-grid-caption', this.text('workbook.grid.caption', { year: this.fy(this.year) }));
    const rows = monthsOf(this.year).map((month) => {
      const head = el('th', { scope: 'row', id: `wb-row-${month}` }, this.shortMonth(month));
      const cells = co2Params.map((p) => {
        const id = `wb-${month}-${p}`;
        const value = this.book.months[month]?.[p];
        const input = el('input', {
          id,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          'data-month': month,
          'data-param': p,
          'aria-labelledby': `wb-row-${month} wb-col-${p}`,
          'aria-describedby': 'wb-grid-hint',
        }) as HTMLInputElement;
        if (value !== undefined) input.value = formatNumber(value, this.language, 12);
        return el('td', {}, input, el('span', { class: 'cell-error', id: `${id}-error`, hidden: '' }));
      });
      return row([head, ...cells]);
    });
    this.q('.wb-grid tbody').replaceChildren(...rows);
    this.showCellErrors();
  }

  /** A cell typed into: a valid amount is stored at once; an invalid one is flagged and not stored. */
  private typed(input: HTMLInputElement) {
    if (!input.dataset.param) return;
    const param = input.dataset.param as Co2Param;
    const parsed = parseAmount(input.value, lineSpecs[param].max);
    if (parsed.ok) this.change(setAmount(this.book, input.dataset.month!, param, parsed.value));
    this.showCellErrors();
  }

  private showCellErrors() {
    const items: HTMLLIElement[] = [];
    for (const input of this.querySelectorAll<HTMLInputElement>('.wb-grid input')) {
      const param = input.dataset.param as Co2Param;
      const parsed = parseAmount(input.value, lineSpecs[param].max);
      const message = parsed.ok ? undefined : this.text(`co2.error.${parsed.error}`);
      setFieldError(input, message, 'wb-grid-hint');
      if (message) items.push(summaryItem(input, `${formatDate(input.dataset.month!, this.language)} ${this.text(`workbook.energy.${param}`)}: ${message}`));
    }
    showErrorSummary(this.q('.error-summary'), items);
  }

  /** A block copied from a spreadsheet (tabs across, lines down) fills the grid from the cell pasted into. */
  private paste(e: ClipboardEvent) {
    const input = e.target as HTMLInputElement;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!input.dataset.param || !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    const months = monthsOf(this.year);
    const startRow = months.indexOf(input.dataset.month!);
    const startCol = co2Params.indexOf(input.dataset.param as Co2Param);
    text.replace(/\r?\n$/, '').split(/\r?\n/).forEach((line, r) => {
      line.split('\t').forEach((value, c) => {
        const month = months[startRow + r];
        const param = co2Params[startCol + c];
        if (!month || !param) return;
        const cell = this.q<HTMLInputElement>(`#wb-${month}-${param}`);
        cell.value = value.trim();
        this.typed(cell);
      });
    });
  }

  private enterMovesDown(e: KeyboardEvent) {
    const input = e.target as HTMLInputElement;
    if (e.key !== 'Enter' || !input.dataset.param) return;
    e.preventDefault();
    const months = monthsOf(this.year);
    const next = months[months.indexOf(input.dataset.month!) + 1];
    if (next) this.q<HTMLInputElement>(`#wb-${next}-${input.dataset.param}`).focus();
  }

  // ------------------------------------------------------------ totals, report, chart

  private renderResults() {
    const factorId = factorOf(this.book, this.year);
    const select = this.q<HTMLSelectElement>('#wb-factor');
    select.value = factorId;
    const factor = this.factors.find((f) => f.id === factorId)!;
    this.say('.wb-vintage', this.text('workbook.factor.vintage', { applies: factor.appliesTo[this.language] }));
    this.renderTotals();
    this.renderReport();
    if (this.chart) void this.drawChart();
  }

  private renderTotals() {
    const years = fiscalYearTotals(this.book, this.factors);
    const host = this.q('#workbook-totals');
    this.q('.wb-totals-empty').hidden = years.length > 0;
    if (years.length === 0) return host.replaceChildren();
    const line = (label: string, cell: (y: (typeof years)[number]) => Child, text = false) =>
      row([th(label), ...years.map((y) => (text ? tdText(cell(y)) : el('td', {}, cell(y))))]);
    const change = (y: (typeof years)[number]): Child => {
      if (!y.change) return '–';
      const sign = (v: number) => (v > 0 ? '+' : '');
      const text = `${sign(y.change.tonnes)}${this.tonnes(y.change.tonnes)} t (${sign(y.change.ratio)}${formatNumber(y.change.ratio * 100, this.language, 1)}%)`;
      const previous = years.find((o) => o.fiscalYear === y.fiscalYear - 1)!;
      // A year still being filled in is not comparable month for month: say so beside the figure.
      if (previous.monthsEntered === y.monthsEntered) return text;
      return el('span', {}, text, el('span', { class: 'wb-partial' }, this.text('workbook.totals.partial', { now: y.monthsEntered, before: previous.monthsEntered })));
    };
    const table = el(
      'table',
      {},
      el('caption', {}, this.text('workbook.totals.caption')),
      el('thead', {}, row([th(this.text('workbook.totals.item'), 'col'), ...years.map((y) => th(this.fy(y.fiscalYear), 'col'))])),
      el(
        'tbody',
        {},
        ...co2Params.map((p) => line(this.text(`workbook.energy.${p}`).replace(/\s*\(.*\)$/, ''), (y) => this.tonnes(y.tonnes[p]))),
        line(this.text('co2.result.scope1'), (y) => this.tonnes(y.scope1)),
        line(this.text('co2.result.scope2'), (y) => this.tonnes(y.scope2)),
        line(this.text('workbook.totals.total'), (y) => el('output', { 'data-fiscal-year': String(y.fiscalYear), 'data-value': y.total.toFixed(6) }, el('strong', {}, this.tonnes(y.total)))),
        line(this.text('workbook.totals.change'), change),
        line(this.text('workbook.totals.months'), (y) => String(y.monthsEntered)),
        line(this.text('workbook.totals.factor'), (y) => y.electricityFactor.name[this.language], true),
      ),
    );
    host.replaceChildren(el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': this.text('workbook.totals.caption') }, table));
  }

  private renderReport() {
    const year = fiscalYearTotals(this.book, this.factors).find((y) => y.fiscalYear === this.year);
    const months = monthsOf(this.year);
    this.say('.wb-report-title', this.text('workbook.report.title', { year: this.fy(this.year) }));
    const meta = (label: string, value: Child) => [el('dt', {}, label), el('dd', {}, value)];
    const url = this.siteUrl;
    this.q('.wb-report-meta').replaceChildren(
      ...meta(this.text('workbook.report.organization'), this.book.organization.trim() || this.text('workbook.report.noOrganization')),
      ...meta(this.text('workbook.report.period'), `${formatDate(months[0]!, this.language)} – ${formatDate(months[11]!, this.language)}`),
      ...meta(this.text('workbook.report.made'), formatDate(todayInJapan(), this.language)),
      ...meta(this.text('workbook.report.site'), el('a', { href: url }, url)),
    );
    const body = this.q('.wb-report-body');
    if (!year) return body.replaceChildren(el('p', {}, this.text('workbook.report.empty')));
    const energy = (p: Co2Param) => this.text(`workbook.energy.${p}`);
    const byEnergy = el(
      'table',
      {},
      el('caption', {}, this.text('workbook.report.byEnergy')),
      el('thead', {}, row([th(this.text('workbook.totals.item'), 'col'), th(this.text('workbook.report.amount'), 'col'), th(this.text('workbook.report.tonnes'), 'col')])),
      el(
        'tbody',
        {},
        ...co2Params.map((p) => row([th(energy(p)), td(this.n(year.amounts[p], 6)), td(this.tonnes(year.tonnes[p]))])),
        row([th(this.text('co2.result.scope1')), td(''), td(this.tonnes(year.scope1))]),
        row([th(this.text('co2.result.scope2')), td(''), td(this.tonnes(year.scope2))]),
        row([th(this.text('workbook.totals.total')), td(''), el('td', {}, el('strong', {}, this.tonnes(year.total)))]),
      ),
    );
    const shortName = (p: Co2Param) => energy(p).replace(/\s*\(.*\)$/, '');
    const monthly = el(
      'table',
      {},
      el('caption', {}, this.text('workbook.report.monthly')),
      el('thead', {}, row([th(this.text('workbook.grid.month'), 'col'), ...co2Params.map((p) => th(shortName(p), 'col')), th(this.text('workbook.totals.total'), 'col')])),
      el(
        'tbody',
        {},
        ...months.map((m) => {
          const t = monthTonnes(this.book, m, this.factors);
          return row([th(this.shortMonth(m)), ...co2Params.map((p) => td(this.tonnes(t[p]))), td(this.tonnes(co2Params.reduce((s, p) => s + t[p], 0)))]);
        }),
      ),
    );
    const used = [year.electricityFactor, ...co2Params.filter((p) => p !== 'electricity').map((p) => this.factors.find((f) => f.id === lineSpecs[p].factorId)!)];
    const factorTable = el(
      'table',
      {},
      el('caption', {}, this.text('workbook.report.factors')),
      el(
        'thead',
        {},
        row((['workbook.totals.item', 'workbook.report.factor', 'workbook.report.appliesTo', 'workbook.report.status', 'workbook.report.source'] as const).map((k) => th(this.text(k), 'col'))),
      ),
      el(
        'tbody',
        {},
        ...used.map((f) =>
          row([
            th(f.name[this.language]),
            td(`${formatNumber(f.factor, this.language, 6)} t-CO2/${unitLabel(f.unit, this.language)}`),
            tdText(f.appliesTo[this.language]),
            tdText(this.text(`co2.status.${f.status}`)),
            tdText(f.sources[0]!.url ? el('a', { href: f.sources[0]!.url }, f.sources[0]!.label[this.language]) : f.sources[0]!.label[this.language]),
          ]),
        ),
      ),
    );
    // A wide table scrolls inside a focusable region, so that keyboard users can reach its overflow.
    const wrap = (table: HTMLElement) => el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': table.querySelector('caption')!.textContent! }, table);
    body.replaceChildren(wrap(byEnergy), wrap(monthly), wrap(factorTable));
  }

  private async toggleChart() {
    const button = this.q('#wb-chart-toggle');
    const box = this.q('#wb-chart');
    const show = box.hidden;
    box.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
    button.textContent = this.text(show ? 'workbook.chart.hide' : 'workbook.chart.show');
    if (show) await this.drawChart();
    else {
      this.chart?.destroy();
      this.chart = undefined;
    }
  }

  private async drawChart() {
    const { Chart } = await import('../../charts/chart-setup');
    const style = getComputedStyle(document.documentElement);
    Chart.defaults.color = style.getPropertyValue('--sl-color-gray-2').trim() || '#555';
    Chart.defaults.borderColor = style.getPropertyValue('--sl-color-gray-5').trim() || '#ccc';
    const months = monthsOf(this.year);
    const tonnes = months.map((m) => monthTonnes(this.book, m, this.factors));
    const canvas = this.q<HTMLCanvasElement>('#wb-chart canvas');
    canvas.setAttribute('aria-label', this.text('workbook.chart.alt', { year: this.fy(this.year) }));
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: months.map(this.shortMonth),
        datasets: co2Params.map((p, i) => ({
          label: this.text(`workbook.energy.${p}`).replace(/\s*\(.*\)$/, ''),
          data: tonnes.map((t) => Number(t[p].toFixed(3))),
          backgroundColor: palette[i % palette.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 't-CO2' } } },
      },
    });
  }

  // ------------------------------------------------------------ files and deletion

  private async import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const alert = this.q('.wb-import-alert');
    alert.replaceChildren();
    this.say('.wb-import-status', '');
    let text: string;
    try {
      text = await file.text();
    } catch {
      alert.append(el('p', {}, this.text('workbook.import.unreadable')));
      return;
    }
    const result = parseWorkbookCsv(text, this.factors);
    input.value = '';
    if (!result.ok) {
      alert.append(el('p', {}, el('strong', {}, this.text('workbook.import.refused'))), el('ul', {}, ...result.problems.map((p) => el('li', {}, this.problem(p)))));
      return;
    }
    const book = mergeImport(this.book, result);
    const imported = Object.keys(result.months);
    const latest = Math.max(...imported.map(fiscalYearOf));
    if (imported.length > 0) this.year = latest;
    this.book = book;
    this.save();
    this.render();
    const ignored = result.ignoredColumns.length ? ` ${this.text('workbook.import.ignored', { columns: result.ignoredColumns.join(', ') })}` : '';
    this.say('.wb-import-status', `${this.text('workbook.import.done', { count: imported.length })}${ignored}`);
  }

  private problem(p: ImportProblem): string {
    if (p.kind === 'empty') return this.text('workbook.import.empty');
    if (p.kind === 'missing_column') return this.text('workbook.import.missing_column', { column: p.column });
    return this.text('workbook.import.cell', { row: p.row, column: p.column, message: this.text(`workbook.import.${p.problem}`) });
  }

  private export() {
    downloadCsv(workbookCsv(this.book), 'co2-workbook.csv');
  }

  private deleteAll() {
    if (!window.confirm(this.text('workbook.delete.confirm'))) return;
    try {
      localStorage.removeItem(storageKey);
      // What could not be read before is gone now, so the workbook may store again.
      localStorage.setItem(`${storageKey}-probe`, '1');
      localStorage.removeItem(`${storageKey}-probe`);
      this.canStore = true;
      this.say('.wb-storage', '');
    } catch {
      // Storage was never available: there is nothing stored to remove.
    }
    this.book = emptyWorkbook();
    this.q<HTMLInputElement>('#wb-organization').value = '';
    this.render();
    this.say('.wb-saved', '');
    this.say('.wb-delete-status', this.text('workbook.delete.done'));
  }
}

customElements.define('co2-workbook', Co2Workbook);
