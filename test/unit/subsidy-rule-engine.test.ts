import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import r2024 from '../../data/subsidies/gx-promotion-2024.json';
import r2025 from '../../data/subsidies/gx-promotion-2025.json';
import { subsidyRulesSchema } from '../../src/schemas/subsidy-rules';
import { answerFromParam, checkEligibility, currentRound, maxCostYen, paramFromAnswer, type Answers } from '../../src/lib/subsidies/check';
import { parseAmount } from '../../src/lib/calculators/parse-amount';
import { typedAmount, writtenAmount } from '../support/number-like';

const fy2024 = subsidyRulesSchema.parse(r2024);
const fy2025 = subsidyRulesSchema.parse(r2025);
// Answers to the questions as asked: 「市税の滞納はありますか？」 is met by いいえ.
const allYes = { office_in_city: 'yes', member: 'yes', ghg_started: 'yes', no_tax_arrears: 'no', no_antisocial_ties: 'no' } as const;
const other = (a: 'yes' | 'no') => (a === 'yes' ? 'no' : 'yes');
const answers = (extra: Partial<Answers> = {}): Answers => ({ conditions: { ...allYes }, projectType: 'product_carbon_neutral', cost: '', ...extra });

describe('eligibility conditions', () => {
  it('is eligible when every condition is met and the project type is listed', () => {
    expect(checkEligibility(fy2024, answers(), '2026-11-28')).toMatchObject({ verdict: 'eligible', failed: [], missing: [] });
  });
  it.each(Object.keys(allYes) as (keyof typeof allYes)[])('is ineligible when "%s" is answered the other way, naming it', (id) => {
    const r = checkEligibility(fy2024, answers({ conditions: { ...allYes, [id]: other(allYes[id]) } }), '2026-11-28');
    expect(r.verdict).toBe('ineligible');
    expect(r.failed).toEqual([id]);
  });
  it('lists every failed condition, in the programme order', () => {
    const r = checkEligibility(fy2024, answers({ conditions: { ...allYes, no_tax_arrears: 'yes', member: 'no' } }), '2026-11-28');
    expect(r.failed).toEqual(['member', 'no_tax_arrears']);
  });
  it('needs more answers when one is missing', () => {
    const { member: _, ...rest } = allYes;
    const r = checkEligibility(fy2024, answers({ conditions: rest }), '2026-11-28');
    expect(r.verdict).toBe('incomplete');
    expect(r.missing).toEqual(['member']);
  });
  it('needs the project type', () => {
    expect(checkEligibility(fy2024, answers({ projectType: undefined }), '2026-11-28').missing).toEqual(['project_type']);
  });
  it('an unmet condition outweighs a missing answer', () => {
    const r = checkEligibility(fy2024, { conditions: { member: 'no' } }, '2026-11-28');
    expect(r.verdict).toBe('ineligible');
  });
});

describe('project types', () => {
  it('rejects "other" when the published list is complete', () => {
    const complete = { ...fy2024, projectTypes: { ...fy2024.projectTypes, complete: true } };
    const r = checkEligibility(complete, answers({ projectType: 'other' }), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'ineligible', projectTypeIneligible: true });
  });
  it('cannot tell for "other" when the list ends in など (FY2024): undetermined, naming the project type', () => {
    const r = checkEligibility(fy2024, answers({ projectType: 'other' }), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'undetermined', projectTypeIneligible: false, unknowns: ['project_type'] });
  });
  it('cannot confirm a type missing from a partly read list (FY2025): undetermined, naming the type and the rate', () => {
    const r = checkEligibility(fy2025, answers({ projectType: 'gx_field_entry' }), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'undetermined', projectTypeUnconfirmed: true, projectTypeIneligible: false, unknowns: ['project_type', 'rate'] });
  });
  it('is still eligible with a listed type when only the rate is unpublished (FY2025)', () => {
    const r = checkEligibility(fy2025, answers(), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'eligible', unknowns: ['rate'] });
  });
  it('cannot tell when a condition is only partly published and answered as met', () => {
    const partial = { ...fy2024, conditions: fy2024.conditions.map((c) => (c.id === 'member' ? { ...c, reliability: 'partial' as const } : c)) };
    expect(checkEligibility(partial, answers(), '2026-11-28')).toMatchObject({ verdict: 'undetermined', unknowns: ['condition:member'] });
    // …but a failed answer to it still fails.
    expect(checkEligibility(partial, answers({ conditions: { ...allYes, member: 'no' } }), '2026-11-28').verdict).toBe('ineligible');
  });
  it('needs the answers before it says it cannot tell', () => {
    const { member: _, ...rest } = allYes;
    expect(checkEligibility(fy2025, answers({ conditions: rest, projectType: 'other' }), '2026-11-28').verdict).toBe('incomplete');
  });
});

