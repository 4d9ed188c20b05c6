/**
 * Subsidies: the eligibility rule engine (this file), a round's status on a given day (status.ts)
 * and its wording (status-wordings.ts), and what the checker's page hands its script
 * (checker-page.ts). The rounds themselves (data/subsidies/, data/related-programmes/) are read
 * through src/lib/content/queries.ts and passed in.
 *
 * The subsidy eligibility rule engine. Given a programme's rules (data/subsidies/<id>.json) and the
 * applicant's answers, it says:
 * - the verdict: `eligible` when every condition is met and the project type is a listed one,
 *   `ineligible` when any condition fails or the type is missing from a complete list (with every
 *   failed condition and its reason), `incomplete` when the user has not answered everything, and
 *   `undetermined` when everything is answered, nothing failed, but the published rules cannot settle
 *   it (a project type missing from a list that is only partly read or ends in など, or a condition
 *   whose published wording is unverified or partly read);
 * - what is unknown from the public information (`unknowns`), named so the page can say whom to ask;
 * - the estimated amount, min(cost × rate, cap), only when the rate is published, flagged when the
 *   rate or cap comes from a secondary source;
 * - the round's status on a given day (./status.ts), so a closed round's result reads "under the FY…
 *   rules" and its estimate "for reference".
 * Answers are what the user chose for each question as asked (はい/いいえ). In the URL each condition
 * id holds `yes` when the condition is met, whatever the question's wording (`no_tax_arrears=yes` means
 * no arrears): answerFromParam and paramFromAnswer translate.
 * Pure: no DOM, so the page, its tests and the build all run the same code.
 */
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import { parseAmount, type AmountError } from '../calculators/parse-amount';
import { roundStatus, type RoundStatus } from './status';
import { defined } from '../defined';

export type Answer = 'yes' | 'no';
export interface Answers {
  /** Condition id → answer; a missing key means not answered yet. */
  conditions: Partial<Record<string, Answer>>;
  /** A project type id, or `other`. */
  projectType?: string;
  /** The project's cost in yen, as typed. */
  cost?: string;
}

type Verdict = 'eligible' | 'ineligible' | 'incomplete' | 'undetermined';

/**
 * What the published rules leave open: `project_type` (not on a list that is not exhaustive),
 * `condition:<id>` (a condition read only partly or unverified), `rate` (no published rate).
 */
export type Unknown = 'project_type' | 'rate' | `condition:${string}`;

export interface CheckResult {
  verdict: Verdict;
  /** Conditions answered the wrong way, in the programme's order. */
  failed: string[];
  /** Questions still to answer (condition ids, `project_type`). */
  missing: string[];
  /** The project type is not in the list, and the list is not exhaustive (partly read, or ends in など). */
  projectTypeUnconfirmed: boolean;
  /** The project type is not in a complete list. */
  projectTypeIneligible: boolean;
  amount:
    | { kind: 'estimate'; yen: number; capped: boolean; secondary: boolean }
    | { kind: 'no-rate' }
    | { kind: 'no-cost' }
    | { kind: 'invalid-cost'; error: AmountError };
  /** What the published rules leave open; only `project_type` and conditions affect the verdict. */
  unknowns: Unknown[];
  status: RoundStatus;
}

type Condition = SubsidyRules['conditions'][number];

/** The answer to a question as asked, from its URL value (`yes` = condition met). */
export function answerFromParam(c: Pick<Condition, 'qualifying'>, param: string | null): Answer | undefined {
  if (param !== 'yes' && param !== 'no') return undefined;
  const met = param === 'yes';
  return met === (c.qualifying === 'yes') ? 'yes' : 'no';
}

/** The URL value of an answer: `yes` when it meets the condition. */
export function paramFromAnswer(c: Pick<Condition, 'qualifying'>, answer: Answer): 'yes' | 'no' {
  return answer === c.qualifying ? 'yes' : 'no';
}

/** Every round's questions, in order, each once (every round so far asks the same ones). */
export function questionsOf(rounds: SubsidyRules[]): Condition[] {
  return rounds.flatMap((r) => r.conditions).filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i);
}

