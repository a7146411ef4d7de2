// Bundles each action and the CLI with @vercel/ncc into dist/<name>/index.js.
// `node scripts/build.mjs [outDir] [--only name,…]` (check-dist builds into a
// temp folder; a test builds one bundle).
import { realpathSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args.splice(onlyAt, 2)[1] ?? '').split(',')) : undefined;
const outRoot = resolve(args[0] ?? join(root, 'dist'));
// ncc's asset relocator copies any file a static path expression points at
// into the bundle and rewrites the path to the copy. Our sources only name
// run-time files (the checkout's local_heartbeat.json, state files), so when
// such a file happened to exist at build time it became an asset and the
// bundle read the copy in dist/ instead of the checkout: dist/ changed after
// the local runner pushed its heartbeat. Only dependencies ship real assets:
// relocate nothing outside node_modules.
const assetBase = realpathSync(join(root, 'node_modules'));

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
    filterAssetBase: assetBase,
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

const list = (await entries()).filter((e) => !only || only.has(e.name));
if (list.length === 0) throw new Error(`build: nothing to build (--only ${[...(only ?? [])].join(',')})`);
const results = [];
// Two at a time: the machines have two cores.
for (let i = 0; i < list.length; i += 2) {
  results.push(...(await Promise.all(list.slice(i, i + 2).map(bundle))));
}
for (const r of results) console.log(`${r.name.padEnd(16)} ${(r.bytes / 1024).toFixed(0).padStart(6)} kB`);
