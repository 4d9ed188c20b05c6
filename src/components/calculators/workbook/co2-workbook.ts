/**
 * <co2-workbook>: wiring only. It reads the page's payload, keeps one Workbook in localStorage
 * (src/lib/calculators/workbook-storage.ts, read through workbook-schema.ts), and writes what the pure modules shape: the grid,
 * totals, report and chart (workbook-report.ts), the CSV files (workbook-csv.ts). When storage is
 * refused the workbook still works for the visit and says so. Chart.js loads only when asked for.
 * Nothing leaves the browser.
 */
import { parseAmount } from '../../../lib/calculators/parse-amount';
import { entryColumns, emptyWorkbook, factorOf, fiscalYearOf, maxOf, offeredYears, openingYear, setAmount, monthsOf, type EntryColumn, type Workbook } from '../../../lib/calculators/workbook';
import { mergeImport, parseWorkbookCsv, workbookCsv, type ImportProblem } from '../../../lib/calculators/workbook-csv';
import { gridRows, totalsTable, workbookChart, workbookReport, type Voice } from '../../../lib/calculators/workbook-report';
import { storageKey, storageWorks } from '../../../lib/calculators/workbook-storage';
import type { WorkbookPayload } from '../../../lib/calculators/workbook-page';
import { chartLegend } from '../../../lib/metrics/chart-config';
import { formatDate, formatFiscalYear, todayInJapan } from '../../../lib/dates';
import { formatNumber } from '../../../lib/format/amounts';
import { downloadCsv, element, link, part, readPayload, setFieldError, showErrorSummary, summaryItem, tableElement, textOf } from '../../client-kit';

/** The grid column a cell edits, read back from its `data-column`. */
const columnOf = (input: HTMLInputElement): EntryColumn | undefined => entryColumns.find((c) => c === input.dataset.column);

class Co2Workbook extends HTMLElement {
  private readonly payload = readPayload<WorkbookPayload>(this);
  private readonly say = textOf(this.payload.strings);
  private readonly voice: Voice = { lang: this.payload.lang, say: this.say };
  private book: Workbook = emptyWorkbook();
  /** False when the browser refuses storage or what it holds could not be read: nothing is written then. */
  private canStore = true;
  private year = 0;
  private chart: { destroy(): void } | undefined;

  async connectedCallback() {
    // Nothing can be typed before the stored workbook is read: the grid is drawn after it.
    await this.load();
    this.year = openingYear(this.book, todayInJapan());
    this.input('#wb-organization').value = this.book.organization;
    this.input('#wb-lpg-factor').value = this.book.lpgTonnesPerM3 === undefined ? '' : formatNumber(this.book.lpgTonnesPerM3, this.voice.lang, 12);
    this.on('#wb-organization', 'input', (e) => e.target instanceof HTMLInputElement && this.change({ ...this.book, organization: e.target.value }));
    this.on('#wb-lpg-factor', 'input', () => this.typedLpgFactor());
    this.on('#wb-year', 'change', (e) => {
      if (e.target instanceof HTMLSelectElement) this.year = Number(e.target.value);
      this.render();
    });
    this.on('#wb-factor', 'change', (e) => {
      if (e.target instanceof HTMLSelectElement) this.change({ ...this.book, electricityFactors: { ...this.book.electricityFactors, [this.year]: e.target.value } });
    });
    this.on('.wb-grid tbody', 'input', (e) => e.target instanceof HTMLInputElement && this.typed(e.target));
    this.on('.wb-grid tbody', 'paste', (e) => e instanceof ClipboardEvent && this.paste(e));
    this.on('.wb-grid tbody', 'keydown', (e) => e instanceof KeyboardEvent && this.enterMovesDown(e));
    this.on('#workbook-import', 'change', (e) => e.target instanceof HTMLInputElement && void this.import(e.target));
    this.on('#workbook-export', 'click', () => downloadCsv(workbookCsv(this.book), 'co2-workbook.csv'));
    this.on('#wb-print', 'click', () => window.print());
    this.on('#wb-delete', 'click', () => this.deleteAll());
    this.on('#wb-chart-toggle', 'click', () => void this.toggleChart());
    this.render();
  }

  private on(selector: string, type: string, listener: (e: Event) => unknown) {
    part(this, selector).addEventListener(type, listener);
  }
  private input = (selector: string) => part<HTMLInputElement>(this, selector);
  private write(selector: string, text: string) {
    part(this, selector).textContent = text;
  }

  // ------------------------------------------------------------ storage

  private async load() {
    if (!storageWorks(() => localStorage)) return this.refuseStorage('workbook.storage.unavailable');
    const stored = localStorage.getItem(storageKey);
    if (stored === null) return;
    // The schema (with Zod) is loaded only when there is something to read.
    const { readStored } = await import('../../../lib/calculators/workbook-schema');
    const book = readStored(stored, this.payload.factors);
    if (book) this.book = book;
    else this.refuseStorage('workbook.storage.unreadable');
  }

