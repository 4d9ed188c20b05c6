/**
 * <subsidy-checker>: runs checkEligibility on the chosen round with today's date in Japan, shows the
 * round's status first, then the verdict, every unmet condition with its reason, what the published
 * rules leave open, the estimate (for reference when the round has closed) and related city
 * programmes for the chosen project type, and keeps the answers in the URL (office_in_city, member,
 * ghg_started, no_tax_arrears, no_antisocial_ties, project_type, cost, fiscal_year). In the URL a
 * condition holds `yes` when it is met (`no_tax_arrears=yes`: no arrears), whatever the question's
 * wording. Nothing typed leaves the browser.
 */
import { answerFromParam, checkEligibility, paramFromAnswer, type Answers } from '../../../lib/subsidies/check';
import { statusSentence, type StatusRound } from '../../../lib/subsidies/status';
import { todayInJapan } from '../../../lib/dates';
import { formatYen } from '../../../lib/format/amounts';
import { setFieldError } from '../form-ui';
import type { Lang } from '../../../lib/i18n';
import type { SubsidyRules } from '../../../schemas/subsidy-rules';

type Round = SubsidyRules & { display: { fy: string; guide: string; status: StatusRound } };
interface Related {
  name: string;
  href: string;
  suggestFor: string[];
  /** The programme's rounds, newest first. */
  status: StatusRound[];
}

class SubsidyChecker extends HTMLElement {
  private language: Lang = 'ja';
  private rounds: Round[] = [];
  private related: Related[] = [];
  private s: Record<string, string> = {};

