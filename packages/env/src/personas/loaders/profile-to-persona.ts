import { SchemaValidationError } from '../../core/errors';
import type { Persona } from '../types';
import { findOthers, selfAliases, storyKeywords } from './people-zh';
import { parsePlayerText } from './player-text';
import { CHARACTER_TYPE_BY_MAIN_CHA, HIDDEN_NEED_BY_TASK, type RawProfile } from './profile-schema';
import { parseSceneText, stripMarkdown } from './scene-text';

/**
 * Sentences that talk about the conversation rather than the story ("he hopes to find someone who will listen
 * to him vent", "the NPC…"). They are left out of what the simulated user may say, because they would state
 * the hidden need instead of letting the agent infer it.
 */
const META_SENTENCE = /NPC|npc|倾诉|倾听|隐藏主题|共情|情绪宣泄|玩家|希望(?:有人|能有|找到一个|找个|对方)|渴望(?:有人|找到一个|找个)|一个能够?(?:理解|听)/;
const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]*/g;

/** The sentences of a text, trimmed. */
export function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The text without talk about the conversation. A sentence that turns to it midway keeps the clauses before
 * that turn ("他不知道要不要换宿舍，他希望能有一个倾诉对象。" → "他不知道要不要换宿舍。"): what follows such a
 * clause elaborates on it.
 */
function withoutMeta(text: string): string {
  const kept: string[] = [];
  for (const sentence of sentencesOf(stripMarkdown(text))) {
    if (!META_SENTENCE.test(sentence)) {
      kept.push(sentence);
      continue;
    }
    const clauses = sentence.split('，');
    const firstMeta = clauses.findIndex((c) => META_SENTENCE.test(c));
    if (firstMeta > 0) kept.push(`${clauses.slice(0, firstMeta).join('，')}。`);
  }
  return kept.join('');
}

function firstSentence(text: string, maxChars: number): string {
  const first = sentencesOf(text)[0] ?? text;
  const clause = first.replace(/[。！？!?；;]+$/, '');
  return clause.length > maxChars ? `${clause.slice(0, maxChars - 1)}…` : clause;
}

/**
 * Build a {@link Persona} from a validated SAGE/RLVER profile. `file` and `line` are for the error raised when
 * the `player` text has no name line (every other field has a fallback).
 */
export function profileToPersona(raw: RawProfile, file: string, line: number): Persona {
  const player = parsePlayerText(raw.player);
  if (player.name === undefined) {
    throw new SchemaValidationError(file, '/player', 'has no name line ("* 姓名：…"): expected the SAGE persona text format', line);
  }
  const story = parseSceneText(raw.scene);
  const corpus = `${raw.scene}\n${raw.player}`;
  const others = findOthers(story.conflictRoles, story.conflictRoleLabels, corpus, player.name);
  const background = withoutMeta(story.background) || stripMarkdown(story.background);
  const revelations = [...story.stages, ...(story.tried ? [story.tried] : []), ...(story.currentProblem ? [story.currentProblem] : [])]
    .map(withoutMeta)
    .filter((r) => r !== '');
  const topicSource = withoutMeta(story.topic ?? '') || withoutMeta(story.conflictEvent ?? '');
  const topic = firstSentence(topicSource || background || raw.first_talk || player.name, 80);
  const keywords = storyKeywords(`${background}${revelations.join('')}`, others).filter(
    (k) => !selfAliases(player.name as string).includes(k),
  );
  const persona: {
    -readonly [K in keyof Persona]: Persona[K];
  } = {
    id: raw.id,
    source: raw.first_talk !== undefined ? 'sage' : 'rlver',
    language: 'zh',
    name: player.name,
    characterType: CHARACTER_TYPE_BY_MAIN_CHA[raw.main_cha] as Persona['characterType'],
    traits: raw.cha_group.slice(),
    hiddenNeed: HIDDEN_NEED_BY_TASK[raw.task] as Persona['hiddenNeed'],
    hiddenNeedText: raw.task,
    topic,
    background: background || topic,
    others,
    revelations,
    keywords,
    profileText: raw.player,
    sceneText: raw.scene,
  };
  if (player.age !== undefined) persona.age = player.age;
  if (player.gender !== undefined) persona.gender = player.gender;
  if (player.occupation !== undefined) persona.occupation = player.occupation;
  if (raw.first_talk !== undefined && raw.first_talk.trim() !== '') persona.firstMessage = raw.first_talk.trim();
  return persona;
}
