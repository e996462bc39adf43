import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/scripted';

/**
 * Under Jest every `require` goes through Jest's own transformer, so the TypeScript hook of `module:` agents and
 * Node's loading of ES modules are checked here in a plain Node child process, as `rlver-bench run` would load
 * an agent module.
 */
describe('loading agent modules under plain Node', () => {
  const repoRoot = path.resolve(__dirname, '../../../..');
  const hook = path.resolve(__dirname, '../../src/agents/typescript-hook.ts');

  function runNode(script: string): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** Loads typescript-hook.ts itself (it imports only node builtins) by transpiling it, then runs `body`. */
  function withHook(body: string): string {
    return `
      const fs = require('node:fs'); const Module = require('node:module'); const path = require('node:path'); const ts = require('typescript');
      const HOOK = ${JSON.stringify(hook)};
      const js = ts.transpileModule(fs.readFileSync(HOOK, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
      const m = new Module(HOOK); m.filename = HOOK; m.paths = Module._nodeModulePaths(path.dirname(HOOK)); m._compile(js, HOOK);
      const { registerTypeScript } = m.exports;
      (async () => { ${body} })().catch((e) => { console.error(e && e.stack || e); process.exit(3); });
    `;
  }

  it('transpiles a TypeScript agent and the TypeScript files it imports once the hook is registered', () => {
    const dir = tempDir('rlver-ts-hook-');
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'lib', 'phrase.ts'), "export const PHRASE: string = 'that sounds hard';\n");
    writeFileSync(
      path.join(dir, 'agent.ts'),
      "import { PHRASE } from './lib/phrase';\ntype Msg = { role: 'user' | 'assistant'; content: string };\nexport async function respond(messages: readonly Msg[]): Promise<string> {\n  return `${PHRASE} (${messages.length})`;\n}\n",
    );
    const agent = path.join(dir, 'agent.ts');
    const result = runNode(
      withHook(`
        let before = 'loaded';
        try { require(${JSON.stringify(agent)}); } catch (e) { before = e.name; }
        const registered = registerTypeScript(${JSON.stringify(agent)});
        const reply = await require(${JSON.stringify(agent)}).respond([{ role: 'user', content: 'hi' }]);
        console.log(JSON.stringify({ before, registered, reply }));
      `),
    );
    expect(result.stderr).toBe('');
    // Without the hook Node reads the file as JavaScript and fails on the type annotations.
    expect(JSON.parse(result.stdout)).toEqual({ before: 'SyntaxError', registered: true, reply: 'that sounds hard (1)' });
  });

  it('loads an ES module agent through require (Node >= 20.19)', () => {
    const dir = tempDir('rlver-esm-');
    const file = path.join(dir, 'agent.mjs');
    writeFileSync(file, "export async function respond(messages) { return 'esm ' + messages.length; }\n");
    const result = runNode(`require(${JSON.stringify(file)}).respond([{ role: 'user', content: 'hi' }]).then((r) => console.log(r));`);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('esm 1');
  });
});
