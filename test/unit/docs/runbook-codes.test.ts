// Every code a person can meet — supervisor decision, reconcile decision and
// reason, incident key, gate rule code, queue state, item error code — has a RUNBOOK.md entry
// saying what it means and what to do: a table row whose first cell is the
// code in backticks, with text in the cells after it. The codes come from
// the constant lists where they are defined, so a new code without an entry
// fails here. The rules' sources are read too, so a rule cannot find a code
// the list (and so the RUNBOOK) misses; so are the sources that throw
// ItemErrors or set an item's codes, so no item code escapes the list.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKING_CODES, RULE_CODES } from '../../../packages/core/src/domain/content';
import { DUPLICATE_ID } from '../../../packages/core/src/domain/queue';
import { RECONCILE_REASON_CODES } from '../../../packages/core/src/domain/reconcile';
import { INCIDENT_KEYS, SUPERVISOR_CODES } from '../../../packages/core/src/domain/supervisor';
import { SWITCH_NAMES } from '../../../packages/core/src/domain/variables';
import {
  ITEM_ERROR_CODE_FAMILIES,
  ITEM_ERROR_CODES,
  RETRIED_ITEM_CODES,
  serviceItemCode,
} from '../../../packages/core/src/item-codes';
import { DECISIONS, ITEM_STATUSES } from '../../../packages/core/src/model';
import { HEARTBEAT_INCIDENT_KEY } from '../../../packages/core/src/services/heartbeat-check';
import { COST_BUDGET_KEY } from '../../../packages/core/src/services/reconcile-alerts';

const ROOT = join(import.meta.dirname, '../../..');
const RULES_DIR = join(ROOT, 'packages/core/src/domain/content/rules');
const CORE = join(ROOT, 'packages/core/src');

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
  'item error code': [...ITEM_ERROR_CODES, ...ITEM_ERROR_CODE_FAMILIES.map((f) => f.entry)],
};

/** Every .ts file under `dir`, as paths relative to ROOT. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

interface ThrownCode {
  file: string;
  /** The literal code, or the fixed prefix of a built one (`SHOPIFY_${…}`). */
  code: string;
  built: boolean;
  transient: boolean | undefined;
}

/** Every `new ItemError('X', …, transient)` and `new ItemError(`X_${…}`, …)` in a source text. */
function thrownCodes(file: string, text: string): ThrownCode[] {
  const out: ThrownCode[] = [];
  for (const m of text.matchAll(/new ItemError\(\s*(?:'([^']*)'|`([^`$]*)\$\{|`([^`$]*)`)/g)) {
    // The flag is the call's last argument, a literal at every site: the first `, true)` or `, false)` after the code.
    const flag = /,\s*(true|false),?\s*\)/.exec(text.slice(m.index))?.[1];
    out.push({
      file,
      code: (m[1] ?? m[2] ?? m[3]) as string,
      built: m[2] !== undefined,
      transient: flag === undefined ? undefined : flag === 'true',
    });
  }
  return out;
}

