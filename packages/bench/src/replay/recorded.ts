import * as path from 'node:path';
import { SchemaValidationError, personaFromJson, type ChatMessage, type Persona } from '@rlver/env';
import { effectiveRows, integerValue, readResultRows } from '../results/read';
import type { HistoryMessage, ResultRow } from '../results/types';

/** One recorded agent reply with the judge's verdict on it. */
export interface RecordedReply {
  /** 0-based index among the dialogue's agent replies. */
  readonly turn: number;
  /** The dialogue before the reply, as the agent saw it (`user` = simulated user). */
  readonly history: readonly ChatMessage[];
  readonly reply: string;
  /** The recorded judge's change for this reply (an integer). */
  readonly recordedChange: number;
  /** The recorded emotion before this reply. */
  readonly emotionBefore: number;
}

/** A recorded dialogue ready to replay. */
export interface RecordedDialogue {
  readonly id: string;
  /** Base name of the file it came from. */
  readonly file: string;
  /** 1-based line in that file. */
  readonly line: number;
  readonly persona: Persona;
  /** The emotion on the first user turn. */
  readonly initialEmotion: number;
  /** The row's final emotion (`emo_point`). */
  readonly recordedFinal: number;
  /** The appraised replies in order. A trailing reply the judge never appraised (the round limit) is left out. */
  readonly replies: readonly RecordedReply[];
}

/**
 * Read a results file in the SAGE result format (SAGE's published transcripts or this project's runs) as
 * dialogues to replay. Rows with an `error` are skipped (their dialogue is incomplete). The persona comes from
 * the row's `persona` (this project's rows) or is built from its SAGE profile fields (`player`, `scene`,
 * `character`, `task`) with the persona loader. A malformed row throws `SchemaValidationError` with file, line
 * and field.
 */
export async function readRecordedDialogues(file: string): Promise<RecordedDialogue[]> {
  const rows = effectiveRows(await readResultRows(file));
  const out: RecordedDialogue[] = [];
  for (const { row, line } of rows) {
    if (row.error) continue;
    out.push(recordedDialogue(row, file, line));
  }
  return out;
}

/** Turn one validated result row into a {@link RecordedDialogue}. */
export function recordedDialogue(row: ResultRow, file: string, line: number): RecordedDialogue {
  const history = row.history;
  const first = history.findIndex((m) => m.role === 'user');
  if (first < 0) throw new SchemaValidationError(file, '/history', 'has no user message: expected the user to open the dialogue', line);
  const initialEmotion = emotionAt(history, first, file, line);
  const persona = personaOf(row, file, line);
  const replies: RecordedReply[] = [];
  const seen: ChatMessage[] = history.slice(0, first + 1).map(plain);
  let emotion = initialEmotion;
  for (let i = first + 1; i < history.length; i++) {
    const message = history[i]!;
    if (message.role !== 'assistant') {
      seen.push(plain(message));
      continue;
    }
    const next = history[i + 1];
    if (next === undefined) break; // the judge never saw the last reply (the dialogue hit its round limit)
    if (next.role !== 'user' || next.planning === undefined) {
      throw new SchemaValidationError(file, `/history/${i + 1}/planning`, 'is missing: every user turn after an agent reply must carry the appraisal of that reply', line);
    }
    const change = integerValue(next.planning.change);
    replies.push({ turn: replies.length, history: seen.slice(), reply: message.content, recordedChange: change, emotionBefore: emotion });
    seen.push(plain(message));
    emotion = emotionAt(history, i + 1, file, line);
  }
  return { id: row.id, file: path.basename(file), line, persona, initialEmotion, recordedFinal: integerValue(row.emo_point), replies };
}

function plain(m: HistoryMessage): ChatMessage {
  return { role: m.role, content: m.content };
}

function emotionAt(history: readonly HistoryMessage[], index: number, file: string, line: number): number {
  const value = history[index]!['emotion-point'];
  if (value === undefined) throw new SchemaValidationError(file, `/history/${index}/emotion-point`, 'is missing: every user turn must carry the emotion after it', line);
  return integerValue(value);
}

function personaOf(row: ResultRow, file: string, line: number): Persona {
  if (row.persona) return row.persona;
  for (const field of ['player', 'scene', 'character', 'task'] as const) {
    if (typeof row[field] !== 'string') {
      throw new SchemaValidationError(file, `/${field}`, 'is missing: a row without `persona` needs the SAGE profile fields player, scene, character and task', line);
    }
  }
  const opening = row.history.find((m) => m.role === 'user')?.content;
  const profile = { id: row.id, player: row.player, scene: row.scene, main_cha: row.character, cha_group: [], task: row.task, first_talk: opening };
  return personaFromJson(profile, file, line);
}