describe('estimated amount: min(cost × rate, cap)', () => {
  it('pays the rate below the cap', () => {
    // 4,000,000 × 1/2 = 2,000,000 ≤ 5,000,000
    expect(checkEligibility(fy2024, answers({ cost: '4,000,000' }), '2026-11-28').amount).toEqual({ kind: 'estimate', yen: 2_000_000, capped: false, secondary: true });
  });
  it('pays exactly the cap at the threshold', () => {
    // 10,000,000 × 1/2 = 5,000,000 = cap
    expect(checkEligibility(fy2024, answers({ cost: '10000000' }), '2026-11-28').amount).toEqual({ kind: 'estimate', yen: 5_000_000, capped: false, secondary: true });
  });
  it('stops at the cap above it', () => {
    // 10,000,002 × 1/2 = 5,000,001 > 5,000,000 → 5,000,000
    expect(checkEligibility(fy2024, answers({ cost: '１０，０００，００２' }), '2026-11-28').amount).toEqual({ kind: 'estimate', yen: 5_000_000, capped: true, secondary: true });
  });
  it('rounds down to whole yen', () => {
    // 1,001 × 1/2 = 500.5 → 500
    expect(checkEligibility(fy2024, answers({ cost: '1001' }), '2026-11-28').amount).toMatchObject({ yen: 500 });
  });
  it('gives no estimate when the rate is not published (FY2025)', () => {
    expect(checkEligibility(fy2025, answers({ cost: '4000000' }), '2026-11-28').amount).toEqual({ kind: 'no-rate' });
  });
  it('asks for the cost, and rejects a bad one', () => {
    expect(checkEligibility(fy2024, answers(), '2026-11-28').amount).toEqual({ kind: 'no-cost' });
    expect(checkEligibility(fy2024, answers({ cost: '-5' }), '2026-11-28').amount).toEqual({ kind: 'invalid-cost', error: 'negative' });
  });
  it('never gives NaN, Infinity or a negative amount', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (cost) => {
        const a = checkEligibility(fy2024, answers({ cost }), '2026-11-28').amount;
        if (a.kind === 'estimate') expect(Number.isFinite(a.yen) && a.yen >= 0 && a.yen <= 5_000_000).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('answers a number-like cost with the parser\'s reason or a whole, finite estimate, never NaN', () => {
    fc.assert(
      fc.property(typedAmount(maxCostYen), (cost) => {
        const a = checkEligibility(fy2024, answers({ cost }), '2026-11-28').amount;
        const parsed = parseAmount(cost, maxCostYen);
        if (!parsed.ok) expect(a).toEqual({ kind: 'invalid-cost', error: parsed.error });
        else if (parsed.value === 0) expect(a).toEqual({ kind: 'no-cost' });
        else if (a.kind !== 'estimate') throw new Error(`no estimate for "${cost}"`);
        else expect(Number.isInteger(a.yen) && a.yen >= 0 && a.yen <= fy2024.capYen!.value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('estimates from a valid cost as typed: half of it, rounded down to whole yen, up to the cap', () => {
    fc.assert(
      fc.property(writtenAmount(maxCostYen), ({ value, typed }) => {
        const a = checkEligibility(fy2024, answers({ cost: typed }), '2026-11-28').amount;
        // FY2024: rate 1/2, cap in data/subsidies/gx-promotion-2024.json
        if (value === 0) expect(a).toEqual({ kind: 'no-cost' });
        else expect(a).toMatchObject({ kind: 'estimate', yen: Math.min(Math.floor(value * fy2024.rate!.value), fy2024.capYen!.value), capped: Math.floor(value * fy2024.rate!.value) > fy2024.capYen!.value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the URL keeps its meaning: a condition id holds yes when the condition is met', () => {
  const tax = fy2024.conditions.find((c) => c.id === 'no_tax_arrears')!;
  const office = fy2024.conditions.find((c) => c.id === 'office_in_city')!;
  it('no_tax_arrears=yes is the answer いいえ to 「市税の滞納はありますか？」, and back', () => {
    expect(tax.qualifying).toBe('no');
    expect(answerFromParam(tax, 'yes')).toBe('no');
    expect(answerFromParam(tax, 'no')).toBe('yes');
    expect(paramFromAnswer(tax, 'no')).toBe('yes');
  });
  it('office_in_city=yes is the answer はい', () => {
    expect(answerFromParam(office, 'yes')).toBe('yes');
    expect(paramFromAnswer(office, 'yes')).toBe('yes');
  });
  it('ignores anything but yes and no', () => expect(answerFromParam(tax, 'true')).toBeUndefined());
});

describe('application window (FY2025: 2025-04-04 to 2025-06-06)', () => {
  it('is upcoming the day before, open on the first and last days, closed after', () => {
    expect(checkEligibility(fy2025, answers(), '2025-04-03').status.status).toBe('upcoming');
    expect(checkEligibility(fy2025, answers(), '2025-04-04').status.status).toBe('open');
    expect(checkEligibility(fy2025, answers(), '2025-06-06').status.status).toBe('open');
    expect(checkEligibility(fy2025, answers(), '2025-06-07').status.status).toBe('closed');
  });
  it('keeps eligible and ineligible for a closed round (FY2024, closed by 2025-03-31)', () => {
    const r = checkEligibility(fy2024, answers(), '2026-11-30');
    expect(r).toMatchObject({ verdict: 'eligible', status: { status: 'closed', closedOn: '2025-03-31', by: 'validity' } });
  });
  it('checks against the open round, else the next, else the most recent', () => {
    // The open and the upcoming round are found wherever they stand in the list, not taken first.
    expect(currentRound([fy2024, fy2025], '2025-05-01').id).toBe('gx-promotion-2025'); // FY2025 window 04-04…06-06: open
    expect(currentRound([fy2024, fy2025], '2025-04-02').id).toBe('gx-promotion-2025'); // FY2025 upcoming, FY2024 expired
    // None open or upcoming: the first of the list, which the data module sorts newest first.
    expect(currentRound([fy2025, fy2024], '2026-11-28').id).toBe('gx-promotion-2025');
    expect(currentRound([fy2024, fy2025], '2026-11-28').id).toBe('gx-promotion-2024');
  });
});
