/**
 * <live-status>: decides a subsidy status again with today's date in Japan and the wordings the
 * build filled in (src/lib/subsidies/status.ts), so the sentence is true on the day it is read.
 */
import { statusSentence, type StatusRound } from '../../lib/subsidies/status';
import { todayInJapan } from '../../lib/dates';
import { readPayload } from '../client-kit';

class LiveStatus extends HTMLElement {
  connectedCallback() {
    const rounds = readPayload<StatusRound[]>(this);
    if (rounds.length === 0) return;
    const { status, text } = statusSentence(rounds, todayInJapan());
    this.textContent = text;
    this.dataset.status = status.status;
    const card = this.closest<HTMLElement>('[data-round-card]');
    if (card) card.dataset.status = status.status;
  }
}

customElements.define('live-status', LiveStatus);
