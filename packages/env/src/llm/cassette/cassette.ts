import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describeValue } from '../../core/errors';
import { appendJsonl, readJsonl } from '../../io/jsonl';
import { compileValidator } from '../../validation/schema';
import type { CompletionBody } from '../completion';
import { CassetteMissError } from '../errors';
import type { CassetteMode } from '../options';
import { cassetteKey } from './key';

/** A recorded answer. */
export interface RecordedResponse {
  readonly text: string;
  readonly finishReason: string;
}

/**
 * One line of a cassette file. `request` is kept for people reading the file; lookups use `key` only.
 * Format version 1.
 */
export interface CassetteEntry {
  readonly v: 1;
  /** {@link cassetteKey} of `request`. */
  readonly key: string;
  readonly request: CompletionBody;
  readonly response: RecordedResponse;
}

const validateEntry = compileValidator<CassetteEntry>({
  type: 'object',
  properties: {
    v: { const: 1 },
    key: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    request: { type: 'object', properties: { model: { type: 'string' }, messages: { type: 'array' } }, required: ['model', 'messages'] },
    response: {
      type: 'object',
      properties: { text: { type: 'string' }, finishReason: { type: 'string' } },
      required: ['text', 'finishReason'],
    },
  },
  required: ['v', 'key', 'request', 'response'],
});

/** Options of {@link Cassette}. */
export interface CassetteOptions {
  /** Receives warnings, e.g. a torn last line (default `console.warn`). */
  readonly onWarning?: (message: string) => void;
}

/**
 * Record/replay of LLM exchanges in a JSONL file, so that a run that talked to an LLM can be reproduced exactly
 * and offline.
 *
 * - The nth lookup of a key (in this cassette object) replays the nth recording of that key in file order;
 *   lookups beyond the recordings replay the last one. Identical requests within a run (e.g. the same prompt at
 *   temperature 0) therefore replay in the order they were recorded.
 * - Recording appends one line per exchange with a single O_APPEND write (`appendJsonl`), so concurrent
 *   writers, in this process or others, never interleave inside a line; appends from this object are also
 *   serialised.
 * - A torn line left by a crash (the beginning of an entry: last in the file, or followed by later appends,
 *   which start on a new line) is skipped with a warning when the file is read; any other unreadable line is
 *   an error naming file and line.
 */
export class Cassette {
  private loaded: Promise<Map<string, RecordedResponse[]>> | undefined;
  private readonly lookups = new Map<string, number>();
  private writes: Promise<void> = Promise.resolve();
  private recordedCount = 0;
  private replayedCount = 0;
  private fileMissing = false;

  constructor(
    /** Path of the JSONL file. */
    readonly file: string,
    readonly mode: CassetteMode,
    private readonly options: CassetteOptions = {},
  ) {}

  /** Exchanges recorded and replayed by this object so far. */
  get stats(): { recorded: number; replayed: number } {
    return { recorded: this.recordedCount, replayed: this.replayedCount };
  }

  /**
   * Answer `body`: from the cassette when the mode allows and it holds the request, else by calling `send`
   * and recording its answer. In replay mode a request the cassette lacks is a {@link CassetteMissError}.
   */
  async resolve(body: CompletionBody, send: () => Promise<RecordedResponse>): Promise<{ response: RecordedResponse; replayed: boolean }> {
    const key = cassetteKey(body);
    if (this.mode !== 'record') {
      const recordings = (await this.load()).get(key);
      const seen = this.lookups.get(key) ?? 0;
      this.lookups.set(key, seen + 1);
      if (recordings && recordings.length > 0) {
        this.replayedCount += 1;
        return { response: recordings[Math.min(seen, recordings.length - 1)] as RecordedResponse, replayed: true };
      }
      if (this.mode === 'replay') {
        const why = this.fileMissing ? `; the file ${path.resolve(this.file)} does not exist` : '';
        throw new CassetteMissError(this.file, key, describeRequest(body) + why);
      }
    }
    const response = await send();
    const entry: CassetteEntry = { v: 1, key, request: body, response: { text: response.text, finishReason: response.finishReason } };
    await this.append(entry);
    if (this.mode === 'auto') {
      const recordings = (await this.load()).get(key);
      if (recordings) recordings.push(entry.response);
      else (await this.load()).set(key, [entry.response]);
    }
    this.recordedCount += 1;
    return { response: entry.response, replayed: false };
  }

  /** Wait for every append started so far. */
  async flush(): Promise<void> {
    await this.writes;
  }

  private append(entry: CassetteEntry): Promise<void> {
    // appendJsonl runs one file's appends in call order, so the latest one settles last: flush waits for it.
    const write = appendJsonl(this.file, [entry]);
    // A failed write still reaches this caller, not flush.
    this.writes = write.catch(() => undefined);
    return write;
  }

  private load(): Promise<Map<string, RecordedResponse[]>> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<Map<string, RecordedResponse[]>> {
    const byKey = new Map<string, RecordedResponse[]>();
    if (!existsSync(this.file)) {
      this.fileMissing = true;
      return byKey;
    }
    const rows = await readJsonl(this.file, {
      // A writer that crashed mid-line leaves a prefix of an entry; the next append starts a new line after it.
      skipTornLine: (text, line) => (isTornEntry(text) ? `${this.file}:${line}: ignoring a torn line (an interrupted write); its request will be recorded again` : undefined),
      onWarning: this.options.onWarning ?? ((m: string) => console.warn(m)),
    });
    for (const { line, value } of rows) {
      const entry = validateEntry(value, this.file, line);
      const list = byKey.get(entry.key);
      if (list) list.push(entry.response);
      else byKey.set(entry.key, [entry.response]);
    }
    return byKey;
  }
}

/** Every entry line starts like this (JSON.stringify keeps the field order of {@link CassetteEntry}). */
const ENTRY_START = '{"v":1,"key":"';

/** An unparseable line that is the beginning of an entry: what a crashed writer leaves. */
function isTornEntry(text: string): boolean {
  return text.startsWith(ENTRY_START) || ENTRY_START.startsWith(text);
}

/** "model gpt-4o, 3 messages, last (user): ..." for a miss message. */
function describeRequest(body: CompletionBody): string {
  const last = body.messages[body.messages.length - 1];
  return `model ${JSON.stringify(body.model)}, ${body.messages.length} message${body.messages.length === 1 ? '' : 's'}${
    last ? `, last (${last.role}): ${describeValue(last.content)}` : ''
  }${body.seed !== undefined ? `, seed ${body.seed}` : ''}`;
}
