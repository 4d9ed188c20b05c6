/**
 * <green-lpg-estimator>: reads the amount (and `?propane=` on load), runs computeGreenLpg, writes
 * the outputs and keeps the URL in step. Nothing typed leaves the browser.
 */
import { computeGreenLpg } from '../../../lib/calculators/green-lpg';
import { setFieldError, showTonnes, summaryItem } from '../form-ui';

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
    const summary = this.querySelector<HTMLElement>('.error-summary')!;
    const outputs: Array<[string, number | undefined]> = [
      ['#lpg-co2-feedstock', result.ok ? result.co2Feedstock : undefined],
      ['#lpg-hydrogen', result.ok ? result.hydrogen : undefined],
      ['#lpg-fossil-co2', result.ok ? result.fossilCo2 : undefined],
    ];
    for (const [selector, value] of outputs) showTonnes(this.querySelector<HTMLOutputElement>(selector)!, value, strings['co2.result.invalid']!);
    const message = result.ok ? undefined : strings[`co2.error.${result.error}`]!;
    setFieldError(input, message);
    summary.querySelector('ul')!.replaceChildren(...(message ? [summaryItem(input, `${this.dataset.label}: ${message}`)] : []));
    summary.hidden = message === undefined;
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
