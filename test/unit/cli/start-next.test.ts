// What `autopilot start` prints as its next steps: commands that run as
// printed in the person's own shell — through scripts/dev.sh when that shell's
// Node is older than the CLI needs (npx autopilot would stop at the version check).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../packages/cli/src/commands/start-next';
import type { QueueRow } from '../../../packages/core/src/model';
import { queueRow } from '../control/fakes';

const ROOT = join(import.meta.dirname, '../../..');
const draft: QueueRow = queueRow({ row: 1, id: 'green-tea', status: 'AWAITING_APPROVAL' });
const facts = (over: Partial<Parameters<typeof nextSteps>[0]> = {}) => ({
  stateDir: '/work/shop/.autopilot',
  cwd: '/work/shop',
  rows: [draft],
  vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' },
  publishedPages: [],
  requireApproval: true,
  ...over,
});

describe('nextSteps', () => {
  it('prints npx autopilot and npm start when the shell runs the supported Node', () => {
    expect(nextSteps(facts()).commands).toEqual([
      'npx autopilot queue approve --id green-tea',
      'npx autopilot vars set ALLOW_PUBLISH human_enabled',
      'npm start',
    ]);
  });

  it('prints scripts/dev.sh commands when the shell’s Node is too old, with --state passed straight on', () => {
    expect(nextSteps(facts({ shellNodeTooOld: true, stateDir: '/tmp/x' })).commands).toEqual([
      'bash scripts/dev.sh autopilot queue approve --id green-tea --state /tmp/x',
      'bash scripts/dev.sh autopilot vars set ALLOW_PUBLISH human_enabled --state /tmp/x',
      'bash scripts/dev.sh start --state /tmp/x',
    ]);
    expect(nextSteps(facts({ stateDir: '/tmp/x' })).commands.at(-1)).toBe('npm start -- --state /tmp/x');
  });

  it('relies on scripts/dev.sh passing `autopilot …` and `start …` on to the CLI, and on ensure-node.sh saying when it fetched Node', async () => {
    const dev = await readFile(join(ROOT, 'scripts/dev.sh'), 'utf8');
    expect(dev).toMatch(/start\) exec npm start -- "\$@"/);
    expect(dev).toMatch(/\*\) exec npm run "\$cmd" -- "\$@"/);
    const scripts = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.autopilot).toBe('tsx packages/cli/src/bin.ts');
    const ensure = await readFile(join(ROOT, 'scripts/ensure-node.sh'), 'utf8');
    expect(ensure).toContain('export AUTOPILOT_SHELL_NODE_TOO_OLD=1');
  });
});
