/**
 * <green-lpg-estimator>: reads the amount (and `?propane=` on load), runs computeGreenLpg, writes
 * the outputs and keeps the URL in step. Nothing typed leaves the browser.
 */
import { computeGreenLpg } from '../../../lib/calculators/green-lpg';
import { roundTonnes } from '../../../lib/calculators/co2';

class GreenLpgEstimator extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('#lpg-propane')!;
    const fromUrl = new URLSearchParams(window.location.search).get('propane');
    if (fromUrl !== null) input.value = fromUrl;
    input.addEventListener('input', () => this.update(true));
    this.querySelector<HTMLButtonElement>('[data-preset]')!.addEventListener('click', (e) => {
      input.value = (e.currentTarget as HTMLButtonElement).dataset.preset!;
      this.update(true);
    });
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    this.update(false);
  }

  private update(fromUser: boolean) {
    const input = this.querySelector<HTMLInputElement>('#lpg-propane')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const result = computeGreenLpg(input.value, Number(this.dataset.lpgFactor));
    const error = this.querySelector<HTMLElement>('#lpg-propane-error')!;
    const summary = this.querySelector<HTMLElement>('.error-summary')!;
    const outputs: Array<[string, number | undefined]> = [
      ['#lpg-co2-feedstock', result.ok ? result.co2Feedstock : undefined],
      ['#lpg-hydrogen', result.ok ? result.hydrogen : undefined],
      ['#lpg-fossil-co2', result.ok ? result.fossilCo2 : undefined],
    ];
    for (const [selector, value] of outputs) {
      const out = this.querySelector<HTMLOutputElement>(selector)!;
      out.value = value === undefined ? strings['co2.result.invalid']! : roundTonnes(value);
      if (value === undefined) out.removeAttribute('data-value');
      else out.dataset.value = String(value);
    }
    if (result.ok) {
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', 'lpg-propane-hint');
      summary.hidden = true;
      input.closest('.field')!.classList.remove('field--error');
    } else {
      const text = strings[`co2.error.${result.error}`]!;
      error.textContent = text;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'lpg-propane-hint lpg-propane-error');
      input.closest('.field')!.classList.add('field--error');
      const link = document.createElement('a');
      link.href = '#lpg-propane';
      link.textContent = `${this.dataset.label}: ${text}`;
      const item = document.createElement('li');
      item.append(link);
      summary.querySelector('ul')!.replaceChildren(item);
      summary.hidden = false;
    }
    if (fromUser) {
      const params = new URLSearchParams(window.location.search);
      if (input.value.trim() === '') params.delete('propane');
      else params.set('propane', input.value.trim());
      const query = params.toString();
      history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    }
  }
}

customElements.define('green-lpg-estimator', GreenLpgEstimator);