  private refuseStorage(why: 'workbook.storage.unavailable' | 'workbook.storage.unreadable') {
    this.canStore = false;
    this.write('.wb-storage', this.say(why));
  }

  private save() {
    if (!this.canStore) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(this.book));
      this.write('.wb-saved', this.say('workbook.saved'));
    } catch {
      this.refuseStorage('workbook.storage.unavailable');
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
    const years = offeredYears(this.book, todayInJapan(), this.year);
    part(this, '#wb-year').replaceChildren(...years.map((y) => new Option(formatFiscalYear(y, this.voice.lang), String(y), false, y === this.year)));
    this.write('#wb-grid-caption', this.say('workbook.grid.caption', { year: formatFiscalYear(this.year, this.voice.lang) }));
    const rows = gridRows(this.book, this.year, this.voice.lang).map((row) =>
      element(
        'tr',
        {},
        element('th', { scope: 'row', id: `wb-row-${row.month}` }, row.label),
        ...row.cells.map((cell) => {
          const input = element('input', {
            id: cell.id,
            type: 'text',
            inputmode: 'decimal',
            autocomplete: 'off',
            'data-month': row.month,
            'data-column': cell.column,
            'aria-labelledby': `wb-row-${row.month} wb-col-${cell.column}`,
            'aria-describedby': 'wb-grid-hint',
          });
          input.value = cell.value;
          // The label a card shows on a phone, where the column headers are out of sight.
          return element('td', { 'data-label': this.say(`workbook.energy.${cell.column}`) }, input, element('span', { class: 'cell-error', id: `${cell.id}-error`, hidden: '' }));
        }),
      ),
    );
    part(this, '.wb-grid tbody').replaceChildren(...rows);
    this.showErrors();
    this.renderResults();
  }

  /** A cell typed into: a valid amount is stored at once; an invalid one is flagged and not stored. */
  private typed(input: HTMLInputElement) {
    const column = columnOf(input);
    const month = input.dataset.month;
    if (!column || !month) return;
    const parsed = parseAmount(input.value, maxOf(column));
    if (parsed.ok) this.change(setAmount(this.book, month, column, parsed.value));
    this.showErrors();
  }

  /** The supplier's LP gas factor: empty uses propane's 1/502; a number above 0 and at most 0.01 t per m³ is stored. */
  private typedLpgFactor() {
    const parsed = parseAmount(this.input('#wb-lpg-factor').value, 0.01);
    if (parsed.ok) {
      const { lpgTonnesPerM3: _, ...rest } = this.book;
      this.change(parsed.value === 0 ? rest : { ...rest, lpgTonnesPerM3: parsed.value });
    }
    this.showErrors();
  }

  private showErrors() {
    const items: HTMLLIElement[] = [];
    const lpg = this.input('#wb-lpg-factor');
    const lpgFactor = parseAmount(lpg.value, 0.01);
    setFieldError(lpg, lpgFactor.ok ? undefined : this.say('workbook.import.bad_lpg_factor'));
    if (!lpgFactor.ok) items.push(summaryItem(lpg, this.say('workbook.import.bad_lpg_factor')));
    for (const input of this.querySelectorAll<HTMLInputElement>('.wb-grid input')) {
      const column = columnOf(input);
      if (!column) continue;
      const parsed = parseAmount(input.value, maxOf(column));
      const message = parsed.ok ? undefined : this.say(`amount.error.${parsed.error}`);
      setFieldError(input, message, 'wb-grid-hint');
      if (message) items.push(summaryItem(input, `${formatDate(input.dataset.month ?? '', this.voice.lang)} ${this.say(`workbook.energy.${column}`)}: ${message}`));
    }
    showErrorSummary(part(this, '.error-summary'), items);
  }

  /** A block copied from a spreadsheet (tabs across, lines down) fills the grid from the cell pasted into. */
  private paste(e: ClipboardEvent) {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const start = e.target instanceof HTMLInputElement ? columnOf(e.target) : undefined;
    if (!(e.target instanceof HTMLInputElement) || !start || !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    const months = monthsOf(this.year);
    const startRow = months.indexOf(e.target.dataset.month ?? '');
    text.replace(/\r?\n$/, '').split(/\r?\n/).forEach((line, r) => {
      line.split('\t').forEach((value, c) => {
        const month = months[startRow + r];
        const column = entryColumns[entryColumns.indexOf(start) + c];
        if (!month || !column) return;
        const cell = this.input(`#wb-${month}-${column}`);
        cell.value = value.trim();
        this.typed(cell);
      });
    });
  }

  private enterMovesDown(e: KeyboardEvent) {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || !columnOf(e.target)) return;
    e.preventDefault();
    const months = monthsOf(this.year);
    const next = months[months.indexOf(e.target.dataset.month ?? '') + 1];
    if (next) this.input(`#wb-${next}-${e.target.dataset.column}`).focus();
  }

  // ------------------------------------------------------------ totals, report, chart

  private renderResults() {
    const factorId = factorOf(this.book, this.year);
    part<HTMLSelectElement>(this, '#wb-factor').value = factorId;
    const factor = this.payload.factors.find((f) => f.id === factorId);
    this.write('.wb-vintage', factor ? this.say('workbook.factor.vintage', { applies: factor.appliesTo[this.voice.lang] }) : '');
    const totals = totalsTable(this.book, this.payload.factors, this.voice);
    part(this, '.wb-totals-empty').hidden = totals !== undefined;
    part(this, '#workbook-totals').replaceChildren(...(totals ? [tableElement(totals)] : []));
    this.renderReport();
    if (this.chart) void this.drawChart();
  }

  private renderReport() {
    const report = workbookReport(this.book, this.year, this.payload.factors, this.voice, todayInJapan(), this.payload.siteUrl);
    this.write('.wb-report-title', report.title);
    part(this, '.wb-report-meta').replaceChildren(...report.meta.flatMap((m) => [element('dt', {}, m.label), element('dd', {}, m.href ? link(m.href, m.value) : m.value)]));
    const body = report.tables.length === 0 ? [element('p', {}, this.say('workbook.report.empty'))] : report.tables.map(tableElement);
    part(this, '.wb-report-body').replaceChildren(...body, ...report.notes.map((n) => element('p', {}, n)));
  }

  private async toggleChart() {
    const button = part(this, '#wb-chart-toggle');
    const box = part(this, '#wb-chart');
    box.hidden = !box.hidden;
    button.setAttribute('aria-expanded', String(!box.hidden));
    button.textContent = this.say(box.hidden ? 'workbook.chart.show' : 'workbook.chart.hide');
    if (!box.hidden) return this.drawChart();
    this.chart?.destroy();
    this.chart = undefined;
  }

  private async drawChart() {
    const Chart = (await import('../../charts/chart-setup')).themedChart();
    const config = workbookChart(this.book, this.year, this.payload.factors, this.voice);
    const canvas = part<HTMLCanvasElement>(this, '#wb-chart canvas');
    canvas.setAttribute('aria-label', this.say('workbook.chart.alt', { year: formatFiscalYear(this.year, this.voice.lang) }));
    const legend = chartLegend(config).map((l) => element('li', {}, element('span', { class: 'swatch', style: `background:${l.color}`, 'aria-hidden': 'true' }), l.label));
    part(this, '.wb-legend').replaceChildren(...legend);
    this.chart?.destroy();
    this.chart = new Chart(canvas, config);
  }

  // ------------------------------------------------------------ files and deletion

  private async import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const alert = part(this, '.wb-import-alert');
    alert.replaceChildren();
    this.write('.wb-import-status', '');
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return alert.append(element('p', {}, this.say('workbook.import.unreadable')));
    const result = parseWorkbookCsv(text, this.payload.factors);
    input.value = '';
    if (!result.ok) {
      alert.append(element('p', {}, element('strong', {}, this.say('workbook.import.refused'))), element('ul', {}, ...result.problems.map((p) => element('li', {}, this.problem(p)))));
      return;
    }
    const imported = Object.keys(result.months);
    if (imported.length > 0) this.year = Math.max(...imported.map(fiscalYearOf));
    this.book = mergeImport(this.book, result);
    this.save();
    this.input('#wb-lpg-factor').value = this.book.lpgTonnesPerM3 === undefined ? '' : formatNumber(this.book.lpgTonnesPerM3, this.voice.lang, 12);
    this.render();
    const ignored = result.ignoredColumns.length ? ` ${this.say('workbook.import.ignored', { columns: result.ignoredColumns.join(', ') })}` : '';
    this.write('.wb-import-status', `${this.say('workbook.import.done', { count: imported.length })}${ignored}`);
  }

  private problem(p: ImportProblem): string {
    if (p.kind === 'empty') return this.say('workbook.import.empty');
    if (p.kind === 'missing_column') return this.say('workbook.import.missing_column', { column: p.column });
    return this.say('workbook.import.cell', { row: p.row, column: p.column, message: this.say(`workbook.import.${p.problem}`) });
  }

  private deleteAll() {
    if (!window.confirm(this.say('workbook.delete.confirm'))) return;
    // What could not be read before is gone now, so the workbook may store again.
    if (storageWorks(() => localStorage)) {
      localStorage.removeItem(storageKey);
      this.canStore = true;
      this.write('.wb-storage', '');
    }
    this.book = emptyWorkbook();
    this.input('#wb-organization').value = '';
    this.input('#wb-lpg-factor').value = '';
    this.render();
    this.write('.wb-saved', '');
    this.write('.wb-delete-status', this.say('workbook.delete.done'));
  }
}

customElements.define('co2-workbook', Co2Workbook);
