// The usage the READMEs show works as written: no snippet points at a
// release tag before CHANGELOG.md has released one, and the recipe that runs
// a bundle with INPUT_* variables runs from a folder where the output files
// do not exist yet (the runner creates them; a shell does not).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const READMES = ['README.md', ...readdirSync(join(ROOT, 'actions')).map((name) => `actions/${name}/README.md`)];

describe('usage snippets name a ref that exists', () => {
  const released = /^## \[\d+\.\d+\.\d+\]/m.test(read('CHANGELOG.md'));

  it('no `@vN` of these actions until CHANGELOG.md has a released version', () => {
    const tagged = READMES.flatMap((file) =>
      [...read(file).matchAll(/[\w.-]+\/[\w.-]+\/actions\/[\w-]+@v\d[\w.]*/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(released ? [] : tagged).toEqual([]);
  });

  it('each action README says which ref to use', () => {
    for (const file of READMES.filter((f) => f.startsWith('actions/'))) {
      const text = read(file);
      expect(text, file).toMatch(/\*\*Which ref\.\*\*/);
      expect(text, file).toMatch(/uses: \.\/actions\//);
    }
  });
});

describe("README's recipe: a bundle with INPUT_* variables", () => {
  const dir = mkdtempSync(join(tmpdir(), 'autopilot-recipe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs as written where GITHUB_OUTPUT and GITHUB_STEP_SUMMARY do not exist yet', () => {
    const section = read('README.md').split('## Run an action locally')[1] ?? '';
    const recipe = /```sh\n([\s\S]*?node dist\/executor\/index\.js[\s\S]*?)```/.exec(section)?.[1];
    expect(recipe).toBeDefined();
    // Only the scratch folder changes: the recipe's /tmp files go to a fresh folder of this test.
    const script = (recipe ?? '').replaceAll('/tmp/', `${dir}/`);
    symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'), 'dir');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
    const stdout = execFileSync('bash', ['-e', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(readFileSync(join(dir, 'out'), 'utf8')).toMatch(/^conclusion<</m);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('Executor');
    expect(stdout).toContain('conclusion');
  });
});
