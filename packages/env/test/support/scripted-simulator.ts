import type { Appraisal, DialogueState, UserSimulator, UserUtterance } from '@rlver/env';

/** A simulated user whose changes and goodbyes follow a script; can be told to fail a number of calls. */
export class ScriptedSimulator implements UserSimulator {
  readonly name = 'scripted';
  /** Calls made, by method. */
  readonly calls = { open: 0, appraise: 0, respond: 0 };
  /** Make the next N `appraise` (or `respond`) calls throw. */
  failNext = { appraise: 0, respond: 0 };

  constructor(
    private readonly changes: readonly number[],
    private readonly goodbyeAtTurn?: number,
  ) {}

  async open(state: DialogueState): Promise<UserUtterance> {
    this.calls.open += 1;
    return { text: `hello from ${state.persona.name} (seed ${state.seed})`, goodbye: false };
  }

  async appraise(state: DialogueState, reply: string): Promise<Appraisal> {
    this.calls.appraise += 1;
    if (this.failNext.appraise > 0) {
      this.failNext.appraise -= 1;
      throw new Error('appraise failed (scripted)');
    }
    const change = this.changes[state.turn % this.changes.length] ?? 0;
    return { change, reasons: [{ cue: 'scripted', effect: change, detail: `turn ${state.turn}: ${reply.length} chars` }] };
  }

  async respond(state: DialogueState, reply: string, appraisal: Appraisal, emotionAfter: number): Promise<UserUtterance> {
    this.calls.respond += 1;
    if (this.failNext.respond > 0) {
      this.failNext.respond -= 1;
      throw new Error('respond failed (scripted)');
    }
    const goodbye = this.goodbyeAtTurn === state.turn + 1;
    return { text: `${goodbye ? 'bye' : 'reply'} ${state.turn + 1}: heard "${reply}" (${appraisal.change}, now ${emotionAfter})`, goodbye };
  }
}
