/**
 * The subsidy eligibility rule engine. Given a programme's rules (data/subsidies/<id>.json) and the
 * applicant's answers, it says:
 * - the verdict: `eligible` when every condition is met and the project type is a listed one,
 *   `ineligible` when any condition fails (with every failed condition and its reason),
 *   `incomplete` when an answer is missing or the project type cannot be confirmed from a partial list;
 * - the estimated amount, min(cost × rate, cap), only when the rate is published, flagged when the
 *   rate or cap comes from a secondary source;
 * - whether the round is open on a given day.
 * Pure: no DOM, so the page, its tests and the build all run the same code.
 */
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import { parseAmount, type AmountError } from '../calculators/parse-amount';
import { subsidyStatus, type SubsidyStatus } from '../subsidy-status';

export type Answer = 'yes' | 'no';
export interface Answers {
  /** Condition id → answer; a missing key means not answered yet. */
  conditions: Partial<Record<string, Answer>>;
  /** A project type id, or `other`. */
  projectType?: string;
  /** The project's cost in yen, as typed. */
  cost?: string;
}

export type Verdict = 'eligible' | 'ineligible' | 'incomplete';

export interface CheckResult {
  verdict: Verdict;
  /** Conditions answered the wrong way, in the programme's order. */
  failed: string[];
  /** Questions still to answer (condition ids, `project_type`). */
  missing: string[];
  /** The project type is not in the list, and the list is only partly published. */
  projectTypeUnconfirmed: boolean;
  /** The project type is not in a complete list. */
  projectTypeIneligible: boolean;
  amount:
    | { kind: 'estimate'; yen: number; capped: boolean; secondary: boolean }
    | { kind: 'no-rate' }
    | { kind: 'no-cost' }
    | { kind: 'invalid-cost'; error: AmountError };
  status: SubsidyStatus;
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

  const verdict: Verdict =
    failed.length > 0 || projectTypeIneligible ? 'ineligible' : missing.length > 0 || projectTypeUnconfirmed ? 'incomplete' : 'eligible';

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

  return { verdict, failed, missing, projectTypeUnconfirmed, projectTypeIneligible, amount, status: subsidyStatus(rules.applicationWindow, today) };
}

/**
 * The round to check against: the one open today, else the next one to open, else the most
 * recent by fiscal year. `rounds` must be sorted newest first.
 */
export function currentRound(rounds: SubsidyRules[], today: string): SubsidyRules {
  return (
    rounds.find((r) => subsidyStatus(r.applicationWindow, today) === 'open') ??
    rounds.find((r) => subsidyStatus(r.applicationWindow, today) === 'upcoming') ??
    rounds[0]!
  );
}
