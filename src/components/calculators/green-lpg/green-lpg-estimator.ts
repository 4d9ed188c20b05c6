/**
 * <green-lpg-estimator>: reads the amount (and `?propane=` on load), runs computeGreenLpg, writes
 * the outputs and keeps the URL in step. The factor and strings come from the page's payload
 * (src/lib/calculators/green-lpg-page.ts). Nothing typed leaves the browser.
 */
import { computeGreenLpg } from '../../../lib/calculators/green-lpg';
import type { GreenLpgPayload, GreenLpgStringKey } from '../../../lib/calculators/green-lpg-page';
import { part, readPayload, setFieldError, showErrorSummary, submitShowsResult, summaryItem, textOf, urlParams, writeUrlParams, type Text } from '../../client-kit';
import { showTonnes } from '../show-tonnes';

class GreenLpgEstimator extends HTMLElement {
  private payload!: GreenLpgPayload;
  private text!: Text<GreenLpgStringKey>;

  connectedCallback() {
    this.payload = readPayload<GreenLpgPayload>(this);
    this.text = textOf(this.payload.strings);
    const fromUrl = urlParams().get('propane');
    if (fromUrl !== null) this.input.value = fromUrl;
    this.input.addEventListener('input', () => this.update(true));
    const preset = part<HTMLButtonElement>(this, '[data-preset]');
    preset.addEventListener('click', () => {
      this.input.value = preset.dataset.preset ?? '';
      this.update(true);
    });
    submitShowsResult(part<HTMLFormElement>(this, 'form'), () => this.update(true), part(this, '#lpg-result-heading'));
    this.update(false);
  }

  private get input() {
    return part<HTMLInputElement>(this, '#lpg-propane');
  }

  private update(fromUser: boolean) {
    const result = computeGreenLpg(this.input.value, this.payload.lpgFactor);
    const outputs: Array<[string, number | undefined]> = [
      ['#lpg-co2-feedstock', result.ok ? result.co2Feedstock : undefined],
      ['#lpg-hydrogen', result.ok ? result.hydrogen : undefined],
      ['#lpg-fossil-co2', result.ok ? result.fossilCo2 : undefined],
    ];
    for (const [selector, value] of outputs) showTonnes(part<HTMLOutputElement>(this, selector), value, this.text('co2.result.invalid'), this.payload.lang);
    const message = result.ok ? undefined : this.text(`amount.error.${result.error}`);
    setFieldError(this.input, message);
    showErrorSummary(part(this, '.error-summary'), message ? [summaryItem(this.input, `${this.text('lpg.input.propane')}: ${message}`)] : []);
    if (fromUser) writeUrlParams({ propane: this.input.value.trim() });
  }
}

customElements.define('green-lpg-estimator', GreenLpgEstimator);
