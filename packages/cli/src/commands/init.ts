// `autopilot init`: the state folder with the example queue, its content and
// the default variables. Never overwrites what is already there.
import { cp, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { initVariables } from '@autopilot/core';
import type { CliContext } from '../context';
import { findExamplesDir } from '../examples';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function initState(ctx: CliContext): Promise<{ created: string[] }> {
  const { paths } = ctx;
  const created: string[] = [];
  await mkdir(paths.root, { recursive: true });
  const examples = findExamplesDir();
  if (!(await exists(paths.queue))) {
    await cp(join(examples, 'queue.csv'), paths.queue);
    created.push(paths.queue);
  }
  if (!(await exists(paths.content))) {
    await cp(join(examples, 'content'), paths.content, { recursive: true });
    created.push(paths.content);
  }
  // The shop's products, collections and pages for the local backend (what links may point at).
  const catalog = join(paths.root, 'catalog.json');
  if (!(await exists(catalog))) {
    await cp(join(examples, 'catalog.json'), catalog);
    created.push(catalog);
  }
  if (await initVariables(paths.root)) created.push(paths.variables);
  return { created };
}

export async function initCommand(ctx: CliContext): Promise<number> {
  const { created } = await initState(ctx);
  ctx.say(
    created.length > 0
      ? `Initialised ${ctx.paths.root}:\n${created.map((c) => `  + ${c}`).join('\n')}`
      : `${ctx.paths.root} is already initialised; nothing changed.`,
  );
  ctx.result({ state: ctx.paths.root, created });
  return 0;
}
