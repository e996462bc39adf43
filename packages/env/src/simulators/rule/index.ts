import { appraiseReply, compileWeights, defaultCompiledWeights, type AppraisalWeights, type CompiledWeights } from './appraisal';
import { openingUtterance, replyUtterance } from './voice';
import type { Appraisal, DialogueState, UserSimulator, UserUtterance } from '../types';

/** Options of {@link RuleSimulator}. */
export interface RuleSimulatorOptions {
  /**
   * Appraisal weights to use instead of the calibrated defaults (e.g. a calibration file of your own, or
   * `DESIGN_WEIGHTS` for the uncalibrated design). Checked once, here.
   */
  readonly weights?: AppraisalWeights;
}

/**
 * The embedded simulated user: deterministic, offline, fast, English and Chinese.
 *
 * Each turn has the two SAGE stages: {@link appraiseReply} judges the agent's reply against the persona's
 * hidden need, character and latest words (an integer change in [-10, 10] with its reasons), then the voice
 * answers in character given that judgement and the new emotion. Stateless: everything comes from the
 * {@link DialogueState} snapshot, so one instance serves any number of concurrent dialogues, and retries and
 * replays are exact.
 */
export class RuleSimulator implements UserSimulator {
  readonly name = 'rule';
  private readonly weights: CompiledWeights;

  constructor(options: RuleSimulatorOptions = {}) {
    this.weights = options.weights ? compileWeights(options.weights, 'RuleSimulator options.weights') : defaultCompiledWeights();
  }

  async open(state: DialogueState): Promise<UserUtterance> {
    return openingUtterance(state);
  }

  async appraise(state: DialogueState, reply: string): Promise<Appraisal> {
    return this.appraiseSync(state, reply);
  }

  /** The appraisal without the promise, for replay, calibration and benchmarks. */
  appraiseSync(state: DialogueState, reply: string): Appraisal {
    return appraiseReply(state, reply, { weights: this.weights });
  }

  async respond(state: DialogueState, reply: string, appraisal: Appraisal, emotionAfter: number): Promise<UserUtterance> {
    return replyUtterance(state, reply, appraisal, emotionAfter);
  }
}
