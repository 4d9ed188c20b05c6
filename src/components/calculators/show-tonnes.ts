/**
 * Tonnes in an <output>, for the CO2 tools only: kept out of client-kit.ts so that pages without a
 * calculator (home, news) do not download the CO2 module that formatTonnes lives in.
 */
import { formatTonnes } from '../../lib/calculators/co2';
import type { Lang } from '../../lib/i18n';

/** Tonnes to three decimals, with the unrounded value in `data-value`; `invalidText` and no `data-value` when there is no result. */
export function showTonnes(out: HTMLOutputElement, tonnes: number | undefined, invalidText: string, lang: Lang) {
  out.value = tonnes === undefined ? invalidText : formatTonnes(tonnes, lang);
  if (tonnes === undefined) out.removeAttribute('data-value');
  else out.dataset.value = String(tonnes);
}
