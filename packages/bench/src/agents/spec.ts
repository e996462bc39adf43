import type { Agent } from '@rlver/env';
import { builtinAgentFor, builtinAgentNames } from './builtin';
import { loadCheckpointAgent, type TrainerImporter } from './checkpoint-agent';
import { AgentSpecError, validFormsText } from './errors';
import { HttpAgent } from './http-agent';
import { loadModuleAgent } from './module-agent';
import { openAIAgentFor, type OpenAIAgentOptions } from './openai-agent';

/** The kinds of `--agent` spec. */
export type AgentKind = 'openai' | 'http' | 'module' | 'builtin' | 'checkpoint';

/** An `--agent` value split into its kind and target. */
export interface ParsedAgentSpec {
  readonly spec: string;
  readonly kind: AgentKind;
  /** The model, URL, path, name or directory after the prefix. */
  readonly target: string;
}

const KINDS: readonly AgentKind[] = ['openai', 'http', 'module', 'builtin', 'checkpoint'];

/**
 * Parse `KIND:TARGET`. A bare `http://...` or `https://...` URL is read as `http:URL` (so both
 * `http:http://host/reply` and `http://host/reply` work). Anything else throws {@link AgentSpecError} listing the
 * valid forms.
 */
export function parseAgentSpec(spec: string): ParsedAgentSpec {
  if (typeof spec !== 'string' || spec.length === 0) throw new AgentSpecError(String(spec), validFormsText());
  if (/^https?:\/\//i.test(spec)) return { spec, kind: 'http', target: spec };
  const colon = spec.indexOf(':');
  const kind = colon > 0 ? spec.slice(0, colon) : '';
  const target = colon > 0 ? spec.slice(colon + 1) : '';
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new AgentSpecError(spec, `unknown kind ${JSON.stringify(kind || spec)}; ${validFormsText(`built-in names: ${builtinAgentNames().join(', ')}`)}`);
  }
  if (target.length === 0) throw new AgentSpecError(spec, `nothing after "${kind}:"; ${validFormsText()}`);
  if (kind === 'http' && !/^https?:\/\/[^/]/i.test(target)) throw new AgentSpecError(spec, `"${target}" is not an http:// or https:// URL`);
  return { spec, kind: kind as AgentKind, target };
}

/** Options of {@link createAgent}. */
export interface CreateAgentOptions {
  /** Directory that relative `module:` and `checkpoint:` paths are resolved against (default: the process's). */
  readonly cwd?: string;
  /** `openai:` agents: endpoint, key, sampling. */
  readonly openai?: OpenAIAgentOptions;
  /** `http:` agents: extra request headers (never recorded). */
  readonly headers?: Readonly<Record<string, string>>;
  /** `checkpoint:` agents: how to load `@rlver/trainer` (tests replace it). */
  readonly importTrainer?: TrainerImporter;
}

/** An agent built from a spec, with what the run records about it. */
export interface CreatedAgent {
  readonly agent: Agent;
  readonly spec: ParsedAgentSpec;
  /** Public facts for the run settings (model, endpoint); never credentials. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** Build the agent named by an `--agent` spec. */
export async function createAgent(spec: string, options: CreateAgentOptions = {}): Promise<CreatedAgent> {
  const parsed = parseAgentSpec(spec);
  const cwd = options.cwd ?? process.cwd();
  switch (parsed.kind) {
    case 'openai': {
      const { agent, recorded } = await openAIAgentFor(parsed.target, options.openai ?? {});
      return { agent, spec: parsed, options: recorded };
    }
    case 'http':
      return { agent: new HttpAgent(parsed.target, { ...(options.headers ? { headers: options.headers } : {}) }), spec: parsed, options: { url: parsed.target } };
    case 'module':
      return { agent: loadModuleAgent(parsed.target, cwd), spec: parsed, options: {} };
    case 'builtin':
      return { agent: builtinAgentFor(parsed.target, spec), spec: parsed, options: {} };
    case 'checkpoint':
      return { agent: await loadCheckpointAgent(parsed.target, cwd, options.importTrainer), spec: parsed, options: {} };
  }
}
