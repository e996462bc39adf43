import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Agent, AgentCallOptions, ChatMessage } from '@rlver/env';
import { AgentSpecError } from './errors';
import { registerTypeScript } from './typescript-hook';

/** The `respond` function a `module:` agent exports. */
export type RespondFunction = (messages: readonly ChatMessage[], options?: AgentCallOptions) => Promise<string> | string;

/**
 * Load an agent from a JavaScript or TypeScript module (`--agent module:PATH`).
 *
 * The module exports `respond(messages, options?) => Promise<string>` (a named export, or the default export
 * being that function or an object with `respond`), and optionally `name`. `messages` is the dialogue so far
 * (the simulated user as `user`, the agent as `assistant`); `options` carries an abort `signal` (fired at the
 * time limit) and a per-turn `seed`.
 *
 * Supported files: `.js`/`.cjs` (CommonJS); ES modules (`.mjs`, or `.js` in a `"type": "module"` package)
 * without top-level await, which Node >= 20.19 loads through `require`; `.ts`/`.cts`/`.mts`, transpiled on load
 * with the `typescript` package (types are stripped, not checked; relative imports of other TypeScript files
 * work) unless a TypeScript loader such as ts-node or tsx is already registered.
 *
 * @param file - path of the module, relative to `cwd`
 */
export function loadModuleAgent(file: string, cwd: string = process.cwd()): Agent {
  const spec = `module:${file}`;
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new AgentSpecError(spec, `no such file: ${absolute}`);
  const extension = path.extname(absolute);
  if (['.ts', '.cts', '.mts'].includes(extension) && !registerTypeScript(absolute)) {
    throw new AgentSpecError(spec, 'loading a TypeScript module needs the "typescript" package (npm install typescript), a TypeScript loader (node --import tsx), or the module compiled to .js');
  }
  let exported: unknown;
  try {
    exported = createRequire(absolute)(absolute);
  } catch (error) {
    throw new AgentSpecError(spec, `the module failed to load: ${(error as Error).message}`);
  }
  const respond = findRespond(exported);
  if (!respond) throw new AgentSpecError(spec, 'the module exports no respond(messages) function (expected `export async function respond(messages) { ... }` or a default export with respond)');
  const exportedName = (exported as { name?: unknown } | null)?.name;
  const name = typeof exportedName === 'string' && exportedName.length > 0 ? exportedName : path.basename(absolute);
  return { name, respond: async (messages, options) => respond(messages, options) };
}

function findRespond(exported: unknown): RespondFunction | undefined {
  if (typeof exported === 'function') return exported as RespondFunction;
  if (typeof exported !== 'object' || exported === null) return undefined;
  const candidate = exported as { respond?: unknown; default?: unknown };
  if (typeof candidate.respond === 'function') {
    const fn = candidate.respond as RespondFunction;
    return (messages, options) => fn.call(exported, messages, options);
  }
  if (candidate.default !== undefined && candidate.default !== exported) return findRespond(candidate.default);
  return undefined;
}
