// An in-process CLI context for command tests: parsed like the command line,
// with a fixed clock and captured output. Paths must be absolute (the working
// directory is the repository's).
import { tmpdir } from 'node:os';
import { parseCommandLine } from '../../../packages/cli/src/args';
import { type CliContext, createCliContext } from '../../../packages/cli/src/context';

export interface TestCli {
  ctx: CliContext;
  stdout: string[];
  stderr: string[];
  /** Moves the context's clock. */
  setNow(date: Date): void;
}

export function testCli(argv: string[], now: Date, env: Record<string, string> = {}): TestCli {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const ctx = createCliContext(
    parseCommandLine(argv),
    { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
    { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
  );
  let clock = now;
  ctx.now = () => clock;
  return {
    ctx,
    stdout,
    stderr,
    setNow: (date) => {
      clock = date;
    },
  };
}
