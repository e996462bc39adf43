import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main, type BenchResultRow, type CliIO } from '@rlver/bench';
import { appraisalAnswer, fake, FakeOpenAIServer, llmUserStage, utteranceAnswer, type FakeRequest } from '../../../../test/support/fake-openai-server';
import { tempDir } from '../support/scripted';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('rlver-bench run with an openai: agent and the LLM simulated user (scripted OpenAI-compatible server)', () => {
  let server: FakeOpenAIServer;
  beforeAll(async () => {
    server = await FakeOpenAIServer.start({
      responder: (request: FakeRequest) => {
        if (request.model === 'listener-model') return fake.reply('<think>they need to feel heard</think>That sounds exhausting. What hurt most?');
        switch (llmUserStage(request)) {
          case 'appraisal':
            return appraisalAnswer(10);
          case 'reply':
            return utteranceAnswer('Yes, exactly.');
          case 'opening':
            return utteranceAnswer('Something happened at work.');
          default:
            return fake.status(400, { message: 'unexpected request' });
        }
      },
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('runs the dialogues through both endpoints and records their public settings, never the key', async () => {
    const out = path.join(tempDir(), 'run');
    const { code, stderr } = await cli(
      'run',
      '--agent', 'openai:listener-model',
      '--agent-base-url', server.url,
      '--agent-api-key', 'sk-very-secret',
      '--think-then-say',
      '--simulator', 'llm',
      '--model', 'user-model',
      '--base-url', server.url,
      '--profiles', 'generated',
      '--count', '2',
      '--out', out,
    );
    expect(stderr).toContain('2 dialogue(s) run, 0 already done, 0 error row(s) written');
    expect(code).toBe(0);
    const text = readFileSync(path.join(out, 'results.jsonl'), 'utf8');
    expect(text).not.toContain('sk-very-secret');
    const rows = text.trimEnd().split('\n').map((l) => JSON.parse(l) as BenchResultRow);
    for (const row of rows) {
      // +10 per appraisal from 40: success after 6 replies.
      expect([row.outcome, row.emo_point, row.turns]).toEqual(['success', 100, 6]);
      expect(row.history[1]).toEqual({ role: 'assistant', content: 'That sounds exhausting. What hurt most?', think: 'they need to feel heard' });
      expect(row.settings.versions.openai).toMatch(/^6\./);
      expect(row.settings.simulator).toEqual({ kind: 'llm', name: 'llm:user-model', difficulty: 'vanilla', options: { model: 'user-model', baseURL: server.url, seed: 0 } });
      expect(row.settings.agent).toEqual({
        spec: 'openai:listener-model',
        name: 'openai:listener-model',
        thinkThenSay: true,
        timeoutMs: 120000,
        options: { model: 'listener-model', baseURL: server.url, seed: 0, thinkThenSay: true },
      });
    }
    // The agent saw the dialogue without the user's inner appraisal, and was asked to think first.
    const agentRequests = server.completionRequests.filter((r) => r.model === 'listener-model');
    expect(agentRequests).toHaveLength(12);
    expect(agentRequests[0]?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(agentRequests[0]?.systemMessage).toMatch(/<think>/);
    // One worker: the first dialogue's requests come first; the thought was not sent back to the model.
    expect(agentRequests[1]?.messages.slice(1).map((m) => m.content)).toEqual([rows[0]?.history[0]?.content, 'That sounds exhausting. What hurt most?', 'Yes, exactly.']);
  });

  it('refuses openai flags for other agents and a second model name', async () => {
    const other = await cli('run', '--agent', 'builtin:need-aware', '--agent-temperature', '0.2', '--profiles', 'generated', '--out', tempDir());
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('invalid option "--agent-temperature": got "0.2", expected no value: it applies to openai:MODEL agents only');
    const twice = await cli('run', '--agent', 'openai:a', '--agent-model', 'b', '--agent-base-url', server.url, '--profiles', 'generated', '--out', tempDir());
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('invalid option "--agent-model": got "b", expected the model of the spec (a) or nothing');
  });
});
