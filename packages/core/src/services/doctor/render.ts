// The checklist as a person reads it: one line per check (✓ passed, ✗ failed,
// – skipped), what it observed, and under a failure the fix. Markdown for the
// job summary. Server text is shown with its control characters escaped.
import { escapeForTerminal } from '../../util/terminal';
import type { CheckResult } from './types';

const MARK = { pass: '✓', fail: '✗', skip: '–' } as const;

/** Server text, made safe for a terminal: control characters become visible escapes. */
function printable(text: string): string {
  return escapeForTerminal(text);
}

export function renderChecklist(checks: readonly CheckResult[]): string {
  const lines = checks.map((c) => {
    const head = `${MARK[c.status]} ${printable(c.title)} — ${printable(c.detail)} [${c.id}]`;
    return c.status === 'fail' && c.fix ? `${head}\n    fix: ${printable(c.fix)}` : head;
  });
  return [...lines, '', summaryLine(checks)].join('\n');
}

export function renderMarkdown(checks: readonly CheckResult[]): string {
  const cell = (text: string) => printable(text).replace(/\|/g, '\\|');
  const rows = checks.map(
    (c) =>
      `| ${MARK[c.status]} | ${cell(c.title)} | ${cell(c.detail)} | ${c.status === 'fail' && c.fix ? cell(c.fix) : ''} | \`${c.id}\` |`,
  );
  return [
    '## autopilot doctor',
    '',
    summaryLine(checks),
    '',
    '| | check | observed | fix | RUNBOOK |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export function summaryLine(checks: readonly CheckResult[]): string {
  const count = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  const failed = count('fail');
  return `${failed === 0 ? 'All checks passed' : `${failed} check(s) failed`}: ${count('pass')} passed, ${failed} failed, ${count('skip')} skipped.`;
}
