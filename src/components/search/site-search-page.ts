/**
 * <site-search-page>: runs the /search/ form against the Pagefind index of the page's language.
 * - The keywords and the ticked filters are kept in the URL (replaceState), and read from it on load,
 *   so a search can be shared and reloaded.
 * - Without keywords, the filters alone list the pages (pagefind.search(null, { filters })).
 * - Within one filter the ticked values are alternatives (any); different filters must all hold.
 * - Each option shows how many pages have it among those matching the keywords (all pages when
 *   there are none), whatever the other ticked filters.
 * - The filters sit in a <details>, open on wide screens and closed on a phone so that the results
 *   come first; its summary says how many filters are ticked.
 * - When the query names a glossary term, its definition card is shown above the results.
 */
import { pagefindOptions } from '../../config/search.mjs';
import { formatFiscalYear } from '../../lib/dates';
import { normalizeQuery } from '../../lib/search/normalize-query';
import { definitionFor } from '../../lib/search/definitions';
import type { SearchPagePayload } from '../../lib/search/page-payload';
import { part, readPayload, textOf, urlParams, writeUrlParams, type Text } from '../client-kit';

type Filters = Record<string, { any: string[] }>;
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(term: string | null, options: { filters: Filters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Built after the site by Starlight's Pagefind step, so it is loaded at run time, not bundled.
    const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    // A dynamic import of a URL is `any` to TypeScript: Pagefind's interface is declared above.
    const module: Pagefind = await import(/* @vite-ignore */ url);
    await module.options({ ...pagefindOptions, baseUrl: import.meta.env.BASE_URL });
    return module;
  })();
  return pagefind;
}

/** A filter's fieldset with its two names: `name` in the index, `param` in the URL. */
interface FilterSet {
  fieldset: HTMLFieldSetElement;
  name: string;
  param: string;
}

class SiteSearchPage extends HTMLElement {
  private payload!: SearchPagePayload;
  private text!: Text<keyof SearchPagePayload['strings']>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;

