// dist/ stays in sync after the local runner pushed its heartbeat: with a
// local_heartbeat.json at the repository root, the build (scripts/build.mjs)
// must not copy it into the bundle as an asset nor rewrite the checkout path
// to dist/ (ncc's asset relocator did both). Built in a copy of the
// repository so the real checkout is left alone; one bundle that reads the
// checkout's heartbeat (heartbeat-check) keeps it short.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

describe('the build with a local_heartbeat.json at the repository root', () => {
  const copy = mkdtempSync(join(tmpdir(), 'autopilot-build-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('bundles no heartbeat asset and keeps reading the checkout', { timeout: 120_000 }, () => {
    for (const entry of ['packages', 'actions', 'scripts', 'tsconfig.json', 'package.json']) {
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    writeFileSync(join(copy, 'local_heartbeat.json'), '{"timestamp":1,"owner":"someone"}\n');
    const out = join(copy, 'out');
    execFileSync(process.execPath, [join(copy, 'scripts', 'build.mjs'), out, '--only', 'heartbeat-check'], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const bundle = join(out, 'heartbeat-check');
    expect(existsSync(join(bundle, 'index.js'))).toBe(true);
    expect(readdirSync(bundle, { recursive: true }).map(String)).not.toContain('local_heartbeat.json');
    const code = readFileSync(join(bundle, 'index.js'), 'utf8');
    // ncc's rewrite reads `__nccwpck_require__.ab + "local_heartbeat.json"`: a path into dist/.
    expect(code).not.toMatch(/__nccwpck_require__\.ab\s*\+\s*"[^"]*local_heartbeat\.json"/);
  });
});
