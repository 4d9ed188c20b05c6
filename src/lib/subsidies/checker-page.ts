/**
 * What the subsidy checker page (SubsidyChecker.astro) shows and hands to its script, shaped at
 * build in the page's language:
 * - the questions (questionsOf in ./check.ts, which the script uses too);
 * - the project types: every round's, each once, by id; the page shows the chosen round's own;
 * - the payload for the browser: each round's rules with its fiscal year, guide link and status
 *   wordings already written; one entry per related city programme (its newest round's name and
 *   link, the project types it suits, the status of all its rounds); and the UI strings the script
 *   fills. Dates and amounts are formatted here, so the script only picks among them.
 * Build-time only: it reads the UI strings (src/i18n/), which the script must not bundle; the script
 * imports its types alone.
 */
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import { formatFiscalYear } from '../dates';
import { markPhrases } from '../format/phrase-breaks';
import { localPath, uiStrings, type Lang, type UiStrings } from '../i18n';
import type { StatusRound } from './status';
import { byProgramme, statusRound, type DatedRound } from './status-wordings';
import { defined } from '../defined';
import { amountErrorKeys } from '../calculators/parse-amount';

/** A round as the script receives it: its rules, and what the page writes about it in its language. */
export interface CheckerRound extends SubsidyRules {
  display: { fy: string; guide: string; status: StatusRound };
}

/** A related city programme as the script offers it for a project type. */
export interface CheckerRelated {
  name: string;
  href: string;
  /** Project type ids (and `other`) for which the page suggests the programme. */
  suggestFor: string[];
  /** The programme's rounds, newest first. */
  status: StatusRound[];
}

/** The UI strings the script shows (a key it composes, like `check.verdict.${verdict}`, is listed whole). */
const checkerStringKeys = [
  'check.yes',
  'check.no',
  'check.answers.none',
  'check.projectType',
  'check.projectType.other',
  'check.verdict.eligible',
  'check.verdict.ineligible',
  'check.verdict.incomplete',
  'check.verdict.undetermined',
  'check.verdict.underRules',
  'check.projectTypeIneligible',
  'check.projectTypeUnconfirmed',
  'check.unknown.project_type',
  'check.unknown.rate',
  'check.unknown.condition',
  'check.amount.estimate',
  'check.amount.reference',
  'check.amount.capped',
  'check.amount.secondary',
  'check.amount.noRate',
  'check.amount.noCost',
  ...amountErrorKeys,
] as const;
export type CheckerStringKey = (typeof checkerStringKeys)[number];

/** Everything the script reads from `data-payload`. */
export interface CheckerPayload {
  lang: Lang;
  /** Newest first, as data/subsidies/ is loaded. */
  rounds: CheckerRound[];
  related: CheckerRelated[];
  strings: UiStrings<CheckerStringKey>;
}

/** Every round's project types, each once (the first round's label), sorted by id. */
export function checkerProjectTypes(rounds: SubsidyRules[]): SubsidyRules['projectTypes']['types'] {
  return rounds
    .flatMap((r) => r.projectTypes.types)
    .filter((p, i, all) => all.findIndex((o) => o.id === p.id) === i)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** One entry per related programme, named and linked by its newest round, with every round's status. */
export function checkerRelated<R extends DatedRound & { id: string; suggestFor: string[] }>(programmes: R[], lang: Lang): CheckerRelated[] {
  return byProgramme(programmes).map((rounds) => {
    const newest = defined(rounds[0], 'a round of the programme');
    return {
      name: newest.programme[lang],
      href: localPath(lang, `/subsidies/#round-${newest.id}`),
      suggestFor: [...new Set(rounds.flatMap((r) => r.suggestFor))],
      status: rounds.map((r) => statusRound(r, lang, 'round')),
    };
  });
}

export function checkerPayload<R extends DatedRound & { id: string; suggestFor: string[] }>(rounds: SubsidyRules[], related: R[], lang: Lang): CheckerPayload {
  return {
    lang,
    rounds: rounds.map((r) => ({
      ...r,
      // A condition's help link, written for the page's language (the script bundles no i18n).
      conditions: r.conditions.map((c) => (c.help ? { ...c, help: { ...c.help, path: localPath(lang, c.help.path) } } : c)),
      display: { fy: formatFiscalYear(r.fiscalYear, lang), guide: localPath(lang, `/subsidies/${r.id}/`), status: statusRound(r, lang, 'round') },
    })),
    related: checkerRelated(related, lang),
    strings: verdictsByPhrase(uiStrings(lang, checkerStringKeys)),
  };
}

/** The verdicts are set large: their Japanese carries phrase marks, as headings carry <wbr>. */
function verdictsByPhrase(strings: UiStrings<CheckerStringKey>): UiStrings<CheckerStringKey> {
  const marked = Object.entries(strings).map(([key, text]) => [key, key.startsWith('check.verdict.') ? markPhrases(text) : text]);
  return Object.fromEntries(marked) as UiStrings<CheckerStringKey>;
}
