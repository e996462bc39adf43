import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { InvalidOptionError, RlverError } from '@rlver/env';

/** Compute backends the trainer can run on, fastest first. */
export const BACKENDS = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;

/** One of {@link BACKENDS}. */
export type BackendName = (typeof BACKENDS)[number];

/** What `--backend` accepts: a backend, or `auto` for the first that works in {@link BACKENDS} order. */
export type BackendChoice = BackendName | 'auto';

/**
 * The optional native packages. They are optional peer dependencies and deliberately not installed by default:
 * their install step downloads libtensorflow, which is not possible everywhere.
 */
export const NATIVE_BACKEND_PACKAGES: Readonly<Record<'tensorflow-gpu' | 'tensorflow', string>> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
};

/** One backend tried during selection. */
export interface BackendAttempt {
  readonly backend: BackendName;
  readonly ok: boolean;
  /** Why it was not used (absent when it was). */
  readonly reason?: string;
}

/** The outcome of {@link selectBackend}. */
export interface BackendSelection {
  readonly backend: BackendName;
  /** The name tfjs reports (`tf.getBackend()`): both native packages register as "tensorflow". */
  readonly tfBackend: string;
  /** Every backend tried, in order. */
  readonly attempts: readonly BackendAttempt[];
}

/** Hooks of {@link selectBackend}; the defaults use Node's module resolution. Tests replace them. */
export interface SelectBackendOptions {
  /** Receives the one-line report of the chosen backend (default: `console.error`, so stdout stays clean). */
  log?: (message: string) => void;
  /** Whether a package is installed (default: `require.resolve` succeeds). */
  isInstalled?: (packageName: string) => boolean;
  /** Loads a package for its side effect of registering a tfjs backend (default: `require`). */
  load?: (packageName: string) => void;
}

/** A backend that was asked for explicitly and cannot be used. */
export class BackendUnavailableError extends RlverError {
  constructor(
    readonly backend: BackendName,
    readonly reason: string,
  ) {
    super(`backend "${backend}" is not available: ${reason}`);
  }
}

/**
 * Choose and initialise the tfjs backend: `auto` tries tensorflow-gpu, tensorflow, wasm, cpu in that order and
 * takes the first that initialises; an explicit choice must work or {@link BackendUnavailableError} is thrown.
 * The choice is logged in one line. Idempotent: asking again for the active backend returns at once.
 */
export async function selectBackend(choice: BackendChoice = 'auto', options: SelectBackendOptions = {}): Promise<BackendSelection> {
  if (choice !== 'auto' && !(BACKENDS as readonly string[]).includes(choice)) {
    throw new InvalidOptionError('backend', choice, `"auto" or one of ${BACKENDS.map((b) => `"${b}"`).join(', ')}`);
  }
  const log = options.log ?? ((message: string) => console.error(message));
  const candidates: readonly BackendName[] = choice === 'auto' ? BACKENDS : [choice];
  const attempts: BackendAttempt[] = [];
  for (const backend of candidates) {
    const reason = await tryBackend(backend, options);
    attempts.push(reason === undefined ? { backend, ok: true } : { backend, ok: false, reason });
    if (reason !== undefined) {
      if (choice !== 'auto') throw new BackendUnavailableError(backend, reason);
      continue;
    }
    const skipped = attempts.filter((a) => !a.ok).map((a) => `${a.backend}: ${a.reason}`);
    log(`[rlver-train] tfjs backend: ${backend}${skipped.length ? ` (skipped ${skipped.join('; ')})` : ''}`);
    return { backend, tfBackend: tf.getBackend(), attempts };
  }
  // Unreachable in practice: the pure-JS cpu backend always initialises.
  throw new BackendUnavailableError('cpu', attempts.map((a) => `${a.backend}: ${a.reason}`).join('; '));
}

/** Initialise one backend; returns why it failed, or undefined on success. */
async function tryBackend(backend: BackendName, options: SelectBackendOptions): Promise<string | undefined> {
  try {
    if (backend === 'tensorflow-gpu' || backend === 'tensorflow') {
      const pkg = NATIVE_BACKEND_PACKAGES[backend];
      const isInstalled = options.isInstalled ?? defaultIsInstalled;
      if (!isInstalled(pkg)) return `${pkg} is not installed (optional: npm install ${pkg})`;
      (options.load ?? defaultLoad)(pkg);
      // Both native packages register "tensorflow"; one built against another copy of tfjs-core registers it
      // there instead, invisible to us.
      if (!tf.findBackendFactory('tensorflow')) return `${pkg} loaded but registered no "tensorflow" backend with this @tensorflow/tfjs (version mismatch?)`;
      return (await tf.setBackend('tensorflow')) ? undefined : `${pkg} failed to initialise`;
    }
    if (backend === 'wasm') {
      configureWasmPaths();
      return (await tf.setBackend('wasm')) ? undefined : 'the WebAssembly backend failed to initialise';
    }
    return (await tf.setBackend('cpu')) ? undefined : 'the cpu backend failed to initialise';
  } catch (error) {
    return (error as Error).message ?? String(error);
  }
}

let wasmPathsSet = false;

/**
 * Point the wasm backend at its `.wasm` binaries. Under Node it would look next to its own bundle, which holds
 * for a plain install but not once the code is bundled or run through a module mapper (jest); resolving the
 * package explicitly works from `dist/`, from jest and from a global install alike. Must run before the
 * backend first initialises, hence once.
 */
function configureWasmPaths(): void {
  if (wasmPathsSet) return;
  const dir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  setWasmPaths(`${dir}${path.sep}`);
  wasmPathsSet = true;
}

function defaultIsInstalled(packageName: string): boolean {
  try {
    require.resolve(packageName);
    return true;
  } catch {
    return false;
  }
}

function defaultLoad(packageName: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(packageName);
}
