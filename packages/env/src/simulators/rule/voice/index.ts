/**
 * The rule simulator's voice: what the simulated user says, in character, in English or Chinese.
 *
 * The appraisal decides how much a reply moved the user; the voice decides what the user says about it. An
 * utterance is built from up to three parts: a reaction to what helped or hurt most (the appraisal's strongest
 * reason), then the content of the turn (a revelation when trust grew past the next threshold, else a hint or,
 * after repeated misses, a plain request for what the hidden need wants, else an evasion or an uptake), then
 * sometimes a colour line (mood of the band, blame, deflection, a trait, the dialogue running long). Character
 * types sound different: negative users are sharp and blame others, passive ones hesitate and say little,
 * avoidant ones deflect. At emotion 100 the user thanks and says goodbye; below 10 the user leaves.
 *
 * Pure and synchronous: the same state, reply, appraisal and emotion give the same words. Randomness comes
 * from `deriveSeed(state.seed, state.turn, ...)` only, and everything persona-specific is prepared once per
 * persona (see {@link voiceProfile}).
 */
import { deriveSeed } from '../../../core/rng';
import { Draws } from '../../../personas/generator/draws';
import type { Persona } from '../../../personas/types';
import { EMOTION_FAILURE_BELOW, EMOTION_MAX, emotionBand } from '../../bands';
import type { Appraisal, DialogueState, UserUtterance } from '../../types';
import type { MidBand } from './phrases/types';
import { voiceProfile, type VoiceProfile } from './profile';
import { metNeed, missedNeed, readAppraisal } from './reactions';
import { missStreak, revealedBefore, revealsNext } from './trust';

export { voiceProfile, type VoiceProfile } from './profile';
export { readAppraisal, metNeed, missedNeed, type AppraisalReading, type ReactionKind } from './reactions';
export { revealThreshold, revealedBefore } from './trust';
export { firstPersonZh } from './first-person-zh';
export { EN_PHRASES } from './phrases/en';
export { ZH_PHRASES } from './phrases/zh';
export type { Phrasebook, MidBand, TraitFlavor } from './phrases/types';

/**
 * The user's opening message: the persona's own first message when it has one (SAGE's `first_talk`, the
 * generator's openings), else one written from the persona's topic in the voice of its character type.
 */
export function openingUtterance(state: DialogueState): UserUtterance {
  const persona = state.persona;
  if (persona.firstMessage) return { text: persona.firstMessage, goodbye: false };
  const profile = voiceProfile(persona);
  const draws = new Draws(state.seed, state.turn, 'voice-opening');
  const type = persona.characterType;
  if (!ANALYTIC_TOPIC.test(profile.topic)) return { text: profile.fill(draws.pick(profile.book.openings[type])), goodbye: false };
  const vague = profile.book.vagueOpenings[type];
  return { text: profile.fill(draws.pick(persona.others.length > 0 ? vague.withOther : vague.alone)), goodbye: false };
}

/** A topic written as an analysis of the story ("…成为了主要冲突", "…之间的矛盾"), not as a person says it. */
const ANALYTIC_TOPIC = /冲突|矛盾|主要|爆发点|不和谐|导致|之间的|分歧|问题上|原因|演变|观念|差异| - |conflict between/;

/**
 * The user's answer to `reply`, given its `appraisal` and the emotion after it. `goodbye` is true exactly when
 * the emotion reached 100 (thanks and goodbye) or fell below 10 (the user leaves); Chinese goodbyes say
 * 再见 or 拜拜, English ones "Bye".
 */
export function replyUtterance(state: DialogueState, reply: string, appraisal: Appraisal, emotionAfter: number): UserUtterance {
  const persona = state.persona;
  const profile = voiceProfile(persona);
  const book = profile.book;
  const type = persona.characterType;
  const draws = new Draws(state.seed, state.turn, 'voice');
  if (emotionAfter >= EMOTION_MAX) return { text: profile.fill(draws.pick(book.farewells[type])), goodbye: true };
  if (emotionAfter < EMOTION_FAILURE_BELOW) return { text: profile.fill(draws.pick(book.walkouts[type])), goodbye: true };

  const band = emotionBand(emotionAfter) as MidBand;
  const change = appraisal.change;
  const reading = readAppraisal(appraisal, persona.hiddenNeed);
  // Consecutive turns draw consecutive phrasings from a pool, so a pool never repeats itself back to back.
  const rotation = profile.perEpisode(state.seed, (seed) => deriveSeed(seed, 'voice-rotation'));
  const fresh = (pool: readonly string[]): string => pool[(rotation + state.turn) % pool.length] as string;
  const parts: string[] = [];

  parts.push(styledReaction(profile, fresh(book.reactions[reading.kind]), change, draws));

  const count = profile.revelations.length;
  const need = persona.hiddenNeed;
  const shared = revealedBefore(state.appraisals, state.initialEmotion, count, state.difficulty, type, (a) => metNeed(a, need));
  const asked = reply.indexOf('?') !== -1 || reply.indexOf('？') !== -1;
  if (revealsNext(shared, count, change, emotionAfter, state.difficulty, type, reading.needMet)) {
    // Trust grew on a reply that gave the user what they want: they open up.
    const revelation = profile.revelations[shared] as string;
    parts.push(revealLead(profile, revelation, draws) + book.joiner + revelation);
  } else if (reading.needMissed) {
    // The reply, pleasant or not, gave nothing of what the user wants: they steer toward it. A first miss
    // gets a hint; a user missed twice in a row (or a blunt one) asks outright.
    const streak = missStreak(state.appraisals, (a) => missedNeed(a, need));
    const ask = streak >= 1 || draws.chance(type === 'negative' ? 0.5 : 0.2);
    parts.push(fresh(ask ? profile.requests() : profile.hints()));
  } else if (asked && change <= 0) {
    parts.push(draws.pick(book.evasions[type]));
  } else if (change > 0 && draws.chance(0.5)) {
    parts.push(profile.fill(draws.pick(book.uptake)));
  } else if (type !== 'passive' && draws.chance(0.2)) {
    // Non-passive users keep circling back to what they want now and then, even while getting it.
    parts.push(fresh(profile.hints()));
  }

  const colour = colourLine(state, persona, profile, band, change, reading.needMet, draws);
  if (colour) parts.push(colour);
  // Concatenated rather than `parts.join`: a runtime call that cost more than the rest of this function.
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i++) text += book.joiner + parts[i]!;
  if (text.endsWith('，')) text = `${text.slice(0, -1)}。`;
  return { text, goodbye: false };
}

