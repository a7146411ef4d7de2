// Fails when dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'autopilot-dist-'));

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = join(root, 'dist');
  const a = new Set(files(fresh).map((f) => relative(fresh, f)));
  const b = new Set(statSafe(committed) ? files(committed).map((f) => relative(committed, f)) : []);
  const differ = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.has(f)) differ.push(`${f}: in dist/ but not built by the sources`);
    else if (!b.has(f)) differ.push(`${f}: built but missing from dist/`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f)))) differ.push(`${f}: differs`);
  }
  if (differ.length > 0) {
    console.error(`dist/ is out of date (run \`npm run build\` and commit):\n  ${differ.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${a.size} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function statSafe(p) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
