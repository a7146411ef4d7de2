// Every code a person can meet — supervisor decision, reconcile decision and
// reason, incident key, gate rule code, queue state — has a RUNBOOK.md entry
// saying what it means and what to do: a table row whose first cell is the
// code in backticks, with text in the cells after it. The codes come from
// the constant lists where they are defined, so a new code without an entry
// fails here. The rules' sources are read too, so a rule cannot find a code
// the list (and so the RUNBOOK) misses.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKING_CODES, RULE_CODES } from '../../../packages/core/src/domain/content';
import { DUPLICATE_ID } from '../../../packages/core/src/domain/queue';
import { RECONCILE_REASON_CODES } from '../../../packages/core/src/domain/reconcile';
import { INCIDENT_KEYS, SUPERVISOR_CODES } from '../../../packages/core/src/domain/supervisor';
import { DECISIONS, ITEM_STATUSES } from '../../../packages/core/src/model';
import { HEARTBEAT_INCIDENT_KEY } from '../../../packages/core/src/services/heartbeat-check';
import { COST_BUDGET_KEY } from '../../../packages/core/src/services/reconcile-alerts';

const ROOT = join(import.meta.dirname, '../../..');
const RULES_DIR = join(ROOT, 'packages/core/src/domain/content/rules');

/** Codes with a RUNBOOK entry: the first cell of a table row is `code`, and at least two more cells hold text. */
function documentedCodes(runbook: string): Set<string> {
  const codes = new Set<string>();
  for (const line of runbook.split('\n')) {
    const cells = line
      .trim()
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const code = /^`([^`]+)`(?:\s|$)/.exec(cells[0] ?? '')?.[1];
    if (code && cells.slice(1).filter((c) => c.replace(/[\s—-]/g, '').length > 0).length >= 2) codes.add(code);
  }
  return codes;
}

const GROUPS: Record<string, readonly string[]> = {
  'supervisor decision': SUPERVISOR_CODES,
  'reconcile decision': DECISIONS,
  'reconcile reason': RECONCILE_REASON_CODES,
  'incident key': [...Object.values(INCIDENT_KEYS), HEARTBEAT_INCIDENT_KEY, COST_BUDGET_KEY],
  'gate rule': [...RULE_CODES, 'REJECTED', DUPLICATE_ID],
  'queue state': ITEM_STATUSES,
};

describe('RUNBOOK.md', () => {
  it('has an entry (what it means, what to do) for every code the code defines', async () => {
    const documented = documentedCodes(await readFile(join(ROOT, 'RUNBOOK.md'), 'utf8'));
    const missing = Object.entries(GROUPS).flatMap(([group, codes]) =>
      codes.filter((code) => !documented.has(code)).map((code) => `${group}: ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('knows every code a rule can find, and every blocking code is a rule code', async () => {
    const found = new Set<string>();
    for (const file of await readdir(RULES_DIR)) {
      if (!file.endsWith('.ts')) continue;
      const text = await readFile(join(RULES_DIR, file), 'utf8');
      for (const match of text.matchAll(/code: '([A-Z_]+)'/g)) found.add(match[1] as string);
    }
    expect(found.size).toBeGreaterThan(5);
    expect([...found].filter((code) => !(RULE_CODES as readonly string[]).includes(code))).toEqual([]);
    expect([...BLOCKING_CODES].filter((code) => !(RULE_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('reads an entry only from a table row with text after the code', () => {
    const codes = documentedCodes(
      ['| `a` | means | do |', '| `b` | | |', '| `c` | — | — |', 'text about `d`', '| `e` | x | y | z |'].join('\n'),
    );
    expect([...codes]).toEqual(['a', 'e']);
  });
});
