/**
 * What every tool's script does the same way, so that each script only reads its form, calls its
 * pure module in src/lib and writes the result:
 * - the payload: everything the server hands to the script (data, strings, language) is one JSON
 *   attribute, `data-payload`, read once with `readPayload`, which fails loudly naming the attribute;
 * - UI strings: the server picks the templates (`uiStrings` in src/lib/i18n.ts), the script fills
 *   their `{name}` placeholders with `textOf`, through the same `fill` that `t` uses at build;
 * - URL state: `urlParams` on load, `writeUrlParams` after each change (no new history entry; other
 *   parameters and the fragment stay), so that a result can be shared, reloaded and carried across
 *   the language switch (Starlight's switcher changes only the path);
 * Every custom element of the site uses it (the calculators, the search page, the news filter, the
 * live subsidy status, the charts), so each reads its payload and writes the URL the same way.
 * - field errors: the message beside the field, `aria-invalid`, `aria-describedby`, the error
 *   summary with links that focus the field; tonnes in <output> elements; a CSV download.
 */
import { fill, type UiKey, type UiStrings } from '../lib/i18n';
import type { TableCell, TableModel } from '../lib/format/table-model';

// ------------------------------------------------------------ payload

/**
 * The JSON the server wrote into `data-<name>` of `host` (by default `data-payload`). The type is
 * the payload's interface, shared with the code that builds it; a missing or broken attribute
 * throws, naming the element and the attribute, instead of leaving the tool empty.
 */
export function readPayload<T>(host: HTMLElement, name = 'payload'): T {
  const attribute = `data-${name}`;
  const raw = host.getAttribute(attribute);
  if (raw === null) throw new Error(`<${host.localName}> has no ${attribute} attribute`);
  let parsed: T;
  try {
    // JSON.parse gives `any`: the type is the payload interface its builder shares with the script.
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new Error(`<${host.localName}> ${attribute} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parsed;
}

/** The element under `host` that `selector` finds; a page without it throws, naming both. */
export function part<T extends Element = HTMLElement>(host: HTMLElement, selector: string): T {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector}`);
  return found;
}

// ------------------------------------------------------------ strings

/** Fills a string of the table by key; a key the server did not send throws, naming it. */
export type Text<K extends UiKey> = (key: K, vars?: Record<string, string | number>) => string;

export function textOf<K extends UiKey>(strings: UiStrings<K>): Text<K> {
  return (key, vars) => {
    const template: string | undefined = strings[key];
    if (template === undefined) throw new Error(`The page sent no UI string "${key}"`);
    return fill(template, vars);
  };
}

/** Writes text whose phrase marks (U+200B, see src/lib/format/phrase-breaks.ts) become `<wbr>` elements. */
export function setPhrased(el: Element, text: string) {
  el.replaceChildren(...text.split('\u200b').flatMap((part, i) => (i ? [document.createElement('wbr'), part] : [part])));
}

// ------------------------------------------------------------ URL state

/** The query string of the page as it is now. */
export function urlParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/**
 * Writes `values` into the query string without adding a history entry: a value that is undefined
 * or empty removes its parameter, a list repeats it (`?fy=2024&fy=2025`). Other parameters and the
 * fragment stay; no `?` when nothing is left.
 */
export function writeUrlParams(values: Record<string, string | readonly string[] | undefined>) {
  const params = urlParams();
  for (const [name, value] of Object.entries(values)) {
    params.delete(name);
    for (const one of typeof value === 'string' ? [value] : (value ?? [])) if (one) params.append(name, one);
  }
  const query = params.toString();
  history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

/**
 * The form's submit button runs the same update as typing does (which writes the URL) and then moves
 * focus to the result, so that the result is reached by a submit alone: with a screen reader's
 * forms mode, or with a browser that fires no input events (HTML_CodeSniffer H32.2 asks for it).
 */
export function submitShowsResult(form: HTMLFormElement, update: () => void, result: HTMLElement) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    result.focus();
  });
}

// ------------------------------------------------------------ field errors

/**
 * Shows or clears the error of one form control, the same way in every calculator: the message
 * beside the field, `aria-invalid`, `aria-describedby` pointing at hint and error, and the
 * `field--error` style on its `.field`. The error element is `#<id>-error`, the hint `#<id>-hint`.
 */
export function setFieldError(control: HTMLElement, message: string | undefined, hintId = `${control.id}-hint`) {
  const error = document.getElementById(`${control.id}-error`);
  if (!error) throw new Error(`#${control.id} has no #${control.id}-error element`);
  const describedBy = [hintId];
  if (message) {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    describedBy.push(error.id);
  } else {
    error.textContent = '';
    error.hidden = true;
    control.removeAttribute('aria-invalid');
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  control.closest('.field')?.classList.toggle('field--error', Boolean(message));
}

/**
 * One line of an error summary: a link to the field, with its label and message. Following it puts
 * the focus in the field (as GOV.UK's error summary does): a plain fragment link only scrolls, and
 * does nothing at all when the URL already ends in the same fragment.
 */
export function summaryItem(control: HTMLElement, text: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${control.id}`;
  link.textContent = text;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    control.focus({ preventScroll: true });
    (control.closest('.field, td') ?? control).scrollIntoView({ block: 'center' });
  });
  item.append(link);
  return item;
}

/** Fills the `.error-summary` box with `items` (from summaryItem), and hides it when there are none. */
export function showErrorSummary(summary: HTMLElement, items: HTMLLIElement[]) {
  summary.querySelector('ul')?.replaceChildren(...items);
  summary.hidden = items.length === 0;
}

// ------------------------------------------------------------ results and files


/** Offers `csv` as a file download named `filename`; made in the browser, nothing is sent. */
export function downloadCsv(csv: string, filename: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A list item holding `children`. */
export function listItem(...children: Array<Node | string>): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...children);
  return li;
}

/** A link to `href` reading `text`. */
export function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

// ------------------------------------------------------------ tables

/** An element `tag` with attributes and children: the one small DOM builder of the islands. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function tableCell(cell: TableCell): HTMLTableCellElement {
  let content: Node | string = cell.text;
  if (cell.href) content = link(cell.href, cell.text);
  if (cell.strong) content = element('strong', {}, content);
  if (cell.output) content = element('output', cell.output, content);
  const children = cell.note ? [content, element('span', { class: 'table-note' }, cell.note)] : [content];
  if (cell.head) return element('th', { scope: 'row' }, ...children);
  const attributes: Record<string, string> = cell.kind ? { class: cell.kind } : {};
  if (cell.span) attributes.colspan = String(cell.span);
  return element('td', attributes, ...children);
}

/**
 * A table shaped in src/lib (TableModel) as HTML, inside a focusable region named by its caption, so
 * that keyboard users can reach the overflow of a wide table. Figures align to the end, `text` cells
 * to the start (by the page's CSS).
 */
export function tableElement(model: TableModel): HTMLElement {
  const table = element(
    'table',
    {},
    element('caption', {}, model.caption),
    element('thead', {}, element('tr', {}, ...model.head.map((h) => element('th', { scope: 'col' }, h)))),
    element('tbody', {}, ...model.rows.map((row) => element('tr', {}, ...row.map(tableCell)))),
  );
  return element('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': model.caption }, table);
}
