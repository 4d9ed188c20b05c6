import { describe, expect, it } from 'vitest';
import { todayInJapan } from '../../src/lib/dates';

// A round's status from its dates: test/unit/subsidy-round-status-on-the-edge-days.test.ts.
describe("today's date is Japan's", () => {
  it('is already the next day in Japan at 15:00 UTC', () => {
    expect(todayInJapan(new Date('2025-06-06T15:00:00Z'))).toBe('2025-06-07');
    expect(todayInJapan(new Date('2025-06-06T14:59:59Z'))).toBe('2025-06-06');
  });
});
