import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { RlverError } from '../core/errors';

/** A line of a JSONL file that is not valid JSON. */
export class JsonlParseError extends RlverError {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: not valid JSON (${detail})`);
  }
}

/** One parsed line of a JSONL file. */
export interface JsonlRow {
  /** 1-based line number. */
  readonly line: number;
  readonly value: unknown;
}

/** Options of {@link readJsonl}. */
export interface ReadJsonlOptions {
  /**
   * Tolerate a torn last line (a writer crashed mid-line): it is skipped and reported through `onWarning`
   * instead of failing. Any other bad line still fails. Default false.
   */
  tolerateTornTail?: boolean;
  /**
   * For formats whose records are recognisable from their first characters: called with an unparseable line
   * and its number, returns the warning to give when the line is a record cut short by a crashed writer (it is
   * then skipped wherever it is: `appendJsonl` starts the next record on a new line), undefined otherwise.
   */
  skipTornLine?: (text: string, line: number) => string | undefined;
  /** Receives warnings (default: `console.warn`). */
  onWarning?: (message: string) => void;
}

/**
 * Read a JSONL file (one JSON value per line; blank lines ignored). A malformed line throws
 * {@link JsonlParseError} with the file and line number.
 */
export async function readJsonl(file: string, options: ReadJsonlOptions = {}): Promise<JsonlRow[]> {
  const rows: JsonlRow[] = [];
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let pending: { line: number; text: string; error: string } | undefined;
  for await (const text of lines) {
    lineNumber += 1;
    if (pending) throw new JsonlParseError(file, pending.line, pending.error);
    if (text.trim() === '') continue;
    try {
      rows.push({ line: lineNumber, value: JSON.parse(text) });
    } catch (error) {
      const warning = options.skipTornLine?.(text, lineNumber);
      if (warning !== undefined) (options.onWarning ?? console.warn)(warning);
      else pending = { line: lineNumber, text, error: (error as Error).message };
    }
  }
  if (pending) {
    const endsWithNewline = await fileEndsWithNewline(file);
    if (options.tolerateTornTail && !endsWithNewline) {
      (options.onWarning ?? console.warn)(`${file}:${pending.line}: ignoring a torn last line (an interrupted write)`);
    } else {
      throw new JsonlParseError(file, pending.line, pending.error);
    }
  }
  return rows;
}

async function fileEndsWithNewline(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, size - 1);
    return buffer[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

/** Appends in flight per file in this process, chained so they run one after another (see {@link appendJsonl}). */
const appendChains = new Map<string, Promise<void>>();

/**
 * Append values as JSON lines in one `write` on a file opened with O_APPEND: concurrent appenders never interleave
 * inside a line. If the file ends with a torn line from a crashed writer, a newline is written first so the new
 * rows stay parseable.
 *
 * That repair reads the file's last byte, which can race with another writer whose append is half-way through
 * (the kernel grows the file page by page); losing the race only adds a blank line, which readers skip. Appends
 * to one file from this process are chained, so they never race one another.
 */
export async function appendJsonl(file: string, values: readonly unknown[]): Promise<void> {
  if (values.length === 0) return;
  const key = path.resolve(file);
  const previous = appendChains.get(key) ?? Promise.resolve();
  const current = previous.then(() => appendNow(file, values));
  const settled = current.catch(() => undefined);
  appendChains.set(key, settled);
  void settled.then(() => {
    if (appendChains.get(key) === settled) appendChains.delete(key);
  });
  return current;
}

async function appendNow(file: string, values: readonly unknown[]): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const body = values.map((v) => JSON.stringify(v)).join('\n') + '\n';
  const handle = await fs.open(file, 'a+');
  try {
    const { size } = await handle.stat();
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await handle.write(prefix + body);
  } finally {
    await handle.close();
  }
}
