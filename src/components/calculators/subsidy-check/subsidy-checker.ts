/**
 * <subsidy-checker>: runs the rule engine (src/lib/subsidies/check.ts) in the browser as the person
 * answers. On load it puts the answers of a shared link into the form; on every change it
 * 1. takes the chosen round and shows that round's own project types (a choice the round does not
 *    list becomes "none of these");
 * 2. checks the answers against the round with today's date in Japan;
 * 3. writes the result in the order the page shows it: the round's status, the answers read back,
 *    the verdict, every unmet condition with its reason, the questions left, what the published rules
 *    leave open, the estimate (for reference when the round has closed), related city programmes for
 *    the chosen project type, and the links for the round;
 * 4. keeps the answers in the URL (in the URL a condition holds `yes` when it is met, whatever the
 *    question's wording: see paramsFromAnswers).
 * Rounds, related programmes and strings come from the page's payload (src/lib/subsidies/checker-page.ts);
 * no text is read from the page. Nothing typed leaves the browser.
 */
import { answersFromParams, checkEligibility, maxCostYen, paramsFromAnswers, questionsOf, type Answer, type Answers, type CheckResult } from '../../../lib/subsidies/check';
import type { CheckerPayload, CheckerRound, CheckerStringKey } from '../../../lib/subsidies/checker-page';
import { statusSentence } from '../../../lib/subsidies/status';
import { todayInJapan } from '../../../lib/dates';
import { formatNumber, formatYen } from '../../../lib/format/amounts';
import { parseAmount } from '../../../lib/calculators/parse-amount';
import { link, listItem, part, readPayload, setFieldError, setPhrased, submitShowsResult, textOf, urlParams, writeUrlParams, type Text } from '../../client-kit';

type Question = CheckerRound['conditions'][number];

class SubsidyChecker extends HTMLElement {
  private payload!: CheckerPayload;
  private text!: Text<CheckerStringKey>;
  /** Every round's questions, each once: the page asks them all. */
  private questions: Question[] = [];

  connectedCallback() {
    this.payload = readPayload<CheckerPayload>(this);
    this.text = textOf(this.payload.strings);
    this.questions = questionsOf(this.payload.rounds);
    this.restoreAnswers();
    // Runs before the form's own listener (the event reaches the field first), so the URL gets the grouped figure.
    this.costInput.addEventListener('change', () => this.groupCost());
    this.form.addEventListener('change', () => this.update(true));
    this.form.addEventListener('input', () => this.update(true));
    submitShowsResult(this.form, () => this.update(true), part(this, '#check-result-heading'));
    this.update(false);
  }

  private update(fromUser: boolean) {
    const round = this.chosenRound();
    this.showProjectTypes(round);
    const answers = this.answers();
    // Costs count only for a round whose rate is known; otherwise the field is hidden and ignored.
    if (!round.rate) answers.cost = undefined;
    const today = todayInJapan();
    const result = checkEligibility(round, answers, today);
    this.showStatus(round, today);
    this.showCostField(round);
    this.showAnswers(answers, round);
    this.showVerdict(result, round);
    this.showReasons(result, round);
    this.showMissing(result, round);
    this.showUnknowns(result, round);
    this.showAmount(result, round);
    this.showRelated(answers.projectType, today);
    this.showRoundLinks(round);
    if (fromUser) writeUrlParams(paramsFromAnswers(this.questions, answers, round.fiscalYear));
  }

  // ------------------------------------------------------------ the form

  private get form() {
    return part<HTMLFormElement>(this, 'form');
  }
  private get roundSelect() {
    return part<HTMLSelectElement>(this, '#check-fiscal_year');
  }
  private get costInput() {
    return part<HTMLInputElement>(this, '#check-cost');
  }
  private radio(name: string, value: string) {
    return this.form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  }
  private chosen(name: string): string | undefined {
    return this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  }

  /** The answers of a shared link; a round the page does not offer is ignored. */
  private restoreAnswers() {
    const params = urlParams();
    const answers = answersFromParams(this.questions, params);
    for (const [id, answer] of Object.entries(answers.conditions)) if (answer) this.checkRadio(id, answer);
    if (answers.projectType) this.checkRadio('project_type', answers.projectType);
    if (answers.cost !== undefined) this.costInput.value = answers.cost;
    const year = params.get('fiscal_year');
    if (year && [...this.roundSelect.options].some((o) => o.value === year)) this.roundSelect.value = year;
  }

