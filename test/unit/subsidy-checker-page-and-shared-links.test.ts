/**
 * What the subsidy checker page shows and hands to its script (src/lib/subsidies/checker-page.ts),
 * and how its answers travel in a shared link (answersFromParams, paramsFromAnswers in check.ts),
 * on the real rounds in data/subsidies/ and programmes in data/related-programmes/.
 */
import { describe, expect, it } from 'vitest';
import { answersFromParams, paramsFromAnswers, questionsOf, type Answers } from '../../src/lib/subsidies/check';
import { checkerPayload, checkerProjectTypes, checkerRelated } from '../../src/lib/subsidies/checker-page';
import { loadData } from '../../src/lib/content/check/load';

const { subsidyRules, relatedProgrammes } = loadData();

const ids = <T extends { id: string }>(list: T[]) => list.map((x) => x.id);

describe('the questions and project types the checker asks', () => {
  it('asks each condition once, in the rounds’ order, although both rounds ask the same five', () => {
    expect(subsidyRules.flatMap((r) => r.conditions)).toHaveLength(10);
    expect(ids(questionsOf(subsidyRules))).toEqual(['office_in_city', 'member', 'ghg_started', 'no_tax_arrears', 'no_antisocial_ties']);
  });

  it('offers every round’s project types once, sorted by id', () => {
    // FY2025 lists product_carbon_neutral, which FY2024 lists too: three types, not four.
    expect(ids(checkerProjectTypes(subsidyRules))).toEqual(['gx_field_entry', 'gx_product_development', 'product_carbon_neutral']);
  });
});

describe('related city programmes', () => {
  it('lists each programme once, by its newest round, with every round’s status, newest first', () => {
    const related = checkerRelated(relatedProgrammes, 'en');
    // Four rounds of three programmes: env-future-tech has rounds in FY2022 and FY2024.
    expect(related.map((p) => p.href)).toEqual([
      '/en/subsidies/#round-hydrogen-supply-chain-2025',
      '/en/subsidies/#round-env-future-tech-2024',
      '/en/subsidies/#round-hydrogen-hub-fs-2024',
    ]);
    const envTech = related[1]!;
    expect(envTech.name).toBe('Kitakyushu environmental future-technology R&D grant');
    expect(envTech.status).toHaveLength(2);
    expect(envTech.suggestFor).toEqual(['gx_product_development', 'other']);
  });

  it('links to the Japanese list without a prefix', () => {
    expect(checkerRelated(relatedProgrammes, 'ja')[0]!.href).toBe('/subsidies/#round-hydrogen-supply-chain-2025');
  });
});

describe('the payload the checker hands its script', () => {
  it('writes each round’s fiscal year, guide and status wordings in the page’s language', () => {
    const ja = checkerPayload(subsidyRules, relatedProgrammes, 'ja');
    const en = checkerPayload(subsidyRules, relatedProgrammes, 'en');
    expect(ja.rounds.map((r) => r.display.guide)).toEqual(['/subsidies/gx-promotion-2025/', '/subsidies/gx-promotion-2024/']);
    expect(en.rounds.map((r) => r.display.fy)).toEqual(['FY2025', 'FY2024']);
    expect(ja.rounds[1]!.display.fy).toBe('2024年度');
    // Dates are written at build; only {days} is left for the reader's day.
    expect(en.rounds[1]!.display.status.wordings.closedByValidity).toContain('31 March 2025');
  });

  it('carries the string templates unfilled, for the script to fill', () => {
    const { strings } = checkerPayload(subsidyRules, relatedProgrammes, 'en');
    expect(strings['check.verdict.underRules']).toBe('Under the {fy} rules: {verdict} (this round has closed)');
    expect(strings['amount.error.bad_separator']).toMatch(/comma/);
  });
});

describe('answers in a shared link', () => {
  const questions = questionsOf(subsidyRules);

  it('holds yes for a condition that is met, whatever the question’s wording', () => {
    // 「市税の滞納はありますか？」 answered いいえ: no arrears, so the condition is met → yes.
    const answers: Answers = { conditions: { office_in_city: 'yes', no_tax_arrears: 'no' }, projectType: 'other', cost: ' 4,000,000 ' };
    expect(paramsFromAnswers(questions, answers, 2024)).toEqual({
      office_in_city: 'yes',
      member: undefined,
      ghg_started: undefined,
      no_tax_arrears: 'yes',
      no_antisocial_ties: undefined,
      project_type: 'other',
      cost: '4,000,000',
      fiscal_year: '2024',
    });
  });

  it('reads a link back into the answers as asked, ignoring values that are not yes or no', () => {
    const params = new URLSearchParams('office_in_city=yes&member=maybe&no_tax_arrears=no&project_type=gx_field_entry&cost=30000000');
    expect(answersFromParams(questions, params)).toEqual({
      conditions: { office_in_city: 'yes', no_tax_arrears: 'yes' },
      projectType: 'gx_field_entry',
      cost: '30000000',
    });
  });

  it('drops an empty cost and an unanswered project type from the link', () => {
    const params = paramsFromAnswers(questions, { conditions: {}, projectType: undefined, cost: '   ' }, 2025);
    expect(params.cost).toBeUndefined();
    expect(params.project_type).toBeUndefined();
    expect(params.fiscal_year).toBe('2025');
  });

  it('gives back the same answers after a round trip through the link', () => {
    const answers: Answers = { conditions: { office_in_city: 'no', member: 'yes', ghg_started: 'yes', no_tax_arrears: 'yes', no_antisocial_ties: 'no' }, projectType: 'product_carbon_neutral', cost: '1500000' };
    const link = new URLSearchParams(Object.entries(paramsFromAnswers(questions, answers, 2025)).flatMap(([k, v]) => (v ? [[k, v]] : [])));
    expect(answersFromParams(questions, link)).toEqual(answers);
  });
});
