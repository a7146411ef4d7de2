// Prints the `inputs:` block of an action.yml from the action's INPUTS list
// and the config catalogue, so descriptions and defaults stay one source.
// Usage: npx tsx scripts/print-action-inputs.ts executor
import { SETTINGS, type Setting } from '../packages/core/src/config';

const name = process.argv[2];
if (!name) throw new Error('usage: print-action-inputs.ts <action>');
const { INPUTS } = (await import(`../actions/${name}/src/inputs.ts`)) as { INPUTS: readonly string[] };
const byKey = new Map((Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]));
const lines = ['inputs:'];
for (const key of INPUTS) {
  const s = byKey.get(key);
  if (!s) throw new Error(`${name}: input ${key} is not a setting`);
  const fallback = s.fallback ? ` Default: ${s.fallback}.` : '';
  const secret = s.secret ? ' Secret: pass it from secrets.' : '';
  const text = `${s.description}: ${s.expected}.${fallback}${secret} Env: ${s.env}.`;
  lines.push(`  ${key}:`, `    description: ${JSON.stringify(text)}`, '    required: false');
}
console.log(lines.join('\n'));