/** The reaction with the character's manner: sharp or grudging (negative), hesitant (passive). */
function styledReaction(profile: VoiceProfile, reaction: string, change: number, draws: Draws): string {
  const book = profile.book;
  const filled = profile.fill(reaction);
  let opener: string | undefined;
  if (profile.characterType === 'negative' && !FILLER_START.test(filled)) {
    if (change < 0 && draws.chance(0.6)) opener = draws.pick(book.sharpOpeners);
    else if (change > 0 && draws.chance(0.4)) opener = draws.pick(book.grudgingOpeners);
  } else if (profile.characterType === 'passive') {
    // A passive user says the first thing that comes, and often hesitates before it.
    const short = profile.memo('first-sentence', filled, (text) => firstSentence(text, profile.language === 'zh'));
    if (FILLER_START.test(short) || !draws.chance(0.5)) return short;
    return draws.pick(book.hesitantOpeners) + book.joiner + short;
  }
  return opener === undefined ? filled : opener + book.joiner + filled;
}

/** A reaction that already starts with a filler sound takes no hesitant opener ("嗯，嗯，…"). */
const FILLER_START = /^(?:嗯|哦|呃|那个|行|好吧|哈|Um|Oh|Hm|Mm|Okay|Fine|Huh|Ha|Ugh)/;

/**
 * A lead-in for a revelation that does not echo it: "I haven't told anyone this" before "I haven't told my
 * daughter", or "Honestly," before a revelation that says "Honestly" itself, would stutter.
 */
function revealLead(profile: VoiceProfile, revelation: string, draws: Draws): string {
  const leads = profile.book.revealLeads;
  const start = draws.int(leads.length);
  const lower = revelation.toLowerCase();
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[(start + i) % leads.length] as string;
    if (!echoes(lead, lower, profile.language === 'zh')) return lead;
  }
  return leads[start] as string;
}

function echoes(lead: string, revelation: string, zh: boolean): boolean {
  if (zh) return revelation.includes(lead.replace(/[，。,]/g, '').slice(0, 3));
  return lead
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((word) => word.length >= 6 && revelation.includes(word));
}

/** The first sentence of a reaction, or the first two when the first is only a sound ("Hm.", "嗯。"). */
function firstSentence(text: string, zh: boolean): string {
  const ends = zh ? /[。！？]/g : /[.!?](?= )/g;
  const minimum = zh ? 4 : 12;
  for (const match of text.matchAll(ends)) {
    if (match.index + 1 >= minimum) return text.slice(0, match.index + 1);
  }
  return text;
}

/**
 * An optional last line: the dialogue running long, blame (negative), a deflection (avoidant), a trait, or
 * the mood of the band. Passive users and challenging ones add it less often; a mood line never contradicts
 * the direction of the turn, and a user whose need was not met does not sound pleased (a high band reads as
 * the middle one).
 */
function colourLine(state: DialogueState, persona: Persona, profile: VoiceProfile, band: MidBand, change: number, needMet: boolean, draws: Draws): string | undefined {
  const type = profile.characterType;
  const chance = type === 'passive' ? 0.15 : state.difficulty === 'challenging' ? 0.3 : 0.55;
  if (!draws.chance(chance)) return undefined;
  const book = profile.book;
  const late = state.turn >= state.maxTurns - 3;
  if (late && band === 'C' && change <= 0) return draws.pick(book.lateLow);
  if (late && band === 'A' && change > 0 && needMet) return draws.pick(book.lateHigh);
  if (type === 'negative' && change < 0 && persona.others.length > 0) return profile.fill(draws.pick(book.blame));
  if (type === 'avoidant' && change <= 0) return draws.pick(book.deflections);
  if (profile.flavor && draws.chance(0.35) && (profile.flavor !== 'angry' || change < 0)) return draws.pick(book.flavors[profile.flavor]);
  if ((band === 'A' && change < 0) || (band === 'C' && change > 0)) return undefined;
  return draws.pick(book.moods[type][band === 'A' && !needMet ? 'B' : band]);
}
