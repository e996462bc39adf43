import type { ChatMessage } from '../../chat/messages';
import { deriveSeed, Rng } from '../../core/rng';
import { backoffDelayMs, sleep } from '../../llm/backoff';
import { LlmClient } from '../../llm/client';
import type { ChatCompletionResult } from '../../llm/completion';
import { LlmOutputError } from '../../llm/errors';
import { isResolvedLlmClientOptions } from '../../llm/options';
import { clampChange, emotionBand } from '../bands';
import type { Appraisal, DialogueState, SimulatorCallOptions, UserSimulator, UserUtterance } from '../types';
import { parseAppraisalOutput, toLlmAppraisal, type AppraisalOutput, type LlmAppraisal } from './appraisal-output';
import { appraisalSummary, commonPromptValues, signedChange } from './context';
import { resolveLlmSimulatorOptions, type LlmSimulatorOptions, type ResolvedLlmSimulatorOptions } from './options';
import { PROMPT_VOCABULARY, compiledPrompt, fillTemplate, type PromptStage } from './prompts';
import { isGoodbye, parseUtteranceOutput } from './utterance-output';

/**
 * A simulated user played by an LLM, SAGE-style, through any OpenAI-compatible endpoint. Each turn has two
 * stages, each one request:
 * 1. appraisal: in the persona's shoes, what the agent's reply conveys, whether it meets the stated and the
 *    hidden need, the inner reaction, the feeling, and an integer emotion change;
 * 2. reply: an in-character answer written from that appraisal and the new emotion band.
 * The opening is the persona's own first message when it has one (as SAGE presets `first_talk`), else a third
 * stage writes it. Prompts: `prompts/<language>/<stage>.ts`; output format: `OUTPUT_FORMAT.md`. The
 * difficulty variants differ by prompt.
 *
 * Stateless: everything comes from the {@link DialogueState}, and every request's seed is derived from (base
 * seed, episode seed, turn, stage, attempt), so a retried step sends the same requests and a cassette replays
 * a run exactly.
 */
export class LlmSimulator implements UserSimulator {
  readonly name: string;
  readonly options: ResolvedLlmSimulatorOptions;
  /** The client every request goes through (shared endpoint limit, retries, cassette). */
  readonly client: LlmClient;
  private readonly jitter: Rng;

  /**
   * @param options - raw options (validated; a bad field throws `InvalidOptionError` named `llm.<field>`) or
   *   resolved ones
   * @param client - a client to use instead of one built from `options.client` (e.g. to share a cassette)
   */
  constructor(options: LlmSimulatorOptions | ResolvedLlmSimulatorOptions, client?: LlmClient) {
    this.options = isResolved(options) ? options : resolveLlmSimulatorOptions(options);
    this.client = client ?? new LlmClient(this.options.client);
    this.name = `llm:${this.client.model}`;
    this.jitter = new Rng(deriveSeed('llm-simulator-output-backoff', this.client.options.seed));
  }

  async open(state: DialogueState, options: SimulatorCallOptions = {}): Promise<UserUtterance> {
    if (state.persona.firstMessage) return { text: state.persona.firstMessage, goodbye: false };
    return this.utterance('opening', state, this.messages('opening', state, {}), options.signal);
  }

  async appraise(state: DialogueState, reply: string, options: SimulatorCallOptions = {}): Promise<LlmAppraisal> {
    const messages = this.messages('appraisal', state, { reply });
    const max = this.options.maxOutputAttempts;
    const rejected: string[] = [];
    let fallback: { output: AppraisalOutput; raw: string; index: number } | undefined;
    let problem = '';
    let previous: ChatCompletionResult | undefined;
    for (let attempt = 1; attempt <= max; attempt++) {
      const answer = await this.request('appraisal', state, messages, attempt, options.signal, previous);
      previous = answer;
      const parsed = parseAppraisalOutput(answer.text);
      if (parsed.status === 'ok') return toLlmAppraisal(parsed.output, parsed.output.change, state.persona.hiddenNeed, answer.text, attempt, rejected);
      problem = parsed.problem;
      if (parsed.status === 'out-of-range') fallback = { output: parsed.output, raw: answer.text, index: rejected.length };
      rejected.push(answer.text);
      this.askAgain(messages, answer.text, state, problem, attempt, max);
    }
    if (fallback) {
      // SAGE clamps what the judge proposes; so do we, after giving the model its chances to comply.
      const others = rejected.filter((_, i) => i !== fallback?.index);
      // `|| 0` turns the -0 of a truncated -0.5 into 0.
      return toLlmAppraisal(fallback.output, clampChange(fallback.output.change), state.persona.hiddenNeed, fallback.raw, max, others);
    }
    throw new LlmOutputError('appraisal', max, problem, rejected);
  }

