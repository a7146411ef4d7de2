// Every command, what it does, and the flags it takes: its own (COMMAND_FLAGS)
// and the settings it reads. The settings are those of the action the
// command runs (actions/<name>/src/inputs.ts, the same schema), so `--help`
// and the refusal of a flag a command does not take stay true to the actions.
import { INPUTS as EXECUTOR } from '../../../../actions/executor/src/inputs';
import { INPUTS as HEARTBEAT_CHECK } from '../../../../actions/heartbeat-check/src/inputs';
import { INPUTS as INCIDENT } from '../../../../actions/incident/src/inputs';
import { INPUTS as RECONCILE } from '../../../../actions/reconcile/src/inputs';
import { INPUTS as SUPERVISOR } from '../../../../actions/supervisor/src/inputs';
import type { CommandFlag } from '../args';
import type { CliContext } from '../context';
import { SETTING_GROUPS, settingKeys } from '../setting-groups';

export type Command = (ctx: CliContext, rest: string[]) => Promise<number>;

/**
 * A command whose module (and what it needs: the backends, the report, the
 * doctor) is loaded when it runs: `--help`, a usage mistake and the flag
 * checks read only this table (start-up, issue 12).
 */
function lazy<M>(load: () => Promise<M>, pick: (module: M) => Command): Command {
  return async (ctx, rest) => pick(await load())(ctx, rest);
}

/** What a command (or one of its subcommands) takes, and what each of its own flags means there. */
export interface FlagSet {
  flags?: Partial<Record<CommandFlag, string>>;
  /** Setting keys (`max-items`): the flag, the env variable and the action input of one setting. */
  settings?: readonly string[];
}

export interface Subcommand extends FlagSet {
  usage: string;
  summary: string;
  /** What a setting means for this subcommand, where it differs from the setting's description. */
  meaning?: Record<string, string>;
}

export interface CommandSpec extends FlagSet {
  run: Command;
  summary: string;
  /** The usage line(s) after `autopilot `, without the common flags. */
  usage: string[];
  subcommands?: Record<string, Subcommand>;
  /** Registered as a bare function: takes every flag (no declaration yet). */
  acceptsAll?: boolean;
  /**
   * It reads the state folder (all of it, or these subcommands): with the
   * local queue, a folder that does not exist is refused (a mistyped
   * --state), rather than created or read as empty.
   */
  readsState?: true | readonly string[];
}

const { common, dataPlane, github, heartbeatWriter } = SETTING_GROUPS;
const without = (keys: readonly string[], ...drop: string[]) => keys.filter((k) => !drop.includes(k));
const RUNNER = ['run-id', 'owner'];

