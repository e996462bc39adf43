import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  APPRAISAL_FIELDS,
  LlmSimulator,
  PROMPT_STAGES,
  PROMPT_TEMPLATES,
  compileTemplate,
  extractJsonObject,
  fillTemplate,
  parseAppraisalOutput,
  parseUtteranceOutput,
  type DialogueState,
  type Language,
  type Persona,
} from '@rlver/env';
import { FakeOpenAIServer, appraisalAnswer, llmUserStage, utteranceAnswer } from '../../../../test/support/fake-openai-server';
import { chinesePersona, englishPersona } from './fixtures';

const FORMAT_DOC = path.resolve(__dirname, '../../src/simulators/llm/OUTPUT_FORMAT.md');

describe('prompt templates', () => {
  it('start with the documented stage line, in every language', () => {
    for (const language of ['en', 'zh'] as Language[]) {
      for (const stage of PROMPT_STAGES) {
        expect(PROMPT_TEMPLATES[language][stage].system.split('\n')[0]).toBe(`RLVER simulated user | stage: ${stage} | format v1`);
      }
    }
  });

  it('ask for the appraisal fields in the documented order, as the parser requires them', () => {
    const doc = readFileSync(FORMAT_DOC, 'utf8');
    const documented = [...doc.matchAll(/^\| \d \| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented.slice(0, APPRAISAL_FIELDS.length)).toEqual([...APPRAISAL_FIELDS]);
    expect(documented.slice(APPRAISAL_FIELDS.length)).toEqual(['plan', 'reply']);
    for (const language of ['en', 'zh'] as Language[]) {
      const formatLine = PROMPT_TEMPLATES[language].appraisal.system.split('\n').find((line) => line.startsWith('{"conveys"')) ?? '';
      expect([...formatLine.matchAll(/"(\w+)":/g)].map((m) => m[1])).toEqual([...APPRAISAL_FIELDS]);
      for (const stage of ['reply', 'opening'] as const) {
        expect(PROMPT_TEMPLATES[language][stage].system).toContain('{"plan": "...", "reply": "..."}');
      }
    }
  });

  it('fill placeholders verbatim and refuse to leave one empty', () => {
    const template = compileTemplate('Hi {{name}}, {{name}} is {{age}}.');
    expect(fillTemplate(template, { name: '{{age}}', age: 3 })).toBe('Hi {{age}}, {{age}} is 3.');
    expect(() => fillTemplate(template, { name: 'x' })).toThrow('prompt placeholder {{age}} has no value');
  });

  it('are fully filled for every stage and language', async () => {
    const server = await FakeOpenAIServer.start({
      responder: (request) => (llmUserStage(request) === 'appraisal' ? appraisalAnswer(5) : utteranceAnswer('fine')),
    });
    try {
      for (const persona of [englishPersona({ firstMessage: undefined }), chinesePersona({ firstMessage: undefined })] as Persona[]) {
        const simulator = new LlmSimulator({ baseURL: server.url, model: 'm' });
        const base: DialogueState = { persona, language: persona.language, difficulty: 'challenging', emotion: 40, initialEmotion: 40, turn: 0, maxTurns: 8, history: [], appraisals: [], seed: 1 };
        const opening = await simulator.open(base);
        const state = { ...base, history: [{ role: 'user' as const, content: opening.text }] };
        const appraisal = await simulator.appraise(state, 'reply');
        await simulator.respond(state, 'reply', appraisal, 45);
      }
      expect(server.completionRequests.map(llmUserStage)).toEqual(['opening', 'appraisal', 'reply', 'opening', 'appraisal', 'reply']);
      for (const request of server.completionRequests) {
        for (const message of request.messages) expect(message.content).not.toMatch(/\{\{\w+\}\}/);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('reading model answers', () => {
  it('finds the JSON object around think blocks, code fences and prose', () => {
    expect(extractJsonObject('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(extractJsonObject('<think>maybe {"a": 0}</think>\nHere you go:\n```json\n{"a": 2, "s": "a } brace"}\n```\nDone.')).toEqual({ ok: true, value: { a: 2, s: 'a } brace' } });
    expect(extractJsonObject('{"s": "quote \\" and { inside"} trailing')).toEqual({ ok: true, value: { s: 'quote " and { inside' } });
    expect(extractJsonObject('no object here')).toEqual({ ok: false, problem: 'no JSON object found in the answer' });
    expect(extractJsonObject('{"a": 1')).toEqual({ ok: false, problem: 'the JSON object is not closed' });
    expect(extractJsonObject("{'a': 1}")).toMatchObject({ ok: false, problem: expect.stringContaining('not valid JSON') });
  });

  it('sorts appraisals into usable, out of range and malformed', () => {
    expect(parseAppraisalOutput(appraisalAnswer(-10))).toMatchObject({ status: 'ok', output: { change: -10 } });
    expect(parseAppraisalOutput(appraisalAnswer(11))).toMatchObject({ status: 'out-of-range', problem: 'field /change is 11, outside [-10, 10]' });
    expect(parseAppraisalOutput(appraisalAnswer(-0.5))).toMatchObject({ status: 'out-of-range', problem: 'field /change is -0.5, not a whole number' });
    expect(parseAppraisalOutput(appraisalAnswer(5).replace('"change":5', '"change":"+5"'))).toEqual({ status: 'malformed', problem: 'field /change must be number' });
    expect(parseAppraisalOutput(appraisalAnswer(5).replace('"stated_need_met":"yes"', '"stated_need_met":"mostly"'))).toMatchObject({
      status: 'malformed',
      problem: expect.stringContaining('field /stated_need_met must be one of ["yes","partly","no"]'),
    });
  });

  it('requires a non-blank reply and trims it', () => {
    expect(parseUtteranceOutput(utteranceAnswer('  Hello.  '))).toEqual({ ok: true, output: { plan: 'Answer honestly.', reply: 'Hello.' } });
    expect(parseUtteranceOutput(utteranceAnswer('   '))).toMatchObject({ ok: false, problem: expect.stringContaining('/reply') });
    expect(parseUtteranceOutput('{"reply": "hi"}')).toMatchObject({ ok: false, problem: 'field /plan is required but missing' });
  });
});
