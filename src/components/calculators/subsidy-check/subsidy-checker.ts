/**
 * <subsidy-checker>: runs checkEligibility on the chosen round with today's date in Japan, shows the
 * verdict, every unmet condition with its reason, the estimate and whether the round is open, and
 * keeps the answers in the URL (office_in_city, member, ghg_started, no_tax_arrears,
 * no_antisocial_ties, project_type, cost, fiscal_year). Nothing typed leaves the browser.
 */
import { checkEligibility, type Answers } from '../../../lib/subsidies/check';
import { todayInJapan } from '../../../lib/subsidy-status';
import { formatYen } from '../../../lib/format';
import { setFieldError } from '../form-ui';
import type { Lang } from '../../../lib/i18n';
import type { SubsidyRules } from '../../../schemas/subsidy-rules';

type Round = SubsidyRules & { display: { start: string; end: string; guide: string } };

class SubsidyChecker extends HTMLElement {
  private language: Lang = 'ja';
  private rounds: Round[] = [];
  private s: Record<string, string> = {};

  connectedCallback() {
    this.language = this.dataset.lang === 'en' ? 'en' : 'ja';
    this.rounds = JSON.parse(this.dataset.rounds ?? '[]');
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

  private readUrl() {
    const params = new URLSearchParams(window.location.search);
    for (const name of this.names()) {
      const value = params.get(name);
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

  private update(fromUser: boolean) {
    const year = Number(this.form.querySelector<HTMLSelectElement>('#check-fiscal_year')!.value);
    const round = this.rounds.find((r) => r.fiscalYear === year) ?? this.rounds[0]!;
    const answers = this.answers();
    const result = checkEligibility(round, answers, todayInJapan());
    const text = (k: string, vars: Record<string, string> = {}) => (this.s[k] ?? k).replace(/\{(\w+)\}/g, (_, v: string) => vars[v] ?? '');

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
    verdict.value = text(`check.verdict.${result.verdict}`);
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
    typeNote.hidden = !result.projectTypeUnconfirmed;
    typeNote.textContent = result.projectTypeUnconfirmed ? text('check.projectTypeUnconfirmed') : '';

    // Amount.
    const amount = this.querySelector<HTMLOutputElement>('#subsidy-amount')!;
    const note = this.querySelector<HTMLElement>('.amount-note')!;
    amount.removeAttribute('data-yen');
    note.hidden = true;
    const a = result.amount;
    if (a.kind === 'estimate') {
      amount.value = text('check.amount.estimate', { yen: formatYen(a.yen, this.language) });
      amount.dataset.yen = String(a.yen);
      const notes = [a.capped ? text('check.amount.capped') : '', a.secondary ? text('check.amount.secondary') : ''].filter(Boolean);
      note.textContent = notes.join(' ');
      note.hidden = notes.length === 0;
    } else if (a.kind === 'no-rate') amount.value = text('check.amount.noRate');
    else if (a.kind === 'no-cost') amount.value = text('check.amount.noCost');
    else amount.value = '—';
    setFieldError(this.form.querySelector<HTMLInputElement>('#check-cost')!, a.kind === 'invalid-cost' ? text(`co2.error.${a.error}`) : undefined);

    // Is the round open today?
    this.querySelector<HTMLElement>('.round-status')!.textContent = text(`check.status.${result.status}`, {
      start: round.display.start,
      end: round.display.end,
    });
    this.querySelector<HTMLAnchorElement>('[data-link="official"]')!.href = round.officialUrl;
    this.querySelector<HTMLAnchorElement>('[data-link="guide"]')!.href = round.display.guide;

    if (fromUser) this.writeUrl(answers, round);
  }

  private writeUrl(answers: Answers, round: Round) {
    const params = new URLSearchParams(window.location.search);
    for (const name of this.names()) {
      const value = name === 'project_type' ? answers.projectType : answers.conditions[name];
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
