#!/usr/bin/env node
/*
 * `npm run perf [-- FILTER...]`: runs every benchmark script of the packages (packages/<pkg>/dist/perf/*.js; each prints figures with printFigure from @rlver/env),
 * one child process each so that figures do not disturb one another, and passes through their output: one JSON
 * line per figure, {"name", "value", "unit", ...context}. A FILTER keeps the scripts whose "<pkg>/<name>"
 * contains it. Exits non-zero when a script fails or prints a line that is not a figure.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const filters = process.argv.slice(2);
const scripts = [];
for (const pkg of ['env', 'bench', 'trainer']) {
  const dir = path.join(root, 'packages', pkg, 'dist', 'perf');
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.js')) continue;
    const id = `${pkg}/${file.replace(/\.js$/, '')}`;
    if (filters.length && !filters.some((f) => id.includes(f))) continue;
    scripts.push({ id, file: path.join(dir, file) });
  }
}
if (scripts.length === 0) {
  console.error('no benchmark scripts found: run `npm run build` first (or check the filter)');
  process.exit(1);
}
let failed = false;
for (const script of scripts) {
  const result = spawnSync(process.execPath, [script.file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  for (const line of result.stdout.split('\n')) {
    if (!line.trim()) continue;
    let figure;
    try {
      figure = JSON.parse(line);
    } catch {
      figure = undefined;
    }
    if (!figure || typeof figure.name !== 'string' || typeof figure.value !== 'number' || typeof figure.unit !== 'string') {
      console.error(`${script.id}: not a figure line: ${line}`);
      failed = true;
      continue;
    }
    process.stdout.write(`${JSON.stringify(figure)}\n`);
  }
  if (result.status !== 0) {
    console.error(`${script.id}: exited with ${result.status ?? result.signal}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
