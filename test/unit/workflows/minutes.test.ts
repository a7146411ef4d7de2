// The billed-minutes estimate: the hand cron parser against GitHub's
// documented syntax, the counting (each job rounds up to a whole minute), and
// the defaults in .github/workflows staying within the free-tier budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, estimateRepository } from '../../../scripts/minutes';
import { estimateMinutes, minutesTable, parseCron, runsPerMonth } from '../../../scripts/minutes-estimate';

const ROOT = join(import.meta.dirname, '../../..');
const sorted = (s: ReadonlySet<number>) => [...s].sort((a, b) => a - b);

describe('parseCron', () => {
  it('reads lists, ranges, steps and names', () => {
    const cron = parseCron('7,37 9-17/4 1 JAN-MAR mon-fri');
    expect(sorted(cron.minutes)).toEqual([7, 37]);
    expect(sorted(cron.hours)).toEqual([9, 13, 17]);
    expect(sorted(cron.days)).toEqual([1]);
    expect(sorted(cron.months)).toEqual([1, 2, 3]);
    expect(sorted(cron.weekdays)).toEqual([1, 2, 3, 4, 5]);
    expect(sorted(parseCron('5/20 * * * *').minutes)).toEqual([5, 25, 45]);
    expect(parseCron('*/10 * * * *').minutes.size).toBe(6);
  });

  it('refuses what GitHub would refuse, naming the field', () => {
    expect(() => parseCron('* * * *')).toThrow(/expected 5 fields/);
    expect(() => parseCron('60 * * * *')).toThrow(/minute/);
    expect(() => parseCron('0 * * * 7-8')).toThrow(/day of week/);
    expect(() => parseCron('*/0 * * * *')).toThrow(/step/);
    expect(() => parseCron('x * * * *')).toThrow(/not a number/);
  });
});

describe('runsPerMonth', () => {
  it('counts an average month of a common year', () => {
    expect(runsPerMonth('*/10 * * * *')).toBe((6 * 24 * 365) / 12);
    expect(runsPerMonth('7 7-21/2 * * *')).toBeCloseTo((8 * 365) / 12);
    expect(runsPerMonth('30 5 1 * *')).toBe(1);
    // 2027 has 52 Mondays… and 53 Fridays (it starts and ends on a Friday).
    expect(runsPerMonth('0 9 * * 1')).toBeCloseTo(52 / 12);
    expect(runsPerMonth('0 9 * * 5')).toBeCloseTo(53 / 12);
  });

  it('matches either day field when both are restricted (POSIX)', () => {
    // The 1st of each month (12) or any Friday (53), the Fridays that are a 1st counted once (Jan and Oct 2027).
    expect(runsPerMonth('0 0 1 * FRI')).toBeCloseTo((12 + 53 - 2) / 12);
  });
});

const workflow = (cron: string, jobs: string) => `on:\n  schedule:\n    - cron: "${cron}"\njobs:\n${jobs}`;

describe('estimateMinutes', () => {
  it('bills each job of each run, rounded up to a whole minute', () => {
    const files = new Map([
      [
        'a.yml',
        workflow(
          '7 * * * *',
          '  one:\n    # billed-minutes: 1\n    runs-on: x\n  two:\n    runs-on: x\n    # billed-minutes: 1.2\n',
        ),
      ],
      ['manual.yml', 'on:\n  workflow_dispatch:\njobs:\n  x:\n    runs-on: x\n'],
    ]);
    const estimate = estimateMinutes(files);
    expect(estimate.workflows.map((w) => w.workflow)).toEqual(['a.yml']);
    expect(estimate.workflows[0]?.jobs).toEqual([
      { job: 'one', minutes: 1 },
      { job: 'two', minutes: 2 },
    ]);
    expect(estimate.totalMinutesPerMonth).toBeCloseTo(24 * (365 / 12) * 3);
  });

  it('refuses a scheduled job whose billed minutes are not stated', () => {
    const files = new Map([['a.yml', workflow('7 * * * *', '  one:\n    runs-on: x\n')]]);
    expect(() => estimateMinutes(files)).toThrow(/a.yml: job one has no "# billed-minutes: N" comment/);
  });

  it('bounds the dispatches: one run of the dispatched workflow per supervisor run', () => {
    const supervisor = workflow(
      '37 */2 * * *',
      '  s:\n    # billed-minutes: 1\n    steps:\n      - uses: ./actions/supervisor\n        with:\n          workflow-file: p.yml\n',
    );
    const publish = workflow('7 9 * * *', '  p:\n    # billed-minutes: 2\n    runs-on: x\n');
    const estimate = estimateMinutes(
      new Map([
        ['s.yml', supervisor],
        ['p.yml', publish],
      ]),
    );
    const supervisorRuns = 12 * (365 / 12);
    expect(estimate.upperBoundWithDispatches - estimate.totalMinutesPerMonth).toBeCloseTo(supervisorRuns * 2);
  });
});

describe('the default schedules', () => {
  const estimate = estimateRepository(ROOT);

  it(`bill at most ${BUDGET} minutes a month (half a private repository's free 2,000)`, () => {
    expect(estimate.workflows.map((w) => w.workflow).sort()).toEqual(['publish.yml', 'supervisor.yml']);
    expect(estimate.totalMinutesPerMonth).toBeLessThanOrEqual(BUDGET);
  });

  it('stay within the free tier even if every supervisor run dispatches a publish run', () => {
    expect(estimate.upperBoundWithDispatches).toBeLessThanOrEqual(2000);
  });

  it('are the table README.md shows (run `npm run minutes` and paste it when they change)', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(minutesTable(estimate));
  });
});
