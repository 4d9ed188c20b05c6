import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import r2024 from '../../data/subsidies/gx-promotion-2024.json';
import r2025 from '../../data/subsidies/gx-promotion-2025.json';
import { subsidyRulesSchema } from '../../src/schemas/subsidy-rules';
import { checkEligibility, currentRound, type Answers } from '../../src/lib/subsidies/check';

const fy2024 = subsidyRulesSchema.parse(r2024);
const fy2025 = subsidyRulesSchema.parse(r2025);
const allYes = { office_in_city: 'yes', member: 'yes', ghg_started: 'yes', no_tax_arrears: 'yes', no_antisocial_ties: 'yes' } as const;
const answers = (extra: Partial<Answers> = {}): Answers => ({ conditions: { ...allYes }, projectType: 'product_carbon_neutral', cost: '', ...extra });

describe('eligibility conditions', () => {
  it('is eligible when every condition is met and the project type is listed', () => {
    expect(checkEligibility(fy2024, answers(), '2026-11-28')).toMatchObject({ verdict: 'eligible', failed: [], missing: [] });
  });
  it.each(Object.keys(allYes))('is ineligible when "%s" is answered the other way, naming it', (id) => {
    const r = checkEligibility(fy2024, answers({ conditions: { ...allYes, [id]: 'no' } }), '2026-11-28');
    expect(r.verdict).toBe('ineligible');
    expect(r.failed).toEqual([id]);
  });
  it('lists every failed condition, in the programme order', () => {
    const r = checkEligibility(fy2024, answers({ conditions: { ...allYes, no_tax_arrears: 'no', member: 'no' } }), '2026-11-28');
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
  it('rejects "other" when the published list is complete (FY2024)', () => {
    const r = checkEligibility(fy2024, answers({ projectType: 'other' }), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'ineligible', projectTypeIneligible: true });
  });
  it('cannot confirm a type missing from a partial list (FY2025) and says so', () => {
    const r = checkEligibility(fy2025, answers({ projectType: 'gx_field_entry' }), '2026-11-28');
    expect(r).toMatchObject({ verdict: 'incomplete', projectTypeUnconfirmed: true, projectTypeIneligible: false });
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
});

describe('application window (FY2025: 2025-04-04 to 2025-06-06)', () => {
  it('is upcoming the day before, open on the first and last days, closed after', () => {
    expect(checkEligibility(fy2025, answers(), '2025-04-03').status).toBe('upcoming');
    expect(checkEligibility(fy2025, answers(), '2025-04-04').status).toBe('open');
    expect(checkEligibility(fy2025, answers(), '2025-06-06').status).toBe('open');
    expect(checkEligibility(fy2025, answers(), '2025-06-07').status).toBe('closed');
  });
  it('checks against the open round, else the next, else the most recent', () => {
    const rounds = [fy2025, fy2024];
    expect(currentRound(rounds, '2025-05-01').id).toBe('gx-promotion-2025');
    expect(currentRound(rounds, '2026-11-28').id).toBe('gx-promotion-2025');
    expect(currentRound(rounds, '2025-01-01').id).toBe('gx-promotion-2025');
  });
});