/** Quoted upper-case words (`'TIME_BUDGET'`) in a source text: what an item's codes are made of. */
function codeLiterals(text: string): string[] {
  return [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'/g)]
    .map((m) => m[1] as string)
    .filter((w) => w.length > 2);
}

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

  it('knows every item code the sources throw or set, and which ones are retried', async () => {
    const fixed: readonly string[] = ITEM_ERROR_CODES;
    const prefixes = ITEM_ERROR_CODE_FAMILIES.map((f) => f.prefix as string);
    const retried: readonly string[] = RETRIED_ITEM_CODES;
    const thrown: ThrownCode[] = [];
    for (const file of await sources(CORE)) {
      thrown.push(...thrownCodes(file, await readFile(join(ROOT, file), 'utf8')));
    }
    expect(thrown.length).toBeGreaterThan(15);
    expect(thrown.filter((t) => (t.built ? !prefixes.includes(t.code) : !fixed.includes(t.code)))).toEqual([]);
    // A fixed code is retried (RUNBOOK "retried? yes") exactly when it is thrown transient.
    expect(
      thrown.filter((t) => !t.built && t.transient !== retried.includes(t.code)).map((t) => `${t.file}: ${t.code}`),
    ).toEqual([]);
    expect(retried.filter((code) => !fixed.includes(code))).toEqual([]);

    // Where an item's outcome is put together, every quoted upper-case word is an
    // item code, a rule code, or one of the other vocabularies those files use.
    const others = new Set<string>([
      ...ITEM_STATUSES,
      ...SWITCH_NAMES,
      'PASS',
      'RETRY',
      'BLOCK',
      DUPLICATE_ID,
      'ENOENT',
      'UTC', // the time zone the queue's times are read in (domain/queue/time.ts)
    ]);
    const known = new Set<string>([...fixed, ...RULE_CODES, ...others]);
    const outcomeFiles = [
      ...(await sources(join(CORE, 'services/executor'))),
      ...(await sources(join(CORE, 'domain/queue'))),
      'packages/core/src/services/publish-article.ts',
      'packages/core/src/wiring/content-reader.ts',
    ];
    const unknown: string[] = [];
    for (const file of outcomeFiles) {
      for (const word of codeLiterals(await readFile(join(ROOT, file), 'utf8'))) {
        if (!known.has(word)) unknown.push(`${file}: ${word}`);
      }
    }
    expect(unknown).toEqual([]);
    // And anywhere in core, a `codes: [...]` literal holds item or rule codes only.
    const setCodes: string[] = [];
    for (const file of await sources(CORE)) {
      const text = await readFile(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\bcodes:\s*\[([^\]]*)\]/g)) {
        for (const word of codeLiterals(m[1] as string)) if (!known.has(word)) setCodes.push(`${file}: ${word}`);
      }
    }
    expect(setCodes).toEqual([]);
  });

  it('names the item code of every service that throws a ServiceError (only the local lock is UNEXPECTED)', async () => {
    const services = new Set<string>();
    for (const file of await sources(CORE)) {
      const text = await readFile(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/new ServiceError\(\s*'([^']+)'|\bSERVICE = '([^']+)'/g)) {
        services.add((m[1] ?? m[2]) as string);
      }
    }
    expect([...services].sort()).toEqual(['GitHub', 'Google Sheets', 'shopify', 'state lock']);
    const unnamed = [...services].filter((s) => serviceItemCode(s) === 'UNEXPECTED');
    expect(unnamed).toEqual(['state lock']);
  });

  it('says in the item table whether each code is retried, as the code does', async () => {
    const runbook = await readFile(join(ROOT, 'RUNBOOK.md'), 'utf8');
    const rows = new Map<string, string>();
    for (const line of runbook.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const code = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
      if (code && (ITEM_ERROR_CODES as readonly string[]).includes(code) && cells.length >= 6) {
        rows.set(code, cells[3] as string);
      }
    }
    const wrong = ITEM_ERROR_CODES.filter((code) => code !== 'REJECTED').filter((code) => {
      const said = rows.get(code) ?? '(no row)';
      return (RETRIED_ITEM_CODES as readonly string[]).includes(code) ? said !== 'yes' : said === 'yes';
    });
    expect(wrong).toEqual([]);
  });

  it('reads thrown codes, their flag and built prefixes from source text', () => {
    // Source text, not templates: `${` is written as it appears in a .ts file.
    const text = [
      `throw new ItemError('A_B', \`x, ${'$'}{y}\`, true);`,
      'throw new ItemError(',
      `  \`SHOPIFY_${'$'}{first?.code}\`,`,
      `  \`refused (${'$'}{a}, b)\`,`,
      '  false,',
      ');',
    ].join('\n');
    expect(thrownCodes('f.ts', text)).toEqual([
      { file: 'f.ts', code: 'A_B', built: false, transient: true },
      { file: 'f.ts', code: 'SHOPIFY_', built: true, transient: false },
    ]);
    expect(codeLiterals("finish('skipped', '', ['TIME_BUDGET'], 'x', a ? 'OK' : 'UNEXPECTED')")).toEqual([
      'TIME_BUDGET',
      'UNEXPECTED',
    ]);
  });

  it('reads an entry only from a table row with text after the code', () => {
    const codes = documentedCodes(
      ['| `a` | means | do |', '| `b` | | |', '| `c` | — | — |', 'text about `d`', '| `e` | x | y | z |'].join('\n'),
    );
    expect([...codes]).toEqual(['a', 'e']);
  });
});