  /** A cost read as a number is written back with thousands separators (3000000 → 3,000,000), as on a bill. */
  private groupCost() {
    const parsed = parseAmount(this.costInput.value, maxCostYen);
    if (parsed.ok && this.costInput.value.trim() !== '') this.costInput.value = formatNumber(parsed.value, this.payload.lang, 0);
  }

  private checkRadio(name: string, value: string) {
    const input = this.radio(name, value);
    if (input) input.checked = true;
  }

  /** The round in the select; the newest when none matches. */
  private chosenRound(): CheckerRound {
    const year = Number(this.roundSelect.value);
    const round = this.payload.rounds.find((r) => r.fiscalYear === year) ?? this.payload.rounds[0];
    if (!round) throw new Error('<subsidy-checker> received no rounds');
    return round;
  }

  /** Shows the round's own project types with its labels; a choice it does not list becomes "other". */
  private showProjectTypes(round: CheckerRound) {
    for (const label of this.querySelectorAll<HTMLLabelElement>('#check-project_type label')) {
      const input = part<HTMLInputElement>(label, 'input');
      if (input.value === 'other') continue;
      const own = round.projectTypes.types.find((p) => p.id === input.value);
      label.hidden = !own;
      if (own) part(label, '[data-type-label]').textContent = own.label[this.payload.lang];
      else if (input.checked) this.checkRadio('project_type', 'other');
    }
  }

  private answers(): Answers {
    const conditions: Answers['conditions'] = {};
    for (const q of this.questions) {
      const value = this.chosen(q.id);
      if (value === 'yes' || value === 'no') conditions[q.id] = value satisfies Answer;
    }
    return { conditions, projectType: this.chosen('project_type'), cost: this.costInput.value };
  }

  // ------------------------------------------------------------ the result, top to bottom

  private showStatus(round: CheckerRound, today: string) {
    const status = part<HTMLOutputElement>(this, '#subsidy-round-status');
    const sentence = statusSentence([round.display.status], today);
    status.dataset.status = sentence.status.status;
    status.value = sentence.text;
    // Nothing open: the page leads with that and with what to prepare.
    part(this, '[data-checker-now]').hidden = sentence.status.status === 'open';
    part<HTMLOutputElement>(this, '[data-now-status]').value = sentence.text;
  }

  /** The cost field and its answer row, only for a round whose rate is known. */
  private showCostField(round: CheckerRound) {
    part(this, '[data-cost-field]').hidden = !round.rate;
    part(this, '[data-answer-row="cost"]').hidden = !round.rate;
  }

  /** "Check your answers": each question's answer as chosen, or "not answered". */
  private showAnswers(answers: Answers, round: CheckerRound) {
    const none = this.text('check.answers.none');
    for (const dd of this.querySelectorAll<HTMLElement>('[data-answer]')) {
      const id = dd.dataset.answer;
      if (id === 'cost') dd.textContent = answers.cost?.trim() || none;
      else if (id === 'project_type') dd.textContent = this.projectTypeLabel(round, answers.projectType) ?? none;
      else {
        const answer = id === undefined ? undefined : answers.conditions[id];
        dd.textContent = answer ? this.text(`check.${answer}`) : none;
      }
    }
  }

  private projectTypeLabel(round: CheckerRound, id: string | undefined): string | undefined {
    if (id === 'other') return this.text('check.projectType.other');
    return round.projectTypes.types.find((p) => p.id === id)?.label[this.payload.lang];
  }

  /** The verdict; for a closed round, "under the FY… rules". */
  private showVerdict(result: CheckResult, round: CheckerRound) {
    const verdict = part<HTMLOutputElement>(this, '#subsidy-verdict');
    verdict.dataset.verdict = result.verdict;
    const said = this.text(`check.verdict.${result.verdict}`);
    const closed = result.status.status === 'closed';
    setPhrased(verdict, closed && result.verdict !== 'incomplete' ? this.text('check.verdict.underRules', { fy: round.display.fy, verdict: said }) : said);
  }

  /** Every unmet condition with its reason, and a project type missing from a complete list. */
  private showReasons(result: CheckResult, round: CheckerRound) {
    const lang = this.payload.lang;
    const reasons = result.failed.map((id) => {
      const c = this.question(round, id);
      const help = c.help ? [' ', link(c.help.path, c.help.label[lang])] : [];
      return listItem(`${c.question[lang]} — ${c.reason[lang]}`, ...help);
    });
    if (result.projectTypeIneligible) reasons.push(listItem(this.text('check.projectTypeIneligible')));
    this.showList('[data-reasons]', reasons, reasons.length > 0);
  }

