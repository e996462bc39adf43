import type { CrossValidation } from './calibrate';
import type { FileReplay } from './replay';

/** The replayed and recorded final emotion of one dialogue. */
export interface FinalJson {
  readonly id: string;
  readonly replayed: number;
  readonly recorded: number;
  /** Present when the replayed emotion ended the dialogue before the recording did. */
  readonly endedEarly?: { readonly afterReply: number; readonly outcome: 'success' | 'failure' };
}

/** The `--json` object of one replayed file. */
export interface ReplayJson {
  readonly file: string;
  readonly dialogues: number;
  /** Per dialogue: the replayed final emotion next to the recorded one. */
  readonly finals: readonly FinalJson[];
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly replayScore: number;
  readonly recordedScore: number;
  readonly pearson: number | null;
  readonly signAgreement: number | null;
  readonly endedEarly: number;
  readonly published?: number;
}

/** JSON has no NaN: an undefined statistic (e.g. a constant series) is written as null. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? round(x) : null;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The `--json` object of one file. */
export function replayJson(replay: FileReplay, published?: number): ReplayJson {
  const base: ReplayJson = {
    file: replay.file,
    dialogues: replay.dialogues,
    finals: replay.replays.map((r) => (r.endedEarly ? { id: r.id, replayed: r.finalEmotion, recorded: r.recordedFinal, endedEarly: r.endedEarly } : { id: r.id, replayed: r.finalEmotion, recorded: r.recordedFinal })),
    pairs: replay.pairs,
    replayScore: replay.replayScore,
    recordedScore: replay.recordedScore,
    pearson: finite(replay.pearson),
    signAgreement: finite(replay.signAgreement),
    endedEarly: replay.endedEarly,
  };
  return published === undefined ? base : { ...base, published };
}

function fixed(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** One text line per file. */
export function replayLine(replay: FileReplay, published?: number): string {
  return (
    `${replay.file}: ${replay.dialogues} dialogues, ${replay.pairs.length} appraised replies; ` +
    `replay score ${fixed(replay.replayScore, 1)} (recorded ${fixed(replay.recordedScore, 1)}` +
    `${published !== undefined ? `, published ${fixed(published, 1)}` : ''}); ` +
    `per-turn pearson ${fixed(replay.pearson, 3)}, sign agreement ${fixed(replay.signAgreement, 3)}; ` +
    `${replay.endedEarly} replays ended before the recording`
  );
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}

/**
 * The per-dialogue lines of a replayed file: id, replayed and recorded final emotion (and where the replay
 * ended early), then each turn's (recorded, simulated) change.
 */
export function replayDialogueLines(replay: FileReplay): string {
  const lines = replay.replays.map((r) => {
    const early = r.endedEarly ? ` [replay ended after reply ${r.endedEarly.afterReply + 1}: ${r.endedEarly.outcome}]` : '';
    const pairs = r.pairs.map(([recorded, simulated]) => `(${signed(recorded)},${signed(simulated)})`).join(' ');
    return `  ${r.id}: final ${r.finalEmotion} (recorded ${r.recordedFinal})${early}  pairs (recorded,simulated): ${pairs}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Text report of a cross-validation. */
export function crossValidationText(cv: CrossValidation): string {
  const lines = cv.folds.map((f) => `held out ${replayLine(f, f.published)}`);
  lines.push(
    `leave-one-file-out, ${cv.pairs} held-out pairs: per-turn pearson ${fixed(cv.pearson, 3)}, sign agreement ${fixed(cv.signAgreement, 3)}, ` +
      `spearman (replay vs published scores) ${fixed(cv.spearman, 3)}`,
  );
  return `${lines.join('\n')}\n`;
}

/** JSON lines of a cross-validation: one per fold, then the pooled figures. */
export function crossValidationJson(cv: CrossValidation): string {
  const lines = cv.folds.map((f) => JSON.stringify({ heldOut: true, ...replayJson(f, f.published) }));
  lines.push(JSON.stringify({ crossValidation: 'leave-one-file-out', pairs: cv.pairs, pearson: finite(cv.pearson), signAgreement: finite(cv.signAgreement), spearman: finite(cv.spearman) }));
  return `${lines.join('\n')}\n`;
}
