import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Cassette, CassetteMissError, JsonlParseError, LlmClient, SchemaValidationError, canonicalJson, cassetteKey, type CompletionBody } from '@rlver/env';
import { FakeOpenAIServer } from '../../../../test/support/fake-openai-server';

const body = (content: string, extra: Partial<CompletionBody> = {}): CompletionBody => ({ model: 'm', messages: [{ role: 'user', content }], ...extra });
const answer = (text: string) => async () => ({ text, finishReason: 'stop' });

describe('cassette keys', () => {
  it('do not depend on field order, and do depend on model, messages and every sampling parameter', () => {
    const a = cassetteKey({ model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0.5, seed: 1 });
    const reordered = cassetteKey({ seed: 1, temperature: 0.5, messages: [{ content: 'x', role: 'user' }], model: 'm' } as CompletionBody);
    expect(reordered).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    const variants: CompletionBody[] = [
      { model: 'm2', messages: [{ role: 'user', content: 'x' }], temperature: 0.5, seed: 1 },
      { model: 'm', messages: [{ role: 'user', content: 'y' }], temperature: 0.5, seed: 1 },
      { model: 'm', messages: [{ role: 'system', content: 'x' }], temperature: 0.5, seed: 1 },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0.6, seed: 1 },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0.5, seed: 2 },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0.5, seed: 1, top_p: 0.9 },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0.5, seed: 1, max_tokens: 10 },
    ];
    for (const v of variants) expect(cassetteKey(v)).not.toBe(a);
  });

  it('serialises canonically', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: undefined, a: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"a":"x","d":2}]}');
  });
});

describe('Cassette', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rlver-cassette-unit-'));
  });

  it('replays identical requests in the order they were recorded, then repeats the last', async () => {
    const file = path.join(dir, 'c.jsonl');
    const recorder = new Cassette(file, 'record');
    await recorder.resolve(body('same'), answer('first'));
    await recorder.resolve(body('same'), answer('second'));
    const player = new Cassette(file, 'replay');
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await player.resolve(body('same'), answer('network!'))).response.text);
    expect(texts).toEqual(['first', 'second', 'second']);
    expect(player.stats).toEqual({ recorded: 0, replayed: 3 });
  });

  it('in record mode always calls the endpoint and appends', async () => {
    const file = path.join(dir, 'c.jsonl');
    await new Cassette(file, 'record').resolve(body('q'), answer('old'));
    const result = await new Cassette(file, 'record').resolve(body('q'), answer('new'));
    expect(result).toEqual({ response: { text: 'new', finishReason: 'stop' }, replayed: false });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('reports a missing file in replay mode with the request it could not answer', async () => {
    const file = path.join(dir, 'missing.jsonl');
    const error = (await new Cassette(file, 'replay').resolve(body('where?'), answer('x')).catch((e: unknown) => e)) as CassetteMissError;
    expect(error).toBeInstanceOf(CassetteMissError);
    expect(error.message).toContain('"where?"');
    expect(error.message).toContain('does not exist');
  });

  it('keeps every line whole when many writers append to one file at once', async () => {
    const file = path.join(dir, 'shared.jsonl');
    const writers = [new Cassette(file, 'record'), new Cassette(file, 'record'), new Cassette(file, 'auto')];
    const long = 'x'.repeat(20_000);
    await Promise.all(Array.from({ length: 60 }, (_, i) => (writers[i % 3] as Cassette).resolve(body(`q${i}`), answer(`${long}${i}`))));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(60);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const player = new Cassette(file, 'replay');
    for (let i = 0; i < 60; i++) expect((await player.resolve(body(`q${i}`), answer('network!'))).response.text).toBe(`${long}${i}`);
  });

  it('survives a crash mid-write: the torn line is skipped with a warning, also once later runs appended after it', async () => {
    const file = path.join(dir, 'crashed.jsonl');
    await new Cassette(file, 'record').resolve(body('before'), answer('B'));
    const torn = readFileSync(file, 'utf8').trim().slice(0, 50);
    writeFileSync(file, `${readFileSync(file, 'utf8')}${torn}`);
    const warnings: string[] = [];
    const resumed = new Cassette(file, 'auto', { onWarning: (m) => warnings.push(m) });
    expect((await resumed.resolve(body('before'), answer('network!'))).response.text).toBe('B');
    await resumed.resolve(body('after'), answer('A'));
    expect(warnings).toEqual([`${file}:2: ignoring a torn line (an interrupted write); its request will be recorded again`]);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[1]).toBe(torn);

    const later: string[] = [];
    const player = new Cassette(file, 'replay', { onWarning: (m) => later.push(m) });
    expect((await player.resolve(body('before'), answer('x'))).response.text).toBe('B');
    expect((await player.resolve(body('after'), answer('x'))).response.text).toBe('A');
    expect(later).toHaveLength(1);
  });

  it('rejects a corrupt line in the middle of the file, naming file and line', async () => {
    const file = path.join(dir, 'bad.jsonl');
    const good = JSON.stringify({ v: 1, key: cassetteKey(body('a')), request: body('a'), response: { text: 'A', finishReason: 'stop' } });
    writeFileSync(file, `${good}\nnot json\n${good}\n`);
    await expect(new Cassette(file, 'replay').resolve(body('a'), answer('x'))).rejects.toThrow(JsonlParseError);
    writeFileSync(file, `${good}\n{"v":1,"key":"short","request":{},"response":{}}\n`);
    await expect(new Cassette(file, 'replay').resolve(body('a'), answer('x'))).rejects.toThrow(SchemaValidationError);
    await expect(new Cassette(file, 'replay').resolve(body('a'), answer('x'))).rejects.toThrow(/bad\.jsonl:2: field \/key/);
  });
});

describe('LlmClient with a cassette', () => {
  it('sends nothing in replay mode and says where each answer came from', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-cassette-client-'));
    const server = await FakeOpenAIServer.start({ responder: (r) => `echo ${r.lastMessage}` });
    const cassette = path.join(dir, 'c.jsonl');
    const recorder = new LlmClient({ baseURL: server.url, model: 'm', cassette, cassetteMode: 'record' });
    const recorded = await recorder.complete({ messages: [{ role: 'user', content: 'hi' }], seed: 5 });
    expect(recorded).toEqual({ text: 'echo hi', finishReason: 'stop', source: 'endpoint', attempts: 1 });
    await server.stop();
    const player = new LlmClient({ baseURL: server.url, model: 'm', cassette, cassetteMode: 'replay' });
    expect(await player.complete({ messages: [{ role: 'user', content: 'hi' }], seed: 5 })).toEqual({ text: 'echo hi', finishReason: 'stop', source: 'cassette', attempts: 0 });
    await expect(player.complete({ messages: [{ role: 'user', content: 'hi' }], seed: 6 })).rejects.toThrow(CassetteMissError);
    expect(player.stats).toMatchObject({ replayed: 1, attempts: 0 });
    const entry = JSON.parse(readFileSync(cassette, 'utf8').trim()) as { request: Record<string, unknown> };
    expect(entry.request).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }], seed: 5 });
    expect(JSON.stringify(entry)).not.toContain('no-key');
  });
});
