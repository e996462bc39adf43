import { CALIBRATED_WEIGHTS } from '@rlver/env';
import { describeWithData } from '../../../../test/support/shared-data';
import { calibrationFile, crossValidateDialogues } from '../../src/replay/calibrate';
import { publishedScore, readLeaderboard } from '../../src/replay/leaderboard';
import { readRecordedDialogues, type RecordedDialogue } from '../../src/replay/recorded';

const TRANSCRIPTS = ['claude3.7.jsonl', 'gpt-4.1.jsonl', 'gpt-4o-0808.jsonl', 'qwen2.5-72b.jsonl'].map((f) => `sage/transcripts/deepseek-v3/${f}`);
const LEADERBOARD = 'sage/leaderboard.json';

describeWithData('rule simulator vs the recorded SAGE judge (DeepSeek-V3)', [...TRANSCRIPTS, LEADERBOARD], (paths) => {
  const byFile = new Map<string, RecordedDialogue[]>();
  beforeAll(async () => {
    for (const t of TRANSCRIPTS) byFile.set(paths[t]!, await readRecordedDialogues(paths[t]!));
  }, 120_000);

  it('meets the agreement targets on agents it was not calibrated on (leave-one-file-out)', async () => {
    const board = readLeaderboard(paths[LEADERBOARD]!);
    const cv = await crossValidateDialogues(byFile, { published: (file) => publishedScore(board, file) });
    expect(cv.pairs).toBeGreaterThan(3000);
    expect(cv.folds.every((f) => f.published !== undefined)).toBe(true);
    expect(cv.pearson).toBeGreaterThanOrEqual(0.4);
    expect(cv.signAgreement).toBeGreaterThanOrEqual(0.7);
    expect(cv.spearman).toBeGreaterThanOrEqual(0.8);
  }, 600_000);

  it('the committed calibration is exactly what the calibration script computes from the recorded files', () => {
    const files = TRANSCRIPTS.map((t) => paths[t]!);
    const dialogues = files.flatMap((f) => byFile.get(f)!);
    const regenerated = calibrationFile(files, dialogues);
    expect(JSON.parse(JSON.stringify(regenerated))).toEqual(JSON.parse(JSON.stringify(CALIBRATED_WEIGHTS)));
  }, 600_000);
});
