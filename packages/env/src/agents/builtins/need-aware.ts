import type { ChatMessage, Language } from '../../chat/messages';
import { deriveSeed } from '../../core/rng';
import { HIDDEN_NEEDS, type HiddenNeed } from '../../personas/types';
import { listen, pushesBack, readMessage } from '../listening';
import { languageOf } from '../listening/language';
import { inferNeeds, needCuesIn } from '../need-inference';
import { realizeHeard } from '../realizer';
import { STRATEGY_FOR_NEED, type Strategy } from '../strategies';
import type { Agent, AgentCallOptions } from '../types';
import { checkBuiltinOptions, checkMessages, lastUserMessage, seedFor, turnOf, type BuiltinAgentOptions } from './common';

/** What the need-aware agent decided for one turn (exposed for tests and demos). */
export interface NeedAwarePlan {
  /** The need it is working on, when the user's words pointed at one. */
  readonly need: HiddenNeed | undefined;
  readonly strategy: Strategy;
  /** Open with a one-sentence reflection of the user's feeling. */
  readonly leadWithReflection: boolean;
  /** The user pushed back on the last reply: acknowledge it and change tack. */
  readonly repair: boolean;
}

// When the user's words carry no cue yet: keep them talking and feeling heard, without steering.
const NO_CUE_ROTATION: readonly Strategy[] = ['open-question', 'validate', 'reflect-feelings', 'share-support'];

const REPAIRS: Readonly<Record<Language, readonly string[]>> = {
  en: ["You're right, I wasn't getting to what you need.", "Fair point, that missed what you were saying.", "I hear you, let me try again."],
  zh: ['你说得对，我刚才没说到点上。', '是我没接住你的话，我换个方式说。', '我明白了，刚才那些不是你需要的。'],
};

/**
 * A heuristic listener: infers the hidden need from the user's words, reflects feelings first, then leans on
 * the strategy that meets the inferred need, acknowledges and changes tack when the user pushes back, and
 * varies its wording. The "reasonable agent" the one-trick agents are compared with.
 */
export class NeedAwareAgent implements Agent {
  readonly name = 'need-aware';
  private readonly options: BuiltinAgentOptions;

  constructor(options: BuiltinAgentOptions = {}) {
    checkBuiltinOptions(options);
    this.options = options;
  }

  async respond(messages: readonly ChatMessage[], options?: AgentCallOptions): Promise<string> {
    checkMessages(messages);
    const language = languageOf(messages, this.options.language);
    const seed = seedFor(this.options.seed ?? 0, options);
    const turn = turnOf(messages);
    const plan = NeedAwareAgent.plan(messages, language);
    const opening = plan.repair ? [REPAIRS[language][deriveSeed(seed, turn, 'repair') % REPAIRS[language].length] as string] : [];
    return realizeHeard(plan.strategy, listen(messages, language), { language, seed, turn, leadWithReflection: plan.leadWithReflection }, opening);
  }

  /** The decision for the next reply to `messages` (pure: a function of the user's words only). */
  static plan(messages: readonly ChatMessage[], language: Language): NeedAwarePlan {
    const turn = turnOf(messages);
    const inference = inferNeeds(messages, { language });
    const last = lastUserMessage(messages);
    // A direct question in the latest message is answered, even when the dialogue so far pointed elsewhere.
    const asking = askedFor(last, language);
    const need = asking ?? inference.top;
    const askedOutright = asking !== undefined;

    if (turn === 0) {
      // First reply: show the user they were heard. Only a direct question gets an answer straight away.
      if (askedOutright && need !== undefined) return { need, strategy: STRATEGY_FOR_NEED[need], leadWithReflection: true, repair: false };
      return { need, strategy: 'reflect-feelings', leadWithReflection: false, repair: false };
    }

    let strategy = need === undefined ? (NO_CUE_ROTATION[(turn - 1) % NO_CUE_ROTATION.length] as Strategy) : strategyFor(need, turn);
    let repair = false;
    if (pushesBack(last, language)) {
      repair = true;
      const previous = NeedAwareAgent.plan(messages.slice(0, lastAssistantIndex(messages)), language).strategy;
      // A user who pushes back while asking again for the same thing ("that's too vague, but WHY would he
      // do that?") wants that thing done better, not abandoned: keep the strategy (the wording moves on).
      const repeatsRequest = need !== undefined && needCuesIn(last, language)[need] >= 2;
      if (previous === strategy && !repeatsRequest) {
        // Same plan again would repeat the reply that just missed: take the next-best reading of the need.
        const alternative = inference.ranked.find((n) => inference.scores[n] > 0 && STRATEGY_FOR_NEED[n] !== previous);
        strategy = alternative !== undefined ? STRATEGY_FOR_NEED[alternative] : previous === 'reflect-feelings' ? 'open-question' : 'reflect-feelings';
      }
    }
    const namedFeeling = readMessage(last, language).feelings.length > 0;
    const leadWithReflection = !repair && namedFeeling && strategy !== 'reflect-feelings' && strategy !== 'share-support';
    return { need, strategy, leadWithReflection, repair };
  }
}

/** The need the latest message asks for outright (a question with a strong cue), if any. */
function askedFor(last: string, language: Language): HiddenNeed | undefined {
  if (!/[?？]|怎么办|咋办/.test(last)) return undefined;
  const cues = needCuesIn(last, language);
  let best: HiddenNeed | undefined;
  for (const need of HIDDEN_NEEDS) if (cues[need] >= 2 && (best === undefined || cues[need] > cues[best])) best = need;
  return best;
}

/** The strategy for a need at a turn; the two feeling-centred needs alternate two strategies so replies stay fresh. */
function strategyFor(need: HiddenNeed, turn: number): Strategy {
  if (need === 'deep-empathy') return turn % 2 === 0 ? 'reflect-feelings' : 'open-question';
  if (need === 'attentive-listening') return turn % 2 === 0 ? 'share-support' : 'reflect-feelings';
  return STRATEGY_FOR_NEED[need];
}

function lastAssistantIndex(messages: readonly ChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if ((messages[i] as ChatMessage).role === 'assistant') return i;
  return 0;
}
