// What `autopilot start` tells a person to do next, worked out from where
// the pipeline stands (the queue, the switches, the site), so the steps, run
// as printed, lead to a published article: approve a draft, enable
// publishing, run the cycle again — then open the article. Pure.
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { QueueRow } from '@autopilot/core';

export interface NextFacts {
  /** The state folder (absolute). */
  stateDir: string;
  /** The working directory, to tell whether the state folder is the default one. */
  cwd: string;
  rows: readonly QueueRow[];
  vars: { WF_ENABLED?: string; ALLOW_PUBLISH?: string };
  /** Published articles of the local site: their pages, absolute. */
  publishedPages: readonly string[];
  /** Whether publish mode needs a human's approval (require-approval and REQUIRE_APPROVAL). */
  requireApproval: boolean;
  /** Reconcile's current decision: pause_and_review and review_only keep the supervisor in review. */
  decision?: string;
  /**
   * The person's own shell has an older Node than the CLI needs (scripts/dev.sh
   * fetched Node 24 for this run): `npx autopilot` would stop at the version
   * check there, so the steps go through `bash scripts/dev.sh`, which always
   * uses the supported Node.
   */
  shellNodeTooOld?: boolean;
}

export interface NextSteps {
  /** Lines to print, the commands in backticks. */
  lines: string[];
  /** The commands alone, in order. */
  commands: string[];
}

/** A word a POSIX shell reads as itself: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function nextSteps(facts: NextFacts): NextSteps {
  const defaultState = resolve(facts.cwd, '.autopilot');
  const shown = (path: string) => {
    const rel = relative(facts.cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  const stateFlag = resolve(facts.stateDir) === defaultState ? '' : ` --state ${shellWord(facts.stateDir)}`;
  const cli = facts.shellNodeTooOld ? 'bash scripts/dev.sh autopilot' : 'npx autopilot';
  const again = facts.shellNodeTooOld ? 'bash scripts/dev.sh start' : 'npm start';
  const lines: string[] = [];
  const commands: string[] = [];
  const step = (text: string, command: string) => {
    commands.push(command);
    lines.push(`  ${commands.length}. ${text}: \`${command}\``);
  };

  if (facts.publishedPages.length > 0) {
    const page = facts.publishedPages[0] as string;
    return {
      lines: [
        `Next: open a published article: ${shown(page)}`,
        `  (drafts wait in the queue for approval: \`${cli} queue list --status AWAITING_APPROVAL${stateFlag}\`)`,
      ],
      commands: [],
    };
  }
  if (facts.decision === 'pause_and_review' || facts.decision === 'review_only') {
    lines.push(
      `Note: reconcile says ${facts.decision}, so the supervisor keeps to review runs; see RUNBOOK.md "Reconcile decisions".`,
    );
  }
  const status = (row: QueueRow) => row.status.trim().toUpperCase();
  const drafts = facts.rows.filter((row) => status(row) === 'AWAITING_APPROVAL');
  const approved = drafts.some((row) => row.approval.trim().toLowerCase() === 'approved');
  const toApprove = drafts.find((row) => !['approved', 'rejected'].includes(row.approval.trim().toLowerCase()));
  if (facts.requireApproval && !approved && toApprove) {
    step(`approve the draft "${toApprove.id}"`, `${cli} queue approve --id ${shellWord(toApprove.id)}${stateFlag}`);
  }
  if (facts.vars.WF_ENABLED !== 'true') step('turn the workflow on', `${cli} vars set WF_ENABLED true${stateFlag}`);
  if (facts.vars.ALLOW_PUBLISH !== 'human_enabled') {
    step('enable publishing', `${cli} vars set ALLOW_PUBLISH human_enabled${stateFlag}`);
  }
  // npm passes what follows `--` to the script; scripts/dev.sh passes its arguments on itself.
  const startState = facts.shellNodeTooOld ? stateFlag : stateFlag && ` --${stateFlag}`;
  step('run the cycle again', `${again}${startState}`);
  return { lines: ['Next:', ...lines], commands };
}

/** An article page of the local site, from the state folder and its handle. */
export const sitePage = (stateDir: string, handle: string): string =>
  join(stateDir, 'site', 'articles', `${handle}.html`);
