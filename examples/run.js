#!/usr/bin/env node
/*
 * Run a TypeScript example without a build step of its own: `node examples/run.js examples/train-ppo.ts [args]`.
 * Each .ts file is transpiled on load with the repository's `typescript` (types stripped, not checked; `npm run
 * typecheck` checks them). The examples import the packages by name, so build them first: `npx tsc -b`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true },
  });
  module._compile(outputText, filename);
};

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node examples/run.js <example.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
