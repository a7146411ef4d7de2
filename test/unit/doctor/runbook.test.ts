// Every check id the doctor can print has its RUNBOOK entry (a row of the
// "autopilot doctor" table), so the id at the end of a line leads somewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../../packages/core/src/services/doctor/run';

describe('RUNBOOK: autopilot doctor', () => {
  const runbook = readFileSync('RUNBOOK.md', 'utf8');
  const start = runbook.indexOf('## autopilot doctor');
  const section = runbook.slice(start, runbook.indexOf('\n## ', start + 5));

  it.each([...CHECK_IDS])('has a row for %s', (id) => {
    expect(section).toMatch(new RegExp(`^\\| \`${id.replace('.', '\\.')}\` \\|`, 'm'));
  });
});
