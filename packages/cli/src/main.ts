// The `autopilot` command: parse, build the context, run one command, and
// turn errors into exit codes (2 for a user's mistake, with a clear message
// and no stack trace; 1 for a run with errors it could not handle).
import { errorMessage, UserError } from '@autopilot/core';
import { parseCommandLine } from './args';
import { COMMANDS, HELP } from './commands';
import { type CliIo, createCliContext } from './context';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let redact = (text: string) => text;
  try {
    const args = parseCommandLine(argv);
    const [name, ...rest] = args.positionals;
    if (!name || args.flags.help || name === 'help') {
      io.stdout(HELP);
      return name || args.flags.help ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command)
      throw new UserError(`unknown command "${name}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`);
    const ctx = createCliContext(args, io);
    redact = ctx.redact;
    return await command(ctx, rest);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`autopilot: ${redact(error.message)}`);
      return 2;
    }
    io.stderr(`autopilot: unexpected error: ${redact(errorMessage(error))}`);
    if (process.env.AUTOPILOT_DEBUG && error instanceof Error) io.stderr(redact(error.stack ?? ''));
    return 1;
  }
}

/**
 * The process's own streams, as the CLI's output. Output is best effort: a
 * reader that goes away (`autopilot executor | head -2`: EPIPE) or any other
 * write error on stdout/stderr must not kill a run half-way, with a row left
 * IN_PROGRESS under its lease and the run never recorded. So write errors are
 * swallowed, later lines to that stream are dropped, and the command goes on;
 * the state folder (queue, run log, runs.jsonl) keeps the record.
 */
export function processIo(streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): CliIo {
  const lineWriter = (stream: NodeJS.WritableStream) => {
    let open = true;
    stream.on('error', () => {
      open = false;
    });
    return (text: string) => {
      if (!open) return;
      try {
        stream.write(`${text}\n`);
      } catch {
        open = false;
      }
    };
  };
  return { stdout: lineWriter(streams.stdout), stderr: lineWriter(streams.stderr) };
}

/** `autopilot` as a process: the arguments and streams of this one. */
export function runFromProcess(): Promise<number> {
  return main(process.argv.slice(2), processIo());
}
