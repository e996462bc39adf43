import { OpenAIChatAgent, type Agent, type AgentCallOptions, type ChatMessage, type OpenAIChatAgentOptions } from '@rlver/env';
import { publicLlmSettings } from './llm-settings';

/**
 * Options of `openai:MODEL` agents: every option of @rlver/env's `OpenAIChatAgent` except the model, which the
 * spec names (`baseURL`, `apiKey`, `temperature`, `seed`, `cassette`, `thinkThenSay`, `systemPrompt`, ...).
 * The endpoint defaults to `$RLVER_BASE_URL`, `$OPENAI_BASE_URL`, then the OpenAI API; the key to
 * `$RLVER_API_KEY`, then `$OPENAI_API_KEY`.
 */
export type OpenAIAgentOptions = Omit<OpenAIChatAgentOptions, 'model'>;

/**
 * The agent of `openai:MODEL`, and the public facts of its options for the run settings. Under think-then-say the
 * model is asked to think first; its thought is handed to the bench inside `<think>...</think>` so the run can
 * remove it from what the user reads and keep it in the row.
 */
export async function openAIAgentFor(model: string, options: OpenAIAgentOptions): Promise<{ agent: Agent; recorded: Record<string, unknown> }> {
  const full: OpenAIChatAgentOptions = { ...options, model };
  const chat = new OpenAIChatAgent(full, 'agent');
  const recorded = publicLlmSettings(full as unknown as Record<string, unknown>, 'agent');
  if (!chat.thinkThenSay) return { agent: chat, recorded };
  const agent: Agent = {
    name: chat.name,
    respond: async (messages: readonly ChatMessage[], call?: AgentCallOptions) => {
      const { reply, thought } = await chat.respondWithThought(messages, call);
      return thought ? `<think>${thought}</think>${reply}` : reply;
    },
    close: () => chat.close(),
  };
  return { agent, recorded };
}
