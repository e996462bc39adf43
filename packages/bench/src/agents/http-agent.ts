import type { Agent, AgentCallOptions, ChatMessage } from '@rlver/env';

/**
 * Options of {@link HttpAgent}.
 */
export interface HttpAgentOptions {
  /** Extra request headers, e.g. `{ authorization: 'Bearer ...' }`. Never recorded in results. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Name recorded in results (default: the URL). */
  readonly name?: string;
}

/**
 * An agent behind an HTTP endpoint (`--agent http:URL`). The protocol, one request per agent turn:
 *
 * - request: `POST URL` with `content-type: application/json` and the body
 *   `{"messages": [{"role": "user" | "assistant", "content": "..."}, ...], "seed": 123}`: the dialogue so far,
 *   oldest first, the simulated user as `user`, the agent's earlier replies as `assistant`; `seed` is a
 *   per-turn integer for agents that sample (ignore it otherwise);
 * - response: status 2xx with a JSON body `{"reply": "..."}`, the agent's next message.
 *
 * Any other status, a body that is not such JSON, or a network error fails the call (with the status and the
 * start of the body in the message); the bench records an error row for that dialogue and goes on.
 */
export class HttpAgent implements Agent {
  readonly name: string;

  constructor(
    readonly url: string,
    private readonly options: HttpAgentOptions = {},
  ) {
    this.name = options.name ?? url;
  }

  async respond(messages: readonly ChatMessage[], options: AgentCallOptions = {}): Promise<string> {
    const body = JSON.stringify({ messages, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(this.options.headers ?? {}) },
      body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${this.url} answered ${response.status} ${response.statusText}: ${text.slice(0, 200)}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`POST ${this.url} answered with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    const reply = (parsed as { reply?: unknown } | null)?.reply;
    if (typeof reply !== 'string') throw new Error(`POST ${this.url} answered without a string "reply" field: ${text.slice(0, 200)}`);
    return reply;
  }
}
