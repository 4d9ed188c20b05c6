/** How a sourced figure reads: its value with its bound ("200+", "約170,000") and its unit. */
import { formatNumber } from './format';
import { t, type Lang } from './i18n';

export interface FigureLike {
  value: number;
  unit: string;
  bound?: 'exact' | 'lower' | 'upper' | 'approx';
}

export function figureValue(figure: FigureLike, lang: Lang): string {
  const value = formatNumber(figure.value, lang);
  return figure.bound && figure.bound !== 'exact' ? t(lang, `figure.bound.${figure.bound}`, { value }) : value;
}
