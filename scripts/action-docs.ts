// Writes the inputs and outputs tables of each action's README from its
// action.yml, between <!-- inputs:start/end --> and <!-- outputs:start/end -->
// markers. `--check` fails instead of writing when a README is out of date
// (the tests run it), so the READMEs stay true to the metadata.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function table(kind: 'input' | 'output', entries: Record<string, { description?: string }> = {}): string {
  const rows = Object.entries(entries).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [`| ${kind} | description |`, '|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, marker: string, body: string, file: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export function renderActionReadme(readme: string, actionYml: string, file: string): string {
  const spec = parse(actionYml) as ActionYml;
  const withInputs = replaceBetween(readme, 'inputs', table('input', spec.inputs), file);
  return replaceBetween(withInputs, 'outputs', table('output', spec.outputs), file);
}

export function actionDocsOutOfDate(root: string, write: boolean): string[] {
  const stale: string[] = [];
  for (const name of readdirSync(join(root, 'actions'))) {
    const dir = join(root, 'actions', name);
    const readmePath = join(dir, 'README.md');
    const current = readFileSync(readmePath, 'utf8');
    const next = renderActionReadme(current, readFileSync(join(dir, 'action.yml'), 'utf8'), readmePath);
    if (next === current) continue;
    stale.push(readmePath);
    if (write) writeFileSync(readmePath, next);
  }
  return stale;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const stale = actionDocsOutOfDate(join(import.meta.dirname, '..'), !check);
  if (check && stale.length > 0) {
    console.error(`out of date (run \`npx tsx scripts/action-docs.ts\`): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length > 0 ? `updated ${stale.join(', ')}` : 'action READMEs are up to date');
  }
}
