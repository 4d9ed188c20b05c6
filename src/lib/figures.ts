/**
 * How a sourced figure reads: its value, unit and bound in one phrase, as people write them
 * (約1,700億円, 5,900億円以上, about ¥170 billion, 200 or more organizations). The unit is part of
 * the phrase (¥ goes before the number, 以上 after the unit), so callers do not append it.
 */
import { formatAmount, type Bound } from './format';
import type { Lang } from './i18n';

export interface FigureLike {
  value: number;
  unit: string;
  bound?: Bound;
}

/** A figure rounded for reading (cards, prose); `exact` for tables: every digit the source gives. */
export function figureValue(figure: FigureLike, lang: Lang, options: { exact?: boolean } = {}): string {
  return formatAmount(figure, lang, options);
}
