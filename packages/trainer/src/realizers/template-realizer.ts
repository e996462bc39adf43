import { realizeStrategy, type ChatMessage, type Strategy } from '@rlver/env';
import type { RealizeContext, Realizer } from './types';

/**
 * The offline realizer: `@rlver/env`'s bilingual templates (`realizeStrategy`), which build the reply from the
 * user's own words and situation. Deterministic and fast enough for training against the rule simulator.
 */
export class TemplateRealizer implements Realizer {
  readonly name = 'template';

  async realize(strategy: Strategy, messages: readonly ChatMessage[], context: RealizeContext): Promise<string> {
    return realizeStrategy(strategy, messages, { language: context.language, seed: context.seed, turn: context.turn });
  }
}
