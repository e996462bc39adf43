import * as readline from 'node:readline';
import type { Command } from 'commander';
import { EmpatheticChatEnv } from '../chat/empathetic-chat-env';
import { addLlmCliOptions } from '../llm/cli-options';
import { addEnvOptions, envOptionsFromFlags, intFlag, type EnvFlags } from './env-options';
import { formatPersona, stylerFor, writeChange, writeOpening } from './format';

interface PlayFlags extends EnvFlags {
  seed: string;
  personaId?: string;
}

/**
 * `rlver-env play`: a person types the agent's replies. After each turn the user's answer, the emotion change
 * and its reasons are shown; the hidden need is revealed at the end. Commands: `/quit`, `/new`.
 * Reads lines from stdin, so it can also be scripted (`printf 'hi\n' | rlver-env play`).
 */
export function registerPlay(program: Command, input: NodeJS.ReadableStream = process.stdin, out: NodeJS.WritableStream = process.stdout): void {
  const command = program
    .command('play')
    .description('you are the agent: type replies to a simulated user and watch their emotion after each turn')
    .option('--seed <n>', 'seed of the first dialogue', '1')
    .option('--persona-id <id>', 'play this persona from --personas');
  addEnvOptions(command, 'JSONL file of personas instead of generated ones');
  addLlmCliOptions(command);
  command.action(async (flags: PlayFlags) => {
      const seed = intFlag('--seed', flags.seed);
      const env = new EmpatheticChatEnv(envOptionsFromFlags(flags));
      const s = stylerFor(out);
      const lines = readline.createInterface({ input, terminal: false });
      const iterator = lines[Symbol.asyncIterator]();
      const ask = async (): Promise<string | undefined> => {
        out.write(s.bold('you> '));
        const next = await iterator.next();
        if (next.done) return undefined;
        if (!(input as NodeJS.ReadStream).isTTY) out.write(`${next.value}\n`);
        return next.value;
      };
      const resetOptions = flags.personaId ? { personaId: flags.personaId } : undefined;
      let first = true;
      for (;;) {
        const [observation, info] = await env.reset({ ...(first ? { seed } : {}), ...(resetOptions ? { options: resetOptions } : {}) });
        first = false;
        const persona = env.persona;
        out.write(`\n${s.bold('You are talking with')} ${persona ? formatPersona(persona, false) : info.personaId}\n`);
        out.write(`Type your reply and press Enter. /new starts another dialogue, /quit ends.\n`);
        writeOpening(out, s, observation, info);
        let ended = false;
        while (!ended) {
          const reply = await ask();
          if (reply === undefined || reply.trim() === '/quit') {
            lines.close();
            await env.close();
            return;
          }
          if (reply.trim() === '/new') break;
          const [next, reward, terminated, truncated, stepInfo] = await env.step(reply);
          out.write(`${s.cyan('USER ')} ${next[next.length - 1]?.content ?? ''}\n`);
          writeChange(out, s, stepInfo);
          if (terminated || truncated) {
            ended = true;
            out.write(`${s.bold('END')}   ${stepInfo.outcome} after ${stepInfo.turn} replies, reward ${reward.toFixed(2)}\n`);
            if (persona) out.write(`       their hidden need was: ${persona.hiddenNeed} (${persona.characterType})\n`);
          }
        }
      }
    });
}
