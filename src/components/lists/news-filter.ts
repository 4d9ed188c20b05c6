/**
 * <news-filter>: shows the category radios (hidden without JavaScript, so nothing is offered that
 * cannot work), hides the news cards of other categories and the years left empty (with their
 * jump links), keeps `?category=` in the URL (the fragment stays) and says how many items are shown.
 */
import { fill } from '../../lib/i18n';
import { part, readPayload, urlParams, writeUrlParams } from '../client-kit';

/** What the news page hands to the script. */
export interface NewsFilterPayload {
  /** "{n} items", filled with the number of cards shown. */
  countTemplate: string;
}

class NewsFilter extends HTMLElement {
  connectedCallback() {
    const fieldset = part<HTMLFieldSetElement>(this, 'fieldset');
    fieldset.hidden = false;
    const wanted = urlParams().get('category') ?? '';
    const radio = this.querySelector<HTMLInputElement>(`input[value="${CSS.escape(wanted)}"]`);
    if (radio) radio.checked = true;
    const { countTemplate } = readPayload<NewsFilterPayload>(this);
    fieldset.addEventListener('change', () => this.apply(countTemplate, true));
    this.apply(countTemplate, false);
  }

  private apply(countTemplate: string, fromUser: boolean) {
    const category = this.querySelector<HTMLInputElement>('input[name="news-category"]:checked')?.value ?? '';
    let shown = 0;
    for (const card of this.querySelectorAll<HTMLElement>('.news-card')) {
      card.hidden = category !== '' && card.dataset.category !== category;
      if (!card.hidden) shown++;
    }
    for (const year of this.querySelectorAll<HTMLElement>('.news-year')) {
      year.hidden = year.querySelector('.news-card:not([hidden])') === null;
      // The year's jump link, above the filter, goes with it.
      const jump = document.querySelector(`.news-years a[href="#${year.getAttribute('aria-labelledby')}"]`)?.parentElement;
      if (jump) jump.hidden = year.hidden;
    }
    part(this, '.news-filter-status').textContent = category === '' ? '' : fill(countTemplate, { n: shown });
    if (fromUser) writeUrlParams({ category });
  }
}

customElements.define('news-filter', NewsFilter);
