// The demo's path, as a new user walks it: `start` on a fresh state folder,
// then each command its "Next:" lines print, run exactly as printed, until
// the output points at a published article — which must be a published page
// of the local site, linked from its index.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOk, ROOT, removeScratchDir, runCli } from './helpers';

let state: string;
beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-demo-'));
});
afterAll(async () => {
  await rm(state, { recursive: true, force: true });
  await removeScratchDir();
});

/** The commands of the printed "Next:" block, in order (each in backticks on a numbered line). */
function printedSteps(stdout: string): string[] {
  const at = stdout.lastIndexOf('\nNext:');
  if (at < 0) return [];
  return stdout
    .slice(at)
    .split('\n')
    .filter((line) => /^\s+\d+\.\s/.test(line))
    .map((line) => /`([^`]+)`\s*$/.exec(line)?.[1] ?? '');
}

/** Splits a printed command line as a POSIX shell would (plain words and single quotes: all start prints). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)) {
    words.push(match[1] !== undefined ? match[1].replace(/'\\''/g, "'") : (match[2] as string));
  }
  return words;
}

/**
 * The argv of `autopilot` a printed command runs: `npx autopilot ARGS` runs
 * the CLI with ARGS; `npm start -- ARGS` runs the package's start script,
 * which is the CLI's `start` (checked against package.json, so the mapping
 * cannot drift from what npm would run).
 */
async function cliArgs(command: string): Promise<string[]> {
  const words = shellWords(command);
  if (words[0] === 'npx' && words[1] === 'autopilot') return words.slice(2);
  if (words[0] === 'npm' && words[1] === 'start') {
    const scripts = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toBe('tsx packages/cli/src/bin.ts start');
    const rest = words.slice(2);
    return ['start', ...(rest[0] === '--' ? rest.slice(1) : rest)];
  }
  throw new Error(`a printed step is not a command this test knows how to run: ${command}`);
}

describe('the demo, following its printed Next steps', () => {
  it('reaches a published article on the local site, and the first run does not lock publishing', async () => {
    const first = await runCli(['start', '--state', state]);
    expect(first.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    const decisionLog = JSON.parse(await readFile(join(state, 'decision_log.json'), 'utf8'));
    expect(decisionLog.last_decision.decision).toBe('continue_publish');

    let output = first.stdout;
    const followed: string[] = [];
    for (let round = 0; round < 3 && !output.includes('Next: open a published article:'); round++) {
      const steps = printedSteps(output);
      expect(steps.length, `no Next steps in:\n${output}`).toBeGreaterThan(0);
      for (const step of steps) {
        followed.push(step);
        output = (await cliOk(await cliArgs(step))).stdout;
      }
    }
    expect(followed.some((s) => s.startsWith('npx autopilot queue approve --id '))).toBe(true);
    expect(followed).toContain(`npx autopilot vars set ALLOW_PUBLISH human_enabled --state ${state}`);

    const page = /Next: open a published article: (.+)$/m.exec(output)?.[1]?.trim();
    expect(page, output).toBeTruthy();
    const html = await readFile(page as string, 'utf8');
    expect(html).toContain('PUBLISHED — live since');
    const index = await readFile(join(state, 'site', 'index.html'), 'utf8');
    const handle = (page as string).split('/').pop() as string;
    expect(index).toContain(handle);

    // The approved draft is the published one, and the message says so.
    expect(output).toContain('published approved draft');
  }, 120_000);
});
