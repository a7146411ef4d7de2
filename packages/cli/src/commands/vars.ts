// `autopilot vars get|set|list`: the local repository variables (the switches).
// Only the switches the executor and supervisor read (domain/variables.ts)
// may be set, and only to their allowed values: a mistyped kill-switch is
// refused with exit 2 and nothing written, never stored and ignored.
import { checkVariable, JsonVariableStore, SWITCH_NAMES, UserError } from '@autopilot/core';
import { type CliContext, requireStateFolder } from '../context';

export async function varsCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [sub, name, value, ...extra] = rest;
  requireStateFolder(ctx);
  const store = new JsonVariableStore({ stateDir: ctx.paths.root });
  if (sub === 'set') {
    if (!name || value === undefined || extra.length > 0)
      throw new UserError('vars set needs NAME VALUE, e.g. `vars set ALLOW_PUBLISH human_enabled`');
    const check = checkVariable(name, value);
    if (!check.ok) throw new UserError(check.message);
    await store.set(check.name, check.value);
    ctx.say(`${check.name}=${check.value}`);
    ctx.result({ [check.name]: check.value });
    return 0;
  }
  if (sub === 'get' || sub === 'list' || sub === undefined) {
    const all = await store.readAll();
    if (name !== undefined && !(SWITCH_NAMES as string[]).includes(name) && !(name in all)) {
      const check = checkVariable(name, '');
      throw new UserError(check.ok ? `unknown variable "${name}"` : check.message);
    }
    const names = name ? [name] : SWITCH_NAMES;
    const values: Record<string, string | null> = {};
    for (const n of names) values[n] = all[n] ?? null;
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
