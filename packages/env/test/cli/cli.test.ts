import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import { testPersona } from '../support/personas';
import { FakeOpenAIServer, llmUserResponder } from '../../../../test/support/fake-openai-server';

async function run(args: string[], stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(args, { stdin: Readable.from([stdinText]), stdout, stderr });
  return { code, out, err };
}

describe('rlver-env demo', () => {
  it.each(['en', 'zh'])('runs a built-in agent against seeded %s users and prints turns, reasons and the reward', async (language) => {
    const { code, out } = await run(['demo', '--episodes', '2', '--seed', '5', '--language', language]);
    expect(code).toBe(0);
    expect(out.match(/^Dialogue \d\/2/gm)).toHaveLength(2);
    expect(out).toMatch(/hidden need: [a-z-]+, (negative|passive|avoidant)/);
    const changes = [...out.matchAll(/^ {7}([+-]?\d+) -> emotion (\d+) \(([SABCF])\)$/gm)];
    expect(changes.length).toBeGreaterThanOrEqual(2);
    // every turn lists at least one reason line under its change
    expect(out).toMatch(/-> emotion \d+ \([SABCF]\)\n {4} +[+-]?\d/);
    const ends = [...out.matchAll(/^END +(success|failure|goodbye|truncated) after (\d+) replies, final emotion (-?\d+) \([SABCF]\), reward (\d\.\d\d)$/gm)];
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(Number(end[4])).toBeCloseTo(Math.max(0, Number(end[3])) / 100, 2);
    expect(out).toMatch(/Mean reward \d\.\d{3} over 2 dialogues/);
  });

  it('is deterministic for a seed', async () => {
    const a = await run(['demo', '--episodes', '1', '--seed', '9']);
    const b = await run(['demo', '--episodes', '1', '--seed', '9']);
    expect(a.out).toBe(b.out);
  });

  it('rejects bad flags with exit code 2 and a message naming them', async () => {
    const bad = await run(['demo', '--language', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/"language": got "fr"/);
    const episodes = await run(['demo', '--episodes', 'many']);
    expect(episodes.code).toBe(2);
    expect(episodes.err).toMatch(/"--episodes": got "many"/);
    const agent = await run(['demo', '--agent', 'oracle']);
    expect(agent.code).toBe(2);
    expect(agent.err).toMatch(/oracle/);
    expect(agent.err).toMatch(/need-aware/);
  });
});

describe('rlver-env play', () => {
  it('takes replies from stdin, shows the emotion after each turn, and reveals the need at the end', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-play-'));
    const file = path.join(dir, 'personas.jsonl');
    writeFileSync(file, `${JSON.stringify(testPersona())}\n`);
    const { code, out } = await run(['play', '--personas', file, '--persona-id', 'test-ana', '--max-turns', '2'], 'That sounds like a long night.\nWhat happened after the complaint?\n/quit\n');
    expect(code).toBe(0);
    expect(out).toContain('You are talking with Ana, 29, nurse - a night shift that went wrong');
    expect(out).not.toMatch(/hidden need: deep-empathy, passive \|/);
    expect(out).toContain('you> That sounds like a long night.');
    expect(out.match(/-> emotion \d+ \([SABCF]\)/g)?.length).toBe(2);
    expect(out).toMatch(/END +\w+ after 2 replies/);
    expect(out).toContain('their hidden need was: deep-empathy (passive)');
  });

  it('ends cleanly when stdin closes', async () => {
    const { code, out } = await run(['play', '--seed', '3'], '');
    expect(code).toBe(0);
    expect(out).toContain('you> ');
  });
});

describe('rlver-env play --simulator llm', () => {
  let server: FakeOpenAIServer;
  beforeAll(async () => {
    server = await FakeOpenAIServer.start({ responder: llmUserResponder({ changes: [10, -5], reply: (n) => `llm user says ${n}` }) });
  });
  afterAll(() => server.stop());

  it('plays against an LLM user through the OpenAI-compatible endpoint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rlver-play-llm-'));
    const file = path.join(dir, 'personas.jsonl');
    writeFileSync(file, `${JSON.stringify(testPersona())}\n`);
    const { code, out, err } = await run(
      ['play', '--personas', file, '--max-turns', '2', '--simulator', 'llm', '--base-url', server.url, '--model', 'fake-model', '--api-key', 'test-key'],
      'I am so sorry it went like that.\nWhat was the hardest moment?\n/quit\n',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('USER  llm user says 0');
    expect(out).toContain('+10 -> emotion 50 (B)');
    expect(out).toContain('-5 -> emotion 45 (B)');
    const appraisals = server.requests.filter((r) => r.systemMessage.includes('stage: appraisal'));
    expect(appraisals).toHaveLength(2);
    expect(appraisals[0]?.model).toBe('fake-model');
    expect(JSON.stringify(appraisals[1]?.messages)).toContain('What was the hardest moment?');
  });

  it('names a missing model', async () => {
    const { code, err } = await run(['play', '--simulator', 'llm', '--base-url', server.url]);
    expect(code).toBe(2);
    expect(err).toMatch(/"--model".*a model name when --simulator is llm/);
  });
});
