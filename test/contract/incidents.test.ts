import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubIncidentTracker } from '../../packages/core/src/adapters/github';
import { DirIncidentTracker } from '../../packages/core/src/adapters/local/incidents-dir';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';
import { describeIncidentTrackerContract, redactSecret } from './incidents.contract';

const newFake = useFakeGitHub();

describeIncidentTrackerContract('DirIncidentTracker', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'autopilot-incidents-'));
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 5, 8, 0, tick++));
  const dir = join(stateDir, 'incidents');
  return {
    tracker: new DirIncidentTracker({ stateDir, now, redact: redactSecret }),
    storedText: async () =>
      (await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')))).join('\n'),
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeIncidentTrackerContract('GitHubIncidentTracker (fake GitHub)', async () => {
  const fake = await newFake();
  return {
    tracker: new GitHubIncidentTracker({ ...fakeGitHubOptions(fake), redact: redactSecret }),
    storedText: async (incident) => {
      const issue = fake.issues.find((i) => String(i.number) === incident.id);
      return [issue?.title, issue?.body, ...(issue?.comments.map((c) => c.body) ?? [])].join('\n');
    },
    cleanup: () => fake.close(),
  };
});