  connectedCallback() {
    this.payload = readPayload<SearchPagePayload>(this);
    this.text = textOf(this.payload.strings);
    // Same breakpoint as Starlight's sidebar (50rem): below it the results come first.
    part<HTMLDetailsElement>(this, 'details').open = window.matchMedia('(min-width: 50rem)').matches;
    const form = part<HTMLFormElement>(this, 'form');
    const input = this.input();

    // State from the URL.
    const params = urlParams();
    input.value = params.get('q') ?? '';
    for (const set of this.fieldsets()) {
      const { fieldset, param } = set;
      const wanted = new Set(params.getAll(param));
      for (const box of this.boxes(fieldset)) box.checked = wanted.has(box.value);
      for (const value of wanted) if (![...this.boxes(fieldset)].some((b) => b.value === value)) this.addOption(set, value, true);
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(0);
    });
    form.addEventListener('reset', () => setTimeout(() => this.update(0)));
    input.addEventListener('input', () => this.update(250));
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') this.update(0);
    });
    this.update(0);
    // Options for filter values that exist only in the index (none are missing today).
    loadPagefind()
      .then((pf) => pf.filters())
      .then((all) => {
        for (const set of this.fieldsets()) {
          for (const value of Object.keys(all[set.name] ?? {})) {
            if (![...this.boxes(set.fieldset)].some((b) => b.value === value)) this.addOption(set, value, false);
          }
        }
      })
      .catch(() => {});
  }

  private input() {
    return part<HTMLInputElement>(this, '#search-q');
  }

  private fieldsets(): FilterSet[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')].map((fieldset) => ({
      fieldset,
      name: fieldset.dataset.filter ?? '',
      param: fieldset.dataset.param ?? '',
    }));
  }

  private boxes(fieldset: HTMLFieldSetElement) {
    return fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  }

  private label(filter: string, value: string): string {
    if (filter === 'fiscalYear') return formatFiscalYear(Number(value), this.payload.lang);
    const labels = filter === 'type' ? this.payload.labels.type : filter === 'workingGroup' ? this.payload.labels.workingGroup : {};
    return labels[value] ?? value;
  }

  private addOption({ fieldset, name, param }: FilterSet, value: string, checked: boolean) {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = param;
    box.value = value;
    box.checked = checked;
    const text = document.createElement('span');
    text.className = 'option-label';
    text.textContent = this.label(name, value);
    const count = document.createElement('span');
    count.className = 'option-count';
    label.append(box, text, ' ', count);
    li.append(label);
    part(fieldset, 'ul').append(li);
  }

  /** The keywords and the ticked filters, for Pagefind and for the URL. */
  private state() {
    const filters: Filters = {};
    const params: Record<string, string[]> = {};
    const query = this.input().value.trim();
    for (const { fieldset, name, param } of this.fieldsets()) {
      const values = [...this.boxes(fieldset)].filter((b) => b.checked).map((b) => b.value);
      if (values.length > 0) filters[name] = { any: values };
      params[param] = values;
    }
    return { query, filters, params: { q: query, ...params } };
  }

  private update(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), delay);
  }

  private async search() {
    const run = ++this.run;
    const { query, filters, params } = this.state();
    writeUrlParams(params);
    this.showTickedCount(filters);
    this.showDefinition(query);
    const status = part(this, '.search-status');
    const list = part<HTMLOListElement>(this, '.search-results');
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = this.text('search.status.prompt');
      loadPagefind()
        .then((pf) => pf.filters())
        .then((counts) => run === this.run && this.showCounts(counts))
        .catch(() => {});
      return;
    }
    status.textContent = this.text('search.status.loading');
    try {
      const pf = await loadPagefind();
      const found = await pf.search(normalizeQuery(query) || null, { filters });
      if (run !== this.run || !found) return;
      const pages = await Promise.all(found.results.map((r) => r.data()));
      // Pagefind counts the values for the keywords alone; without keywords, count the whole index.
      const counts = query ? found.totalFilters : await pf.filters();
      if (run !== this.run) return;
      list.replaceChildren(...pages.map((page) => this.item(page)));
      const n = pages.length;
      status.textContent = n === 0 ? this.text('search.status.none') : n === 1 ? this.text('search.status.one') : this.text('search.status.many', { count: n });
      this.showCounts(counts);
    } catch {
      if (run === this.run) status.textContent = this.text('search.status.error');
    }
  }

  /** "Filters (2 ticked)" on the button that opens the filters. */
  private showTickedCount(filters: Filters) {
    const ticked = Object.values(filters).reduce((n, f) => n + f.any.length, 0);
    const toggle = part(this, '.search-filter-toggle');
    toggle.textContent = this.text('search.filters.toggle') + (ticked > 0 ? ` (${this.text('search.filters.ticked', { count: ticked })})` : '');
  }

  /** The card of the glossary term the query names, if it names one. */
  private showDefinition(query: string) {
    const card = part(this, '.definition-card');
    const found = definitionFor(query, this.payload.definitions);
    card.hidden = found === undefined;
    if (!found) return;
    const link = part<HTMLAnchorElement>(card, '.definition-term a');
    link.href = found.href;
    link.textContent = found.title;
    part(card, '.definition-text').textContent = found.description;
  }

  /** "(3)" beside each option: the pages that have it among those matching the keywords. */
  private showCounts(counts: Record<string, Record<string, number>>) {
    for (const { fieldset, name } of this.fieldsets()) {
      for (const box of this.boxes(fieldset)) {
        const count = counts[name]?.[box.value];
        const label = box.closest('label');
        if (label) part(label, '.option-count').textContent = count === undefined ? '' : `(${count})`;
      }
    }
  }

  private item(page: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'result-link';
    link.href = page.url;
    link.textContent = page.meta.title ?? page.url;
    const type = document.createElement('p');
    type.className = 'result-type';
    type.textContent = (page.filters.type ?? []).map((v) => this.label('type', v)).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is text from our own pages, escaped, with the matched words in <mark>.
    excerpt.innerHTML = page.excerpt;
    li.append(link, type, excerpt);
    return li;
  }
}

customElements.define('site-search-page', SiteSearchPage);
