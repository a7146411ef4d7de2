// The CLI's one trace id per invocation: on the incidents and notifications
// it files, once at the top of its text logs, and on every JSON log line.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../packages/cli/src/args';
import { incidentCommand } from '../../../packages/cli/src/commands/incident';
import { createCliContext } from '../../../packages/cli/src/context';

// In Actions the trace id is `<run id>-<attempt>`: a fixed environment pins it.
const ENV = { GITHUB_RUN_ID: '555', GITHUB_RUN_ATTEMPT: '3' };
const TRACE = '555-3';

let state: string;
beforeEach(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-cli-trace-'));
});
afterEach(async () => {
  await rm(state, { recursive: true, force: true });
});

function context(argv: string[]) {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  const ctx = createCliContext(
    parseCommandLine([...argv, '--state', state]),
    { stdout: (t) => out.stdout.push(t), stderr: (t) => out.stderr.push(t) },
    ENV,
  );
  return { ctx, out };
}

describe('autopilot incident', () => {
  it('puts the trace id in the incident body and in the notification', async () => {
    const { ctx } = context(['incident', 'open', '--key', 'queue-stuck', '--title', 'Queue stuck', '--body', 'x']);
    expect(ctx.traceId).toBe(TRACE);
    expect(await incidentCommand(ctx, ['open'])).toBe(0);

    const dir = join(state, 'incidents');
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const incident = JSON.parse(await readFile(join(dir, files[0] as string), 'utf8')) as { body: string };
    expect(incident.body).toContain(`Trace: \`${TRACE}\``);

    const notes = (await readFile(join(state, 'notifications.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { task: string; trace_id: string });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ task: 'incident', trace_id: TRACE });
  });
});

describe('CLI logs', () => {
  it('in text, name the trace id once, before the first line', () => {
    const { ctx, out } = context(['reconcile']);
    ctx.log.info('first');
    ctx.log.child({ item_id: 'a' }).warn('second');
    ctx.log.notice('third');
    expect(out.stderr).toHaveLength(4);
    expect(out.stderr[0]).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d INFO  trace_id ${TRACE}$`));
    expect(out.stderr.filter((l) => l.includes(TRACE))).toHaveLength(1);
    expect(out.stderr[1]).toMatch(/INFO {2}first$/);
  });

  it('in JSON, carry trace_id on every line and print no separate trace line', () => {
    const { ctx, out } = context(['reconcile', '--log-format', 'json']);
    ctx.log.info('first');
    ctx.log.child({ item_id: 'a' }).warn('second');
    const lines = out.stderr.map((l) => JSON.parse(l) as { msg: string; trace_id: string; item_id?: string });
    expect(lines.map((l) => l.msg)).toEqual(['first', 'second']);
    expect(lines.every((l) => l.trace_id === TRACE)).toBe(true);
    expect(lines[1]?.item_id).toBe('a');
  });

  it('print nothing for a command that logs nothing', () => {
    const { out } = context(['queue', 'list']);
    expect(out.stderr).toEqual([]);
  });
});
