// The `autopilot` command: parse, build the context, run one command, and
// turn errors into exit codes (2 for a user's mistake, with a clear message
// and no stack trace; 1 for a run with errors it could not handle).
import { errorMessage, parseQueueTime, queueBackendOf, UserError } from '@autopilot/core';
import { escapeForTerminal } from '@autopilot/core/util/terminal';
import rootPackage from '../../../package.json';
import { type ParsedArgs, parseCommandLine, UnknownFlagError } from './args';
import { COMMANDS, type CommandSpec, specOf } from './commands';
import { type CliContext, type CliIo, createCliContext, requireStateFolder } from './context';
import { acceptedFlags, commandHelp, mainHelp } from './help';

/** The suite's version (the root package.json, which releases are tagged from). */
export const VERSION: string = rootPackage.version;

/** The command named on the line, for messages about a flag given before it was parsed. */
function commandIn(argv: readonly string[]): string | undefined {
  return argv.find((arg) => Object.hasOwn(COMMANDS, arg));
}

/** A flag the command does not take is refused, not silently ignored (`start --mode publish`). */
function refuseForeignFlags(name: string, spec: CommandSpec, args: ParsedArgs, sub: string | undefined): void {
  if (spec.acceptsAll) return;
  const known = sub !== undefined && spec.subcommands?.[sub] ? sub : undefined;
  // An unknown subcommand is the command's own message to give.
  if (spec.subcommands && sub !== undefined && !known) return;
  const accepted = acceptedFlags(spec, known);
  const foreign = args.given.filter((flag) => !accepted.has(flag));
  if (foreign.length === 0) return;
  const what = known ? `${name} ${known}` : name;
  const flags = foreign.map((f) => `--${f}`).join(', ');
  throw new UserError(`${what} does not take ${flags}; see \`autopilot ${name} --help\` for the flags it takes`);
}

/** `--since` after `--until` selects nothing: a mistake, said as one (each command reads the values itself). */
function refuseInvertedRange(args: ParsedArgs): void {
  const { since, until } = args.flags;
  if (since === undefined || until === undefined) return;
  const from = parseQueueTime(since);
  const to = parseQueueTime(until);
  if (from && to && from.getTime() > to.getTime()) {
    throw new UserError(`--since "${since}" is after --until "${until}"; expected --since before --until`);
  }
}

/** A command that reads the local state refuses a folder that does not exist (the queue and run log are there). */
function requireStateIfRead(spec: CommandSpec, sub: string | undefined, ctx: CliContext): void {
  const reads = spec.readsState === true || (sub !== undefined && spec.readsState?.includes(sub));
  if (reads && queueBackendOf(ctx.config, 'local') === 'local') requireStateFolder(ctx);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let redact = (text: string) => text;
  try {
    let args: ParsedArgs;
    try {
      args = parseCommandLine(argv);
    } catch (error) {
      const name = commandIn(argv);
      if (error instanceof UnknownFlagError && name) {
        throw new UserError(
          `${name} does not take ${error.flag} (no command does); see \`autopilot ${name} --help\` for the flags it takes`,
        );
      }
      throw error;
    }
    const [first, ...rest] = args.positionals;
    if (args.flags.version) {
      io.stdout(VERSION);
      return 0;
    }
    const name = first === 'help' ? rest[0] : first;
    if (!name) {
      io.stdout(mainHelp());
      return args.flags.help || first === 'help' ? 0 : 2;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
      throw new UserError(`unknown command "${name}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`);
    const spec = specOf(command);
    if (args.flags.help || first === 'help') {
      io.stdout(spec.acceptsAll ? mainHelp() : commandHelp(name, spec));
      return 0;
    }
    refuseForeignFlags(name, spec, args, rest[0]);
    refuseInvertedRange(args);
    const ctx = createCliContext(args, io);
    redact = ctx.redact;
    requireStateIfRead(spec, rest[0], ctx);
    return await spec.run(ctx, rest);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`autopilot: ${escapeForTerminal(redact(error.message), { keepNewlines: true })}`);
      return 2;
    }
    // Error text may quote a server or a queue row: redacted, and no control character reaches the terminal.
    io.stderr(`autopilot: unexpected error: ${escapeForTerminal(redact(errorMessage(error)), { keepNewlines: true })}`);
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
