/**
 * Whether a source's line at the foot of a page names its publisher after the title. Most labels and
 * titles already say who published ("Wind Journal: groundbreaking ceremony", 「ひびきウインドエナジー公式サイト」),
 * and repeating "· Wind Journal" or "· ひびきウインドエナジー株式会社" after them reads as a stutter.
 * The publisher is shown only when neither label nor the title names it already, compared without its
 * legal form (株式会社, 公益財団法人, Corporation …), a bracketed aside or a trailing domain ending.
 */
import type { Source } from '../../schemas/shared';

const legalForm = /(株式会社|有限会社|(一般|公益)(財団|社団)法人|独立行政法人|国立研究開発法人|\b(corporation|co\.,? ?ltd\.?|inc\.?)$)/giu;
const bracketed = /[（(][^）)]*[）)]/gu;
const domainEnding = /\.(co\.jp|or\.jp|ne\.jp|com|jp|org|net)$/u;

const normal = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The name that identifies the publisher: 「ひびきウインドエナジー」 for 「ひびきウインドエナジー株式会社」. */
export function publisherCore(publisher: string): string {
  return normal(publisher.normalize('NFKC').replace(bracketed, '').replace(legalForm, '')).replace(domainEnding, '');
}

/** The publisher to print after the title, or undefined when the label or title already names it. */
export function publisherToShow(source: Pick<Source, 'publisher' | 'title' | 'label'>): string | undefined {
  const { publisher } = source;
  if (!publisher) return undefined;
  const core = publisherCore(publisher);
  if (core === '') return publisher;
  const named = [source.title, source.label.ja, source.label.en].some((s) => normal(s).includes(core));
  return named ? undefined : publisher;
}