/**
 * The answers a shared link holds: each question's parameter read as the question is asked, the
 * project type and the cost as written. `conditions` are the questions on the page.
 */
export function answersFromParams(conditions: Pick<Condition, 'id' | 'qualifying'>[], params: Pick<URLSearchParams, 'get'>): Answers {
  const answers: Answers['conditions'] = {};
  for (const c of conditions) {
    const answer = answerFromParam(c, params.get(c.id));
    if (answer) answers[c.id] = answer;
  }
  return { conditions: answers, projectType: params.get('project_type') ?? undefined, cost: params.get('cost') ?? undefined };
}

/**
 * The URL parameters of answers checked against the round of `fiscalYear`: every question's
 * parameter (undefined when unanswered, so that a link drops it), the project type, the cost as
 * typed but trimmed, and the round.
 */
export function paramsFromAnswers(conditions: Pick<Condition, 'id' | 'qualifying'>[], answers: Answers, fiscalYear: number): Record<string, string | undefined> {
  const param = (c: Pick<Condition, 'id' | 'qualifying'>) => {
    const answer = answers.conditions[c.id];
    return answer && paramFromAnswer(c, answer);
  };
  return {
    ...Object.fromEntries(conditions.map((c) => [c.id, param(c)])),
    project_type: answers.projectType || undefined,
    cost: answers.cost?.trim() || undefined,
    fiscal_year: String(fiscalYear),
  };
}

/** Largest plausible project cost typed into the checker (10 billion yen). */
export const maxCostYen = 1e10;

export function checkEligibility(rules: SubsidyRules, answers: Answers, today: string): CheckResult {
  const failed: string[] = [];
  const missing: string[] = [];
  for (const c of rules.conditions) {
    const a = answers.conditions[c.id];
    if (a === undefined) missing.push(c.id);
    else if (a !== c.qualifying) failed.push(c.id);
  }
  const listed = rules.projectTypes.types.some((t) => t.id === answers.projectType);
  let projectTypeIneligible = false;
  let projectTypeUnconfirmed = false;
  if (answers.projectType === undefined || answers.projectType === '') missing.push('project_type');
  else if (!listed) {
    if (rules.projectTypes.complete) projectTypeIneligible = true;
    else projectTypeUnconfirmed = true;
  }

  const unknowns: Unknown[] = [
    ...(projectTypeUnconfirmed ? (['project_type'] as const) : []),
    ...rules.conditions.filter((c) => c.reliability === 'partial' || c.reliability === 'unverified').map((c) => `condition:${c.id}` as const),
  ];
  const verdict: Verdict =
    failed.length > 0 || projectTypeIneligible ? 'ineligible' : missing.length > 0 ? 'incomplete' : unknowns.length > 0 ? 'undetermined' : 'eligible';
  if (!rules.rate) unknowns.push('rate');

  let amount: CheckResult['amount'];
  const cost = parseAmount(answers.cost ?? '', maxCostYen);
  if (!cost.ok) amount = { kind: 'invalid-cost', error: cost.error };
  else if (!rules.rate) amount = { kind: 'no-rate' };
  else if (cost.value === 0) amount = { kind: 'no-cost' };
  else {
    const byRate = Math.floor(cost.value * rules.rate.value);
    const cap = rules.capYen?.value ?? Infinity;
    amount = {
      kind: 'estimate',
      yen: Math.min(byRate, cap),
      capped: byRate > cap,
      secondary: rules.rate.reliability !== 'primary' || (rules.capYen !== undefined && rules.capYen.reliability !== 'primary'),
    };
  }

  return { verdict, failed, missing, projectTypeUnconfirmed, projectTypeIneligible, amount, unknowns, status: roundStatus(rules, today) };
}

/**
 * The round to check against: the one open today, else the next one to open, else the most
 * recent by fiscal year. `rounds` must be sorted newest first.
 */
export function currentRound(rounds: SubsidyRules[], today: string): SubsidyRules {
  return (
    rounds.find((r) => roundStatus(r, today).status === 'open') ??
    rounds.find((r) => roundStatus(r, today).status === 'upcoming') ??
    defined(rounds[0], 'a subsidy round in data/subsidies/')
  );
}
