import type { Command } from 'commander';
import { builtinAgent, BUILTIN_AGENT_NAMES } from '../agents';
import { EmpatheticChatEnv } from '../chat/empathetic-chat-env';
import { addLlmCliOptions } from '../llm/cli-options';
import { envOptionsFromFlags, intFlag, type EnvFlags } from './env-options';
import { formatEmotion, formatPersona, formatReasons, signed, styler } from './format';

interface DemoFlags extends EnvFlags {
  agent: string;
  episodes?: string;
  seed?: string;
}

/** `rlver-env demo`: a built-in agent talks with seeded simulated users; every turn shows the emotion and why. */
export function registerDemo(program: Command, out: NodeJS.WritableStream = process.stdout): void {
  const command = program
    .command('demo')
    .description('a built-in agent talks with several seeded simulated users; prints every turn with the emotion and its reasons, then the reward')
    .option('--agent <name>', `built-in agent (${BUILTIN_AGENT_NAMES.join(', ')})`, 'need-aware')
    .option('--episodes <n>', 'number of dialogues', '3')
    .option('--seed <n>', 'seed of the first dialogue (the others follow from it)', '1')
    .option('--language <en|zh>', 'language of generated personas', 'en')
    .option('--difficulty <vanilla|challenging>', 'simulated user difficulty', 'vanilla')
    .option('--personas <path>', 'JSONL file of personas (SAGE/RLVER profiles or this project\'s format) instead of generated ones')
    .option('--max-turns <n>', 'agent replies per dialogue', '8')
    .option('--initial-emotion <n>', 'starting emotion', '40');
  addLlmCliOptions(command);
  command.action(async (flags: DemoFlags) => {
      const episodes = intFlag('--episodes', flags.episodes, 3, 1);
      const seed = intFlag('--seed', flags.seed, 1);
      const env = new EmpatheticChatEnv({ ...envOptionsFromFlags(flags), renderMode: 'ansi' });
      const agent = builtinAgent(flags.agent, { language: env.options.language, seed });
      const s = styler(Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR);
      const rewards: number[] = [];
      for (let episode = 0; episode < episodes; episode++) {
        let [observation, info] = await env.reset(episode === 0 ? { seed } : {});
        const persona = env.persona;
        out.write(`\n${s.bold(`Dialogue ${episode + 1}/${episodes}`)}  ${persona ? formatPersona(persona, true) : info.personaId}\n`);
        out.write(`${s.cyan('USER ')} ${observation[0]?.content ?? ''}\n       ${s.dim(formatEmotion(info.emotion))}\n`);
        let reward = 0;
        for (;;) {
          const reply = await agent.respond(observation);
          const [next, stepReward, terminated, truncated, stepInfo] = await env.step(reply);
          observation = next;
          info = stepInfo;
          reward = stepReward;
          const change = stepInfo.change ?? 0;
          const paint = change > 0 ? s.green : change < 0 ? s.red : s.dim;
          out.write(`${s.bold('AGENT')} ${reply}\n`);
          out.write(`       ${paint(`${signed(change)} -> ${formatEmotion(stepInfo.emotion)}`)}\n`);
          for (const line of formatReasons(stepInfo.reasons ?? [])) out.write(`${s.dim(line)}\n`);
          out.write(`${s.cyan('USER ')} ${next[next.length - 1]?.content ?? ''}\n`);
          if (terminated || truncated) break;
        }
        rewards.push(reward);
        out.write(`${s.bold('END')}   ${info.outcome} after ${info.turn} replies, final ${formatEmotion(info.emotion)}, reward ${reward.toFixed(2)}\n`);
      }
      const mean = rewards.reduce((a, b) => a + b, 0) / rewards.length;
      out.write(`\n${s.bold('Mean reward')} ${mean.toFixed(3)} over ${rewards.length} dialogues (agent ${agent.name}, simulator ${env.simulator.name})\n`);
      await env.close();
    });
}
