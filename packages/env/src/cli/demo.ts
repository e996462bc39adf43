import type { Command } from 'commander';
import { builtinAgent, BUILTIN_AGENT_NAMES } from '../agents';
import { EmpatheticChatEnv } from '../chat/empathetic-chat-env';
import { addLlmCliOptions } from '../llm/cli-options';
import { addEnvOptions, envOptionsFromFlags, intFlag, type EnvFlags } from './env-options';
import { formatEmotion, formatPersona, stylerFor, writeChange, writeOpening } from './format';

interface DemoFlags extends EnvFlags {
  agent: string;
  episodes: string;
  seed: string;
}

/** `rlver-env demo`: a built-in agent talks with seeded simulated users; every turn shows the emotion and why. */
export function registerDemo(program: Command, out: NodeJS.WritableStream = process.stdout): void {
  const command = program
    .command('demo')
    .description('a built-in agent talks with several seeded simulated users; prints every turn with the emotion and its reasons, then the reward')
    .option('--agent <name>', `built-in agent (${BUILTIN_AGENT_NAMES.join(', ')})`, 'need-aware')
    .option('--episodes <n>', 'number of dialogues', '3')
    .option('--seed <n>', 'seed of the first dialogue (the others follow from it)', '1');
  addEnvOptions(command, 'JSONL file of personas (SAGE/RLVER profiles or this project\'s format) instead of generated ones');
  addLlmCliOptions(command);
  command.action(async (flags: DemoFlags) => {
      const episodes = intFlag('--episodes', flags.episodes, 1);
      const seed = intFlag('--seed', flags.seed);
      const env = new EmpatheticChatEnv(envOptionsFromFlags(flags));
      const agent = builtinAgent(flags.agent, { language: env.options.language, seed });
      const s = stylerFor(out);
      const rewards: number[] = [];
      for (let episode = 0; episode < episodes; episode++) {
        let [observation, info] = await env.reset(episode === 0 ? { seed } : {});
        const persona = env.persona;
        out.write(`\n${s.bold(`Dialogue ${episode + 1}/${episodes}`)}  ${persona ? formatPersona(persona, true) : info.personaId}\n`);
        writeOpening(out, s, observation, info);
        let reward = 0;
        for (;;) {
          const reply = await agent.respond(observation);
          const [next, stepReward, terminated, truncated, stepInfo] = await env.step(reply);
          observation = next;
          info = stepInfo;
          reward = stepReward;
          out.write(`${s.bold('AGENT')} ${reply}\n`);
          writeChange(out, s, stepInfo);
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
