// The published shim (`npx autopilot`) on the machine's older Node: it must
// stop before loading the bundle, with exit 2 and the way to the supported
// Node. Runs when an older Node is installed (the CI image has Node 20 as
// /usr/bin/node); otherwise there is nothing to run it on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REQUIRED_NODE_MAJOR } from '../../packages/cli/src/node-version';
import { ROOT } from './helpers';

function olderNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
    if (!existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (Number.parseInt(version, 10) < REQUIRED_NODE_MAJOR) return candidate;
  }
  return undefined;
}

const old = olderNode();

describe.skipIf(!old)('on an older Node', () => {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  it.each([
    ['the published shim (npx autopilot)', [join(ROOT, 'packages/cli/bin/autopilot.js')]],
    ['the sources (npm run autopilot)', ['--import', tsx, join(ROOT, 'packages/cli/src/bin.ts')]],
  ])('%s exits 2 and says how to run on Node 24', (_name, entry) => {
    const run = spawnSync(old as string, [...entry, 'queue', 'list'], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`needs Node ${REQUIRED_NODE_MAJOR} or newer`);
    expect(run.stderr).toContain('bash scripts/dev.sh autopilot <command>');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
