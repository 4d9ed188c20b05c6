import { describe, expect, it } from 'vitest';
import r2024 from '../../data/subsidies/gx-promotion-2024.json';
import r2025 from '../../data/subsidies/gx-promotion-2025.json';
import { daysBetween } from '../../src/lib/dates';
import { programmeStatus, roundStatus, statusSentence, statusWording, statusWordings, type StatusRound } from '../../src/lib/subsidies/status';

// FY2025: window 2025-04-04 … 2025-06-06, rules valid 2025-04-01 … 2026-03-31.
const fy2025 = { applicationWindow: { start: '2025-04-04', end: '2025-06-06' }, validFrom: '2025-04-01', validUntil: '2026-03-31' };
// FY2024: no window published, rules valid 2024-10-01 … 2025-03-31.
const fy2024 = { validFrom: '2024-10-01', validUntil: '2025-03-31' };

describe('a round with a published window', () => {
  it('is upcoming the day before it opens, opening that day', () => expect(roundStatus(fy2025, '2025-04-03')).toEqual({ status: 'upcoming', opens: '2025-04-04' }));
  it('is open on its first day, with the days left', () => expect(roundStatus(fy2025, '2025-04-04')).toEqual({ status: 'open', closes: '2025-06-06', daysLeft: 63 })); // 26 days of April after the 4th + 31 of May + 6 of June = 63
  it('is open on its last day with 0 days left', () => expect(roundStatus(fy2025, '2025-06-06')).toEqual({ status: 'open', closes: '2025-06-06', daysLeft: 0 }));
  it('is closed the day after, on its last day', () => expect(roundStatus(fy2025, '2025-06-07')).toEqual({ status: 'closed', closedOn: '2025-06-06', by: 'window' }));
  it('stays closed on the window date after validUntil', () => {
    expect(roundStatus(fy2025, '2026-03-31')).toEqual({ status: 'closed', closedOn: '2025-06-06', by: 'window' });
    expect(roundStatus(fy2025, '2026-04-01')).toEqual({ status: 'closed', closedOn: '2025-06-06', by: 'window' });
  });
});

describe('a round whose window is not published', () => {
  it('is upcoming, without a date, the day before validFrom', () => expect(roundStatus(fy2024, '2024-09-30')).toEqual({ status: 'upcoming' }));
  it('is unknown from validFrom to validUntil, both days included', () => {
    expect(roundStatus(fy2024, '2024-10-01')).toEqual({ status: 'unknown' });
    expect(roundStatus(fy2024, '2025-03-31')).toEqual({ status: 'unknown' });
  });
  it('is closed by validUntil the day after, never "window not published"', () => {
    expect(roundStatus(fy2024, '2025-04-01')).toEqual({ status: 'closed', closedOn: '2025-03-31', by: 'validity' });
    expect(roundStatus(fy2024, '2026-11-30')).toEqual({ status: 'closed', closedOn: '2025-03-31', by: 'validity' });
  });
  it('with only its start: upcoming before, unknown after, closed by validUntil once expired', () => {
    const r = { applicationWindow: { start: '2025-04-04' }, validFrom: '2025-04-01', validUntil: '2026-03-31' };
    expect(roundStatus(r, '2025-04-03')).toEqual({ status: 'upcoming', opens: '2025-04-04' });
    expect(roundStatus(r, '2025-04-04')).toEqual({ status: 'unknown' });
    expect(roundStatus(r, '2026-04-01')).toEqual({ status: 'closed', closedOn: '2026-03-31', by: 'validity' });
  });
  it('with only its end: closed on that end the day after', () => {
    const r = { applicationWindow: { end: '2025-06-06' }, validFrom: '2025-04-01', validUntil: '2026-03-31' };
    expect(roundStatus(r, '2025-06-06')).toEqual({ status: 'unknown' });
    expect(roundStatus(r, '2025-06-07')).toEqual({ status: 'closed', closedOn: '2025-06-06', by: 'window' });
  });
});

describe('no round in the data is ever "window not published" once its rules expire', () => {
  it.each([r2024, r2025])('$id', (r) => {
    for (const day of ['2026-04-01', '2026-11-30', '2030-01-01']) expect(roundStatus(r, day).status).toBe('closed');
  });
});

describe('a programme', () => {
  it('takes the open round, else the next, else the round that closed last', () => {
    const next = { applicationWindow: { start: '2026-04-06', end: '2026-06-05' }, validFrom: '2026-04-01', validUntil: '2027-03-31' };
    expect(programmeStatus([fy2025, fy2024], '2025-05-01')).toMatchObject({ index: 0, status: { status: 'open' } });
    expect(programmeStatus([next, fy2025, fy2024], '2026-01-10')).toMatchObject({ index: 0, status: { status: 'upcoming', opens: '2026-04-06' } });
    // FY2025 closed on 2025-06-06, later than FY2024's 2025-03-31.
    expect(programmeStatus([fy2024, fy2025], '2026-11-30')).toEqual({ index: 1, status: { status: 'closed', closedOn: '2025-06-06', by: 'window' } });
  });
});

describe('the sentence for today', () => {
  const wordings = Object.fromEntries(statusWordings.map((w) => [w, `${w} {days}`])) as StatusRound['wordings'];
  it('fills in the days left, and picks a wording for each status', () => {
    expect(statusSentence([{ dates: fy2025, wordings }], '2025-06-01').text).toBe('open 5'); // 2025-06-01 → 06-06: 5 days
    expect(statusSentence([{ dates: fy2025, wordings }], '2025-06-06').text).toBe('openToday 0');
    expect(statusWording({ status: 'closed', closedOn: '2025-03-31', by: 'validity' })).toBe('closedByValidity');
    expect(statusWording({ status: 'upcoming' })).toBe('upcomingUndated');
  });
  it('counts days across a month end', () => expect(daysBetween('2025-05-31', '2025-06-06')).toBe(6));
});