  connectedCallback() {
    this.language = this.dataset.lang === 'en' ? 'en' : 'ja';
    this.rounds = JSON.parse(this.dataset.rounds ?? '[]');
    this.related = JSON.parse(this.dataset.related ?? '[]');
    this.s = JSON.parse(this.dataset.strings ?? '{}');
    this.readUrl();
    const form = this.querySelector('form')!;
    form.addEventListener('change', () => this.update(true));
    form.addEventListener('input', () => this.update(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.update(false);
  }

  private get form() {
    return this.querySelector('form')!;
  }

  private names(): string[] {
    return [...new Set([...this.form.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((i) => i.name))];
  }

  /** A condition by id; every round asks the same questions, so the first round's will do. */
  private condition(id: string) {
    return this.rounds.flatMap((r) => r.conditions).find((c) => c.id === id);
  }

  private readUrl() {
    const params = new URLSearchParams(window.location.search);
    for (const name of this.names()) {
      const c = this.condition(name);
      const value = c ? answerFromParam(c, params.get(name)) : params.get(name);
      const input = value && this.form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
      if (input) input.checked = true;
    }
    const cost = params.get('cost');
    if (cost !== null) this.form.querySelector<HTMLInputElement>('#check-cost')!.value = cost;
    const year = params.get('fiscal_year');
    const select = this.form.querySelector<HTMLSelectElement>('#check-fiscal_year')!;
    if (year && [...select.options].some((o) => o.value === year)) select.value = year;
  }

  private answers(): Answers {
    const conditions: Answers['conditions'] = {};
    for (const name of this.names()) {
      const checked = this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      if (checked && name !== 'project_type') conditions[name] = checked.value as 'yes' | 'no';
    }
    return {
      conditions,
      projectType: this.form.querySelector<HTMLInputElement>('input[name="project_type"]:checked')?.value,
      cost: this.form.querySelector<HTMLInputElement>('#check-cost')!.value,
    };
  }

  /** Shows the chosen round's own project types and labels; a choice it does not list becomes "other". */
  private showProjectTypes(round: Round) {
    for (const label of this.form.querySelectorAll<HTMLLabelElement>('#check-project_type label')) {
      const input = label.querySelector('input')!;
      if (input.value === 'other') continue;
      const own = round.projectTypes.types.find((p) => p.id === input.value);
      label.hidden = !own;
      if (own) label.querySelector('[data-type-label]')!.textContent = own.label[this.language];
      else if (input.checked) this.form.querySelector<HTMLInputElement>('input[name="project_type"][value="other"]')!.checked = true;
    }
  }

  private update(fromUser: boolean) {
    const year = Number(this.form.querySelector<HTMLSelectElement>('#check-fiscal_year')!.value);
    const round = this.rounds.find((r) => r.fiscalYear === year) ?? this.rounds[0]!;
    this.showProjectTypes(round);
    const answers = this.answers();
    const today = todayInJapan();
    const result = checkEligibility(round, answers, today);
    const closed = result.status.status === 'closed';
    const text = (k: string, vars: Record<string, string> = {}) => (this.s[k] ?? k).replace(/\{(\w+)\}/g, (_, v: string) => vars[v] ?? '');

    // The round's status comes first.
    const status = this.querySelector<HTMLOutputElement>('#subsidy-round-status')!;
    const sentence = statusSentence([round.display.status], today);
    status.dataset.status = sentence.status.status;
    status.value = sentence.text;

    // Check your answers.
    for (const dd of this.querySelectorAll<HTMLElement>('[data-answer]')) {
      const id = dd.dataset.answer!;
      if (id === 'cost') dd.textContent = answers.cost?.trim() || text('check.answers.none');
      else if (id === 'project_type') {
        const input = this.form.querySelector<HTMLInputElement>('input[name="project_type"]:checked');
        dd.textContent = input ? input.parentElement!.textContent!.trim() : text('check.answers.none');
      } else {
        const a = answers.conditions[id];
        dd.textContent = a ? text(`check.${a}`) : text('check.answers.none');
      }
    }

    // Verdict and reasons.
    const verdict = this.querySelector<HTMLOutputElement>('#subsidy-verdict')!;
    verdict.dataset.verdict = result.verdict;
    const said = text(`check.verdict.${result.verdict}`);
    verdict.value = closed && result.verdict !== 'incomplete' ? text('check.verdict.underRules', { fy: round.display.fy, verdict: said }) : said;
    const reasons = this.querySelector<HTMLElement>('[data-reasons]')!;
    reasons.replaceChildren(
      ...result.failed.map((id) => {
        const c = round.conditions.find((x) => x.id === id)!;
        const li = document.createElement('li');
        li.textContent = `${c.question[this.language]} — ${c.reason[this.language]}`;
        return li;
      }),
    );
    if (result.projectTypeIneligible) {
      const li = document.createElement('li');
      li.textContent = text('check.projectTypeIneligible');
      reasons.append(li);
    }
    reasons.parentElement!.hidden = reasons.children.length === 0;
    const missing = this.querySelector<HTMLElement>('[data-missing]')!;
    missing.replaceChildren(
      ...result.missing.map((id) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#check-${id}`;
        a.textContent = id === 'project_type' ? text('check.projectType') : round.conditions.find((x) => x.id === id)!.question[this.language];
        li.append(a);
        return li;
      }),
    );
    missing.parentElement!.hidden = result.verdict === 'ineligible' || missing.children.length === 0;
    const typeNote = this.querySelector<HTMLElement>('.project-type-note')!;
    typeNote.hidden = !result.projectTypeUnconfirmed || result.verdict === 'undetermined';
    typeNote.textContent = result.projectTypeUnconfirmed ? text('check.projectTypeUnconfirmed') : '';

    // What the published rules leave open, and whom to ask.
    const unknowns = this.querySelector<HTMLElement>('[data-unknowns]')!;
    unknowns.replaceChildren(
      ...result.unknowns.map((u) => {
        const li = document.createElement('li');
        li.dataset.unknown = u;
        const id = u.startsWith('condition:') ? u.slice('condition:'.length) : '';
        li.textContent = id ? text('check.unknown.condition', { condition: round.conditions.find((c) => c.id === id)!.requirement[this.language] }) : text(`check.unknown.${u}`);
        return li;
      }),
    );
    unknowns.parentElement!.hidden = result.verdict === 'ineligible' || result.unknowns.length === 0;

    // Amount.
    const amount = this.querySelector<HTMLOutputElement>('#subsidy-amount')!;
    const note = this.querySelector<HTMLElement>('.amount-note')!;
    amount.removeAttribute('data-yen');
    note.hidden = true;
    const a = result.amount;
    amount.removeAttribute('data-reference');
    if (a.kind === 'estimate') {
      const yen = formatYen(a.yen, this.language);
      amount.value = closed ? text('check.amount.reference', { yen, fy: round.display.fy }) : text('check.amount.estimate', { yen });
      amount.dataset.yen = String(a.yen);
      if (closed) amount.dataset.reference = 'true';
      const notes = [a.capped ? text('check.amount.capped') : '', a.secondary ? text('check.amount.secondary') : ''].filter(Boolean);
      note.textContent = notes.join(' ');
      note.hidden = notes.length === 0;
    } else if (a.kind === 'no-rate') amount.value = text('check.amount.noRate');
    else if (a.kind === 'no-cost') amount.value = text('check.amount.noCost');
    else amount.value = '—';
    setFieldError(this.form.querySelector<HTMLInputElement>('#check-cost')!, a.kind === 'invalid-cost' ? text(`co2.error.${a.error}`) : undefined);

    // Related city programmes for the chosen project type.
    const related = this.related.filter((p) => answers.projectType && p.suggestFor.includes(answers.projectType));
    const list = this.querySelector<HTMLElement>('[data-related-list]')!;
    list.replaceChildren(
      ...related.map((p) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = p.href;
        a.textContent = p.name;
        li.append(a, ` — ${statusSentence(p.status, today).text}`);
        return li;
      }),
    );
    list.parentElement!.hidden = related.length === 0;
    this.querySelector<HTMLAnchorElement>('[data-link="official"]')!.href = round.officialUrl;
    this.querySelector<HTMLAnchorElement>('[data-link="guide"]')!.href = round.display.guide;

    if (fromUser) this.writeUrl(answers, round);
  }

  private writeUrl(answers: Answers, round: Round) {
    const params = new URLSearchParams(window.location.search);
    for (const name of this.names()) {
      const c = this.condition(name);
      const answer = answers.conditions[name];
      const value = name === 'project_type' ? answers.projectType : c && answer ? paramFromAnswer(c, answer) : answer;
      if (value) params.set(name, value);
      else params.delete(name);
    }
    if (answers.cost?.trim()) params.set('cost', answers.cost.trim());
    else params.delete('cost');
    params.set('fiscal_year', String(round.fiscalYear));
    history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
  }
}

customElements.define('subsidy-checker', SubsidyChecker);
