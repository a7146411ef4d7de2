// Bundles each action and the CLI with @vercel/ncc into dist/<name>/index.js.
// `node scripts/build.mjs [outDir]` (check-dist builds into a temp folder).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

const root = resolve(import.meta.dirname, '..');
const outRoot = resolve(process.argv[2] ?? join(root, 'dist'));

async function entries() {
  const actions = (await readdir(join(root, 'actions'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, entry: join(root, 'actions', d.name, 'src', 'index.ts') }));
  return [...actions, { name: 'cli', entry: join(root, 'packages', 'cli', 'src', 'bin.ts') }];
}

async function bundle({ name, entry }) {
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
    transpileOnly: true,
  });
  const dir = join(outRoot, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const banner = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  await writeFile(join(dir, 'index.js'), banner + code.replace(/^#!.*\n/, ''), { mode: 0o755 });
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const target = join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
  // The bundles are ES modules: say so next to them.
  await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
  return { name, bytes: Buffer.byteLength(code) };
}

const list = await entries();
const results = [];
// Two at a time: the machines have two cores.
for (let i = 0; i < list.length; i += 2) {
  results.push(...(await Promise.all(list.slice(i, i + 2).map(bundle))));
}
for (const r of results) console.log(`${r.name.padEnd(16)} ${(r.bytes / 1024).toFixed(0).padStart(6)} kB`);