export const COMMANDS: Record<string, CommandSpec | Command> = {
  init: {
    run: lazy(
      () => import('./init'),
      (m) => m.initCommand,
    ),
    summary: 'create the state folder from the example queue (never overwrites)',
    usage: ['init'],
  },
  start: {
    run: lazy(
      () => import('./start'),
      (m) => m.startCommand,
    ),
    summary: 'init if needed, then heartbeat → supervisor → executor → reconcile → report',
    usage: ['start'],
    flags: { out: 'where the dashboard goes (default <state>/report)' },
    // Everything the cycle's actions read, but the mode: the supervisor decides it.
    settings: without(settingKeys(SUPERVISOR, EXECUTOR, RECONCILE, HEARTBEAT_CHECK, RUNNER, heartbeatWriter), 'mode'),
  },
  executor: {
    run: lazy(
      () => import('./executor'),
      (m) => m.executorCommand,
    ),
    readsState: true,
    summary: 'one executor run on the configured backends',
    usage: ['executor --mode review|publish'],
    settings: settingKeys(EXECUTOR, RUNNER),
  },
  local: {
    run: lazy(
      () => import('./local'),
      (m) => m.localCommand,
    ),
    summary: 'the local runner: writes and renews the heartbeat while the executor runs',
    usage: ['local --mode review|publish', 'local --release'],
    flags: { release: 'hand ownership back to the scheduled workflow at once, and run nothing' },
    settings: settingKeys(EXECUTOR, HEARTBEAT_CHECK, RUNNER, heartbeatWriter),
  },
  queue: {
    run: lazy(
      () => import('./queue'),
      (m) => m.queueCommand,
    ),
    summary: 'the queue: list it, add rows, and the operators’ decisions on a row',
    usage: ['queue list|add|approve|reject|retry|cancel|rollback'],
    settings: settingKeys(dataPlane, RUNNER),
    subcommands: {
      list: {
        usage: 'queue list [--status S]',
        summary: 'the rows, in queue order',
        flags: { status: 'only rows in this state (PENDING, AWAITING_APPROVAL, BLOCKED, …)' },
      },
      add: {
        usage: 'queue add --title T [--id ID …] | --request "TEXT" [--dry-run]',
        summary: 'add rows: one titled row, or a request in plain words (one row per topic)',
        flags: {
          request:
            'plain words: topics separated by , ; or new lines, with priority words (urgent, high/low priority), a date (next Friday, 2027-01-10, in two weeks), "keywords: a; b" and a brief after a colon',
          id: 'the row’s id (one row only; default: slugged from the title)',
          brief: 'what the article should cover',
          keywords: 'keywords separated by ; or ,',
          priority: 'P0, P1 or P2 (default P2)',
          'publish-at': 'not before this time (ISO 8601, or YYYY-MM-DD HH:MM in UTC)',
          content: 'the ready article as markdown (skips generation)',
          'content-path': 'a markdown file with the ready article (skips generation)',
        },
        settings: ['title', 'dry-run', 'llm-base-url', 'llm-api-key', 'llm-model'],
        meaning: {
          title: 'the row’s title',
          'dry-run': 'show the rows it would add, and write nothing',
          'llm-base-url': 'set (with llm-model): the LLM reads --request into rows; the built-in parser when it cannot',
        },
      },
      approve: {
        usage: 'queue approve --id ID [--approver NAME] [--reason R]',
        summary: 'approve a draft awaiting approval (publish mode then publishes it)',
        flags: { id: 'the row', approver: 'who approves (default: you@host)', reason: 'kept in notes' },
      },
      reject: {
        usage: 'queue reject --id ID [--reason R]',
        summary: 'reject a row: BLOCKED, never published',
        flags: {
          id: 'the row',
          approver: 'who rejects (default: you@host)',
          by: 'same as --approver',
          reason: 'kept in notes',
        },
      },
      retry: {
        usage: 'queue retry --id ID [--reason R]',
        summary: 'back to PENDING, attempts reset',
        flags: { id: 'the row', by: 'who asks (default: you@host)', reason: 'kept in notes' },
      },
      cancel: {
        usage: 'queue cancel --id ID [--reason R]',
        summary: 'leave the row out: SKIPPED',
        flags: { id: 'the row', by: 'who cancels (default: you@host)', reason: 'kept in notes' },
      },
      rollback: {
        usage: 'queue rollback --id ID [--dry-run]',
        summary: 'restore a PUBLISHED row’s live article to the newest version an UPDATE kept (read back to check)',
        flags: { id: 'the row (PUBLISHED, with a kept version)' },
        settings: ['dry-run'],
        meaning: { 'dry-run': 'say what would be restored, and change nothing' },
      },
    },
  },
  vars: {
    run: lazy(
      () => import('./vars'),
      (m) => m.varsCommand,
    ),
    summary: 'the local switches (WF_ENABLED, ALLOW_PUBLISH, REQUIRE_APPROVAL) in <state>/variables.json',
    usage: ['vars list', 'vars get NAME', 'vars set NAME VALUE'],
  },
  heartbeat: {
    run: lazy(
      () => import('./heartbeat'),
      (m) => m.heartbeatCommand,
    ),
    readsState: ['check'],
    summary: 'the local heartbeat',
    usage: ['heartbeat write [--release]', 'heartbeat check'],
    settings: settingKeys(HEARTBEAT_CHECK, RUNNER, heartbeatWriter, ['mode']),
    subcommands: {
      write: {
        usage: 'heartbeat write [--release]',
        summary: 'write the heartbeat now',
        flags: { release: 'mark it released: the scheduled workflow owns the pipeline' },
      },
      check: { usage: 'heartbeat check', summary: 'classify the heartbeat as heartbeat-check does' },
    },
  },
  supervisor: {
    run: lazy(
      () => import('./supervisor'),
      (m) => m.supervisorCommand,
    ),
    readsState: true,
    summary: 'one supervisor decision; a dispatch runs the executor in-process',
    usage: ['supervisor [--dry-run]'],
    // The executor's settings too (a dispatch runs it here), but its mode: the decision picks it.
    settings: without(settingKeys(SUPERVISOR, EXECUTOR, RUNNER), 'mode'),
  },
  reconcile: {
    run: lazy(
      () => import('./reconcile'),
      (m) => m.reconcileCommand,
    ),
    readsState: true,
    summary: 'metrics, recommendation, decision log',
    usage: ['reconcile'],
    flags: { by: 'who the decision log names (default: reconcile)' },
    settings: settingKeys(RECONCILE, RUNNER),
  },
  incident: {
    run: lazy(
      () => import('./incident'),
      (m) => m.incidentCommand,
    ),
    summary: 'incidents by key, under <state>/incidents (or GitHub issues with a token and repository)',
    usage: [
      'incident list [--since T] [--until T]',
      'incident open|update|resolve --key K [--title T --body B --severity S]',
    ],
    settings: settingKeys(without(INCIDENT, 'action'), ['run-id']),
    subcommands: {
      list: {
        usage: 'incident list [--since T] [--until T]',
        summary: 'open incidents, and those resolved since --since (default: the last 7 days)',
        flags: {
          since: 'resolved incidents closed at or after this time are listed too',
          until: '… and not after this time',
        },
      },
      open: { usage: 'incident open --key K --title T [--body B --severity S]', summary: 'open (or update) one' },
      update: { usage: 'incident update --key K [--body B]', summary: 'comment on the open one' },
      resolve: { usage: 'incident resolve --key K [--body B]', summary: 'close it with a comment' },
    },
  },
  report: {
    run: lazy(
      () => import('./report'),
      (m) => m.reportCommand,
    ),
    readsState: true,
    summary: 'the static HTML dashboard',
    usage: ['report [--out DIR]'],
    flags: { out: 'the folder it is written to (default <state>/report)' },
    settings: settingKeys(dataPlane, github, ['workflow-file', 'decision-log-path']),
  },
  export: {
    run: lazy(
      () => import('./report'),
      (m) => m.exportCommand,
    ),
    readsState: true,
    summary: 'the run history as CSV, streamed',
    usage: ['export [--status S --since T --until T --out FILE]'],
    flags: {
      status: 'outcomes separated by commas (published, drafted, blocked, retry, failed, skipped)',
      since: 'rows at or after this time',
      until: 'rows before this time',
      out: 'the CSV file (default: stdout)',
    },
    settings: dataPlane,
  },
  doctor: {
    run: lazy(
      () => import('./doctor'),
      (m) => m.doctorCommand,
    ),
    summary: 'check the configuration against GitHub, the Sheet, Shopify and the LLM; a checklist with fixes',
    usage: ['doctor [github|variables|sheets|shopify|llm …]'],
    settings: settingKeys(
      dataPlane,
      ['workflow-file'],
      ['shopify-store-domain', 'shopify-client-id', 'shopify-client-secret', 'shopify-admin-token'],
      ['shopify-api-version', 'shopify-blog-handle', 'shopify-api-url'],
      ['llm-base-url', 'llm-model', 'llm-api-key'],
    ),
  },
};

/** The flags every command takes. */
export const COMMON_FLAGS: Partial<Record<CommandFlag, string>> = {
  json: 'JSON only on stdout (keys in snake_case, like the files)',
  help: 'this help',
};
export const COMMON_SETTINGS = common;

export function specOf(command: CommandSpec | Command): CommandSpec {
  // A command registered bare takes every flag, as all did before commands declared theirs.
  return typeof command === 'function' ? { run: command, summary: '', usage: [], acceptsAll: true } : command;
}
