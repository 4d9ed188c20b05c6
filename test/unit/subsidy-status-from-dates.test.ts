import { describe, expect, it } from 'vitest';
import { subsidyStatus, todayInJapan } from '../../src/lib/subsidy-status';

const window = { start: '2025-04-04', end: '2025-06-06' };

describe('a subsidy round is open only between its published dates', () => {
  it('is upcoming the day before it opens', () => expect(subsidyStatus(window, '2025-04-03')).toBe('upcoming'));
  it('is open on its first day', () => expect(subsidyStatus(window, '2025-04-04')).toBe('open'));
  it('is open on its last day', () => expect(subsidyStatus(window, '2025-06-06')).toBe('open'));
  it('is closed the day after', () => expect(subsidyStatus(window, '2025-06-07')).toBe('closed'));
  it('is unknown when no dates are published', () => {
    expect(subsidyStatus(undefined, '2025-05-01')).toBe('unknown');
    expect(subsidyStatus({}, '2025-05-01')).toBe('unknown');
  });
  it('does not claim a round is open when only its start is known', () => {
    expect(subsidyStatus({ start: '2025-04-04' }, '2025-05-01')).toBe('unknown');
    expect(subsidyStatus({ start: '2025-04-04' }, '2025-04-01')).toBe('upcoming');
  });
  it('is closed after a published end even when the start is unknown', () => {
    expect(subsidyStatus({ end: '2025-06-06' }, '2025-07-01')).toBe('closed');
  });
});

describe("today's date is Japan's", () => {
  it('is already the next day in Japan at 15:00 UTC', () => {
    expect(todayInJapan(new Date('2025-06-06T15:00:00Z'))).toBe('2025-06-07');
    expect(todayInJapan(new Date('2025-06-06T14:59:59Z'))).toBe('2025-06-06');
  });
});
