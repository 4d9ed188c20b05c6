/**
 * Rules every subsidy round and related programme round obeys beyond its fields' types:
 * - a cap is in whole yen (a cap typed in 万円, 500 for 500万円, would print "Cap ¥500");
 * - the round's rules run in or around its fiscal year: `validFrom` no earlier than 6 months before
 *   the fiscal year starts (1 April) and `validUntil` no later than 12 months after it ends
 *   (31 March), and the two overlap the fiscal year; every round we hold lies inside its year, some
 *   open in October. A file copied from last year with only `fiscalYear` changed fails here;
 * - a condition's qualifying answer agrees with its wording: a requirement stated in the negative
 *   (「市税の滞納がないこと」, "Has no unpaid city taxes") asked as a positive question
 *   (「滞納はありますか？」) qualifies with "no"; same polarity qualifies with "yes".
 */
import { z } from 'astro/zod';
import { reliability } from './shared';
import { minCapYen } from './plausible';

/** Maximum grant in whole yen (not 万円: 5,000,000 for 500万円). Leave out when not published. */
export const capYen = z
  .object({
    value: z.number().int().positive().min(minCapYen, `is a cap in yen (kind: yen) below ¥${minCapYen.toLocaleString('en')}: write whole yen, so 500万円 is 5000000`),
    reliability: reliability.default('primary'),
  })
  .strict();

const shift = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

export function insideFiscalYear(r: { fiscalYear: number; validFrom: string; validUntil: string }, ctx: z.RefinementCtx): void {
  const start = `${r.fiscalYear}-04-01`;
  const end = `${r.fiscalYear + 1}-03-31`;
  const rule = `a round's rules run in or around its fiscal year (FY${r.fiscalYear}: ${start}…${end}), starting at most 6 months before it and ending at most 12 months after it; was the file copied from another year's round with only the year changed?`;
  if (r.validFrom < shift(start, -6) || r.validFrom > end) ctx.addIssue({ code: 'custom', path: ['validFrom'], message: `"${r.validFrom}"…"${r.validUntil}" does not fit fiscalYear ${r.fiscalYear}: ${rule}` });
  else if (r.validUntil < start || r.validUntil > shift(end, 12)) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: `"${r.validFrom}"…"${r.validUntil}" does not fit fiscalYear ${r.fiscalYear}: ${rule}` });
}

/** True when a sentence is worded in the negative: 「…がないこと」「…しませんか」, "Has no …", "is not …". */
export function negative(text: string, lang: 'ja' | 'en'): boolean {
  return lang === 'ja' ? /(?:ない|無い|ません|なし)(?:こと|ですか|でしょうか|か)?[？?。.]?$/.test(text.trim()) : /\b(?:no|not|never|none|without)\b|n't\b/i.test(text);
}

interface Condition {
  qualifying: 'yes' | 'no';
  requirement: { ja: string; en: string };
  question: { ja: string; en: string };
}

export function qualifyingMatchesWording(conditions: Condition[], ctx: z.RefinementCtx): void {
  conditions.forEach((c, i) => {
    for (const lang of ['ja', 'en'] as const) {
      const expected = negative(c.requirement[lang], lang) === negative(c.question[lang], lang) ? 'yes' : 'no';
      if (c.qualifying === expected) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['conditions', i, 'qualifying'],
        message: `is "${c.qualifying}", but an applicant who meets "${c.requirement[lang]}" answers "${expected}" to "${c.question[lang]}": the qualifying answer must follow the wording`,
      });
      return;
    }
  });
}
