/**
 * <news-filter>: shows the category radios (hidden without JavaScript, so nothing is offered that
 * cannot work), hides the news cards of other categories and the years left empty (with their
 * jump links), keeps `?category=` in the URL and says how many items are shown.
 */
import { fill } from '../../lib/i18n';

class NewsFilter extends HTMLElement {
  connectedCallback() {
    const fieldset = this.querySelector<HTMLFieldSetElement>('fieldset')!;
    fieldset.hidden = false;
    const wanted = new URLSearchParams(window.location.search).get('category') ?? '';
    const radio = this.querySelector<HTMLInputElement>(`input[value="${CSS.escape(wanted)}"]`);
    if (radio) radio.checked = true;
    fieldset.addEventListener('change', () => this.apply(true));
    this.apply(false);
  }

  private apply(fromUser: boolean) {
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
    const status = this.querySelector<HTMLElement>('.news-filter-status')!;
    status.textContent = category === '' ? '' : fill(this.dataset.countTemplate ?? '{n}', { n: shown });
    if (fromUser) {
      const params = new URLSearchParams(window.location.search);
      if (category === '') params.delete('category');
      else params.set('category', category);
      const query = params.toString();
      history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    }
  }
}

customElements.define('news-filter', NewsFilter);