  async respond(state: DialogueState, reply: string, appraisal: Appraisal, emotionAfter: number, options: SimulatorCallOptions = {}): Promise<UserUtterance> {
    const vocabulary = PROMPT_VOCABULARY[state.language];
    const bandAfter = emotionBand(Math.max(0, emotionAfter));
    const messages = this.messages('reply', state, {
      reply,
      appraisal: appraisalSummary(appraisal, vocabulary),
      change: signedChange(appraisal.change),
      emotionAfter: Math.max(0, emotionAfter),
      bandAfter: vocabulary.bandNames[bandAfter],
      bandBehaviour: vocabulary.bandBehaviour[bandAfter],
    });
    return this.utterance('reply', state, messages, options.signal);
  }

  /** Nothing to release; waits for pending cassette writes. */
  async close(): Promise<void> {
    await this.client.close();
  }

  private async utterance(stage: 'opening' | 'reply', state: DialogueState, messages: ChatMessage[], signal: AbortSignal | undefined): Promise<UserUtterance> {
    const max = this.options.maxOutputAttempts;
    const rejected: string[] = [];
    let problem = '';
    let previous: ChatCompletionResult | undefined;
    for (let attempt = 1; attempt <= max; attempt++) {
      const answer = await this.request(stage, state, messages, attempt, signal, previous);
      previous = answer;
      const parsed = parseUtteranceOutput(answer.text);
      if (parsed.ok) return { text: parsed.output.reply, goodbye: isGoodbye(parsed.output.reply), raw: answer.text };
      problem = parsed.problem;
      rejected.push(answer.text);
      this.askAgain(messages, answer.text, state, problem, attempt, max);
    }
    throw new LlmOutputError(stage, max, problem, rejected);
  }

  private messages(stage: PromptStage, state: DialogueState, extra: Record<string, string | number>): ChatMessage[] {
    const prompt = compiledPrompt(state.language, stage);
    const values = { ...commonPromptValues(state, PROMPT_VOCABULARY[state.language]), ...extra };
    return [
      { role: 'system', content: fillTemplate(prompt.system, values) },
      { role: 'user', content: fillTemplate(prompt.user, values) },
    ];
  }

  /** Show the model its unusable answer and what is wrong with it, for the next attempt. */
  private askAgain(messages: ChatMessage[], raw: string, state: DialogueState, problem: string, attempt: number, max: number): void {
    if (attempt >= max) return;
    const correction = PROMPT_VOCABULARY[state.language].correction
      .replace('{{problem}}', problem)
      .replace('{{attempt}}', String(attempt + 1))
      .replace('{{maxAttempts}}', String(max));
    messages.push({ role: 'assistant', content: raw }, { role: 'user', content: correction });
  }

  private async request(
    stage: PromptStage,
    state: DialogueState,
    messages: readonly ChatMessage[],
    attempt: number,
    signal: AbortSignal | undefined,
    previous: ChatCompletionResult | undefined,
  ): Promise<ChatCompletionResult> {
    // Back off before asking the endpoint again; an answer replayed from a cassette cost the endpoint nothing.
    if (previous?.source === 'endpoint') {
      const { retryBaseDelayMs, retryMaxDelayMs } = this.client.options;
      await sleep(backoffDelayMs(attempt - 1, retryBaseDelayMs, retryMaxDelayMs, this.jitter.next()), signal);
    }
    const seed = deriveSeed(this.client.options.seed, state.seed, state.turn, stage, attempt) & 0x7fffffff;
    return this.client.complete({ messages: messages.slice(), seed }, signal ? { signal } : {});
  }
}

function isResolved(options: LlmSimulatorOptions | ResolvedLlmSimulatorOptions): options is ResolvedLlmSimulatorOptions {
  return isResolvedLlmClientOptions((options as Partial<ResolvedLlmSimulatorOptions>).client);
}
