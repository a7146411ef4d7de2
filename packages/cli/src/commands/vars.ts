// `autopilot vars get|set|list`: the local repository variables (the kill-switch).
import { JsonVariableStore, UserError } from '@autopilot/core';
import type { CliContext } from '../context';

const KNOWN: Record<string, readonly string[]> = {
  WF_ENABLED: ['true', 'false'],
  ALLOW_PUBLISH: ['human_enabled', 'human_disabled'],
};

export async function varsCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [sub, name, value] = rest;
  const store = new JsonVariableStore({ stateDir: ctx.paths.root });
  if (sub === 'set') {
    if (!name || value === undefined)
      throw new UserError('vars set needs NAME VALUE, e.g. `vars set ALLOW_PUBLISH human_enabled`');
    const allowed = KNOWN[name];
    if (allowed && !allowed.includes(value)) {
      throw new UserError(`${name} "${value}" is not valid; expected ${allowed.join(' or ')}`);
    }
    await store.set(name, value);
    ctx.say(`${name}=${value}`);
    ctx.result({ [name]: value });
    return 0;
  }
  if (sub === 'get' || sub === 'list' || sub === undefined) {
    const names = name ? [name] : Object.keys(KNOWN);
    const values: Record<string, string | null> = {};
    for (const n of names) values[n] = (await store.get(n)) ?? null;
    ctx.say(
      Object.entries(values)
        .map(([k, v]) => `${k}=${v ?? '(unset)'}`)
        .join('\n'),
    );
    ctx.result(values);
    return 0;
  }
  throw new UserError(`vars needs a subcommand: get, set or list (got "${sub}")`);
}
