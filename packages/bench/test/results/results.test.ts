import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DuplicateResultError, effectiveRows, readResultRows, repairTornTail, scoreFile, scoreRows, type ResultRow } from '@rlver/bench';
import { JsonlParseError, SchemaValidationError } from '@rlver/env';
import { tempDir } from '../support/scripted';

/** A minimal SAGE-style row: opening at 40, then the given changes. */
function sageRow(id: string, changes: number[], extra: Partial<ResultRow> = {}): ResultRow {
  const history: Record<string, unknown>[] = [{ role: 'user', content: 'hi', 'emotion-point': '40' }];
  let emotion = 40;
  for (const change of changes) {
    emotion = Math.min(100, emotion + change);
    history.push({ role: 'assistant', content: 'reply' }, { role: 'user', content: 'answer', 'emotion-point': String(emotion), planning: { change, analyse: 'why' } });
  }
  return { id, emo_point: emotion, history, task: '你想获得能真实帮助你解决当下困境的建议', character: '回避型', ...extra } as ResultRow;
}

function writeRows(rows: readonly unknown[], name = 'results.jsonl'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return file;
}

describe('reading result rows', () => {
  it('accepts SAGE rows with string emotion points and maps their labels', async () => {
    const file = writeRows([sageRow('a', [10, 10]), sageRow('b', [-10, -10, -10, -10])]);
    const scored = await scoreFile(file);
    expect(scored).toEqual(expect.objectContaining({ file, score: 30, success: 0, failure: 1, turns: 3, dialogues: 2, errors: 0 }));
    expect(Object.keys(scored.byNeed)).toEqual(['practical-advice']);
    expect(Object.keys(scored.byCharacter)).toEqual(['avoidant']);
  });

  it('fails on a malformed row with file:line and the field', async () => {
    const bad = sageRow('b', [5]) as unknown as { history: { planning?: Record<string, unknown> }[] };
    delete bad.history[2]?.planning?.change;
    const file = writeRows([sageRow('a', [5]), bad]);
    await expect(readResultRows(file)).rejects.toThrow(SchemaValidationError);
    await expect(readResultRows(file)).rejects.toThrow(`${file}:2: field /history/2/planning/change is required but missing`);
    const file2 = writeRows([{ ...sageRow('a', [5]), emo_point: 'high' }]);
    await expect(scoreFile(file2)).rejects.toThrow(`${file2}:1: field /emo_point must match pattern "^-?[0-9]+$"`);
    const file3 = writeRows([sageRow('a', [5]), '{"id": "x", ']);
    await expect(scoreFile(file3)).rejects.toThrow(JsonlParseError);
    await expect(scoreFile(file3)).rejects.toThrow(`${file3}:2: not valid JSON`);
    const file4 = writeRows([{ ...sageRow('a', [5]), emo_point: 45.5 }]);
    await expect(scoreFile(file4)).rejects.toThrow(/:1: field \/emo_point must be integer,string/);
  });

  it('refuses two finished rows for one profile and repeat, naming both lines', async () => {
    const file = writeRows([sageRow('a', [5]), sageRow('b', [5]), sageRow('a', [10])]);
    await expect(scoreFile(file)).rejects.toThrow(DuplicateResultError);
    await expect(scoreFile(file)).rejects.toThrow(`${file}:3: a second result for profile "a" repeat 0 (the first is on line 1)`);
    // Different repeats are different dialogues.
    const repeats = writeRows([sageRow('a', [5], { repeat: 0 }), sageRow('a', [10], { repeat: 1 })]);
    expect((await scoreFile(repeats)).dialogues).toBe(2);
  });

  it('lets a finished row supersede an error row for the same dialogue and leaves error rows unscored', async () => {
    const error = { ...sageRow('a', [5]), error: { source: 'agent', message: 'timeout', turn: 1 }, outcome: 'error' };
    const file = writeRows([error, sageRow('b', [10]), sageRow('a', [-10])]);
    const rows = effectiveRows(await readResultRows(file));
    expect(rows.map((r) => [r.row.id, r.line])).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    const onlyError = scoreRows([error as ResultRow, sageRow('b', [10])]);
    expect([onlyError.dialogues, onlyError.errors, onlyError.score]).toEqual([1, 1, 50]);
  });
});

describe('repairTornTail', () => {
  it('cuts a torn last line and keeps a complete one that only lacks its newline', async () => {
    const dir = tempDir();
    const torn = path.join(dir, 'torn.jsonl');
    writeFileSync(torn, '{"a":1}\n{"b":');
    expect(await repairTornTail(torn)).toBe(5);
    expect(readFileSync(torn, 'utf8')).toBe('{"a":1}\n');
    const whole = path.join(dir, 'whole.jsonl');
    writeFileSync(whole, '{"a":1}\n{"b":2}');
    expect(await repairTornTail(whole)).toBe(0);
    expect(readFileSync(whole, 'utf8')).toBe('{"a":1}\n{"b":2}');
    expect(await repairTornTail(path.join(dir, 'absent.jsonl'))).toBe(0);
  });
});
