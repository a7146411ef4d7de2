import type { CliContext } from '../context';
import { executorCommand } from './executor';
import { heartbeatCommand } from './heartbeat';
import { incidentCommand } from './incident';
import { initCommand } from './init';
import { localCommand } from './local';
import { queueCommand } from './queue';
import { reconcileCommand } from './reconcile';
import { exportCommand, reportCommand } from './report';
import { startCommand } from './start';
import { supervisorCommand } from './supervisor';
import { varsCommand } from './vars';

export type Command = (ctx: CliContext, rest: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  start: startCommand,
  executor: executorCommand,
  queue: queueCommand,
  vars: varsCommand,
  heartbeat: heartbeatCommand,
  local: localCommand,
  supervisor: supervisorCommand,
  reconcile: reconcileCommand,
  incident: incidentCommand,
  report: reportCommand,
  export: exportCommand,
};

export const HELP = `autopilot — Shopify Blog Autopilot on the command line

Usage: autopilot <command> [flags]        (flags may come before or after the command)

  init                                   create the state folder from the example queue
  start                                  init if needed, then heartbeat → supervisor → executor → reconcile → report
  executor --mode review|publish         one executor run [--max-items N --concurrency N --time-budget S --lease S]
  queue list [--status S]                the queue
  queue add --title T [--id ID --brief B --keywords "a;b" --priority P0|P1|P2 --publish-at T --content MD | --content-path P]
  queue add --request "topic a, topic b; topic c"
  queue approve|reject|retry|cancel --id ID [--reason R]
  vars get|set NAME [VALUE]              WF_ENABLED, ALLOW_PUBLISH (local kill-switch)
  heartbeat write [--release] | check    the local heartbeat
  local --mode review|publish [--release]  the local runner: heartbeat + executor
  supervisor [--dry-run]                 one supervisor decision (dispatch runs the executor in-process)
  reconcile                              metrics, recommendation, decision log
  incident open|update|resolve --key K [--title T --body B --severity S]
  report [--out DIR]                     the static HTML dashboard
  export [--status S --since T --until T --out FILE]  run history as CSV

Common flags: --state DIR (default .autopilot), --json (JSON only on stdout), --log-format text|json,
and every action input as a flag of the same name (e.g. --require-approval, --failure-threshold 2).
Exit codes: 0 done, 1 the run met errors it could not handle, 2 bad usage or configuration,
130/143 an executor run cancelled by SIGINT/SIGTERM.`;
