import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

/** The part of the `typescript` package the hook uses (typed here so that bench does not depend on it). */
interface TypeScriptTranspiler {
  transpileModule(source: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): { outputText: string };
  ModuleKind: { CommonJS: number };
  ScriptTarget: { ES2022: number };
}

type ExtensionHandler = (module: NodeJS.Module & { _compile(code: string, filename: string): void }, filename: string) => void;

const TS_EXTENSIONS = ['.ts', '.cts', '.mts'];

/**
 * Let `require` load TypeScript files, for `module:` agents written in TypeScript. If a loader already handles
 * `.ts` (ts-node, tsx, a test runner) it is left alone. Otherwise each file is transpiled on load with the
 * `typescript` package found next to the agent module (or next to the bench): types are stripped, not checked,
 * and the output is CommonJS, so a module and the TypeScript files it imports load as one program.
 *
 * @param from - a path near the agent module, where `typescript` is looked up first
 * @returns false when `typescript` cannot be found
 */
export function registerTypeScript(from: string): boolean {
  const extensions = (Module as unknown as { _extensions: Record<string, ExtensionHandler | undefined> })._extensions;
  if (TS_EXTENSIONS.every((ext) => extensions[ext] !== undefined)) return true;
  const ts = findTypeScript(from);
  if (!ts) return false;
  const handler: ExtensionHandler = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true },
    });
    module._compile(outputText, filename);
  };
  for (const ext of TS_EXTENSIONS) extensions[ext] ??= handler;
  return true;
}

function findTypeScript(from: string): TypeScriptTranspiler | undefined {
  for (const base of [from, __filename]) {
    try {
      return createRequire(base)('typescript') as TypeScriptTranspiler;
    } catch {
      // not installed there; try the next place
    }
  }
  return undefined;
}