  /** The questions left, each a link to it; and the note on a project type the rules cannot settle. */
  private showMissing(result: CheckResult, round: CheckerRound) {
    const missing = result.missing.map((id) =>
      listItem(link(`#check-${id}`, id === 'project_type' ? this.text('check.projectType') : this.question(round, id).question[this.payload.lang])),
    );
    this.showList('[data-missing]', missing, result.verdict !== 'ineligible' && missing.length > 0);
    const note = part(this, '.project-type-note');
    note.hidden = !result.projectTypeUnconfirmed || result.verdict === 'undetermined';
    note.textContent = result.projectTypeUnconfirmed ? this.text('check.projectTypeUnconfirmed') : '';
  }

  /** What the published rules leave open; the page then says whom to ask. */
  private showUnknowns(result: CheckResult, round: CheckerRound) {
    const unknowns = result.unknowns.map((u) => {
      const id = u.startsWith('condition:') ? u.slice('condition:'.length) : '';
      const item = listItem(
        id
          ? this.text('check.unknown.condition', { condition: this.question(round, id).requirement[this.payload.lang] })
          : this.text(u === 'rate' ? 'check.unknown.rate' : 'check.unknown.project_type'),
      );
      item.dataset.unknown = u;
      return item;
    });
    this.showList('[data-unknowns]', unknowns, result.verdict !== 'ineligible' && unknowns.length > 0);
  }

  /** The estimate (for reference when the round has closed), or why there is none; the cost field's error. */
  private showAmount(result: CheckResult, round: CheckerRound) {
    const amount = part<HTMLOutputElement>(this, '#subsidy-amount');
    const note = part(this, '.amount-note');
    const a = result.amount;
    amount.removeAttribute('data-yen');
    amount.removeAttribute('data-reference');
    note.hidden = true;
    if (a.kind === 'estimate') {
      const yen = formatYen(a.yen, this.payload.lang);
      const closed = result.status.status === 'closed';
      amount.value = closed ? this.text('check.amount.reference', { yen, fy: round.display.fy }) : this.text('check.amount.estimate', { yen });
      amount.dataset.yen = String(a.yen);
      if (closed) amount.dataset.reference = 'true';
      const notes = [a.capped ? this.text('check.amount.capped') : '', a.secondary ? this.text('check.amount.secondary') : ''].filter(Boolean);
      note.textContent = notes.join(' ');
      note.hidden = notes.length === 0;
    } else if (a.kind === 'no-rate') amount.value = this.text('check.amount.noRate');
    else if (a.kind === 'no-cost') amount.value = this.text('check.amount.noCost');
    else amount.value = '—';
    setFieldError(this.costInput, a.kind === 'invalid-cost' ? this.text(`amount.error.${a.error}`) : undefined);
  }

  /** City programmes suggested for the chosen project type, each with its status today. */
  private showRelated(projectType: string | undefined, today: string) {
    const related = this.payload.related.filter((p) => projectType && p.suggestFor.includes(projectType));
    const items = related.map((p) => listItem(link(p.href, p.name), ` — ${statusSentence(p.status, today).text}`));
    this.showList('[data-related-list]', items, items.length > 0);
  }

  private showRoundLinks(round: CheckerRound) {
    part<HTMLAnchorElement>(this, '[data-link="official"]').href = round.officialUrl;
    part<HTMLAnchorElement>(this, '[data-link="guide"]').href = round.display.guide;
  }

  // ------------------------------------------------------------ helpers

  /** A question of the round by id; the engine only names the round's own. */
  private question(round: CheckerRound, id: string): Question {
    const found = round.conditions.find((c) => c.id === id);
    if (!found) throw new Error(`Round ${round.id} has no condition "${id}"`);
    return found;
  }

  /** Fills the list and shows its box (the list's parent, with its introduction) when `visible`. */
  private showList(selector: string, items: HTMLLIElement[], visible: boolean) {
    const list = part(this, selector);
    list.replaceChildren(...items);
    if (list.parentElement) list.parentElement.hidden = !visible;
  }
}

customElements.define('subsidy-checker', SubsidyChecker);
