import type { ChatMessage } from '../../chat/messages';
import type { Persona } from '../../personas/types';
import { emotionBand } from '../bands';
import type { Appraisal, DialogueState } from '../types';
import type { PromptVocabulary } from './prompts';
import type { LlmAppraisal } from './appraisal-output';

/**
 * The values every stage's prompt is filled with: who the user is, how they judge, their emotion and the
 * dialogue so far. Pure functions of the {@link DialogueState}, so a retried or replayed call sends the very
 * same prompt.
 */
export function commonPromptValues(state: DialogueState, vocabulary: PromptVocabulary): Record<string, string | number> {
  const persona = state.persona;
  const emotion = Math.max(0, state.emotion);
  const band = emotionBand(emotion);
  return {
    name: persona.name,
    persona: personaBlock(persona, vocabulary),
    characterType: vocabulary.characterTypes[persona.characterType],
    hiddenNeed: hiddenNeedText(persona, vocabulary),
    difficulty: vocabulary.difficulty[state.difficulty],
    emotion,
    band: vocabulary.bandNames[band],
    bandBehaviour: vocabulary.bandBehaviour[band],
    bands: (['S', 'A', 'B', 'C', 'F'] as const).map((b) => vocabulary.bands[b]).join('\n'),
    dialogue: dialogueText(state.history, persona.name, vocabulary),
    turn: state.turn + 1,
    maxTurns: state.maxTurns,
  };
}

/**
 * The persona as labelled lines, then the source's own free-text profile and scene (SAGE) verbatim. Fields
 * that the free text already holds are left out of the lines (the profile has age, gender and occupation;
 * the scene has the events), so the model reads each fact once.
 */
export function personaBlock(persona: Persona, vocabulary: PromptVocabulary): string {
  const label = vocabulary.persona;
  const line = (name: string, value: string | number): string => labelled(name, value, vocabulary);
  const lines = [line(label.name, persona.name)];
  if (!persona.profileText) {
    if (persona.age !== undefined) lines.push(line(label.age, persona.age));
    if (persona.gender) lines.push(line(label.gender, persona.gender));
    if (persona.occupation) lines.push(line(label.occupation, persona.occupation));
  }
  if (persona.traits.length > 0) lines.push(line(label.traits, persona.traits.join(', ')));
  if (persona.topic) lines.push(line(label.topic, persona.topic));
  if (!persona.sceneText) {
    if (persona.background) lines.push(line(label.background, persona.background));
    if (persona.others.length > 0) lines.push(line(label.others, persona.others.map((o) => `${o.name} (${o.relation})`).join('; ')));
    if (persona.revelations.length > 0) {
      lines.push(line(label.revelations, ''));
      persona.revelations.forEach((fact, i) => lines.push(`  ${i + 1}. ${fact}`));
    }
  }
  if (persona.profileText) lines.push('', `### ${label.profileText}`, persona.profileText.trim());
  if (persona.sceneText) lines.push('', `### ${label.sceneText}`, persona.sceneText.trim());
  return lines.join('\n');
}

function hiddenNeedText(persona: Persona, vocabulary: PromptVocabulary): string {
  const described = vocabulary.hiddenNeeds[persona.hiddenNeed];
  return persona.hiddenNeedText ? `${described}\n(${vocabulary.hiddenNeedOriginal}${vocabulary.colon}${persona.hiddenNeedText})` : described;
}

/** The dialogue as a transcript with speaker labels (the user is "you", the agent is "the listener"). */
export function dialogueText(history: readonly ChatMessage[], name: string, vocabulary: PromptVocabulary): string {
  if (history.length === 0) return vocabulary.emptyDialogue;
  const userLabel = vocabulary.speakers.user.replace('{{name}}', name);
  return history
    .filter((m) => m.role !== 'system')
    .map((m) => `${m.role === 'user' ? userLabel : vocabulary.speakers.listener}${vocabulary.colon}${m.content}`)
    .join('\n\n');
}

/**
 * The appraisal as the reply stage reads it. An appraisal from this simulator's own appraisal stage shows its
 * fields; any other (e.g. a custom appraiser composed with this reply stage) shows its analysis and reasons.
 */
export function appraisalSummary(appraisal: Appraisal, vocabulary: PromptVocabulary): string {
  const label = vocabulary.appraisal;
  const llm = appraisal as Partial<LlmAppraisal>;
  if (typeof llm.feeling === 'string' && typeof llm.innerReaction === 'string') {
    return [
      labelled(label.conveys, llm.conveys ?? '', vocabulary),
      labelled(label.statedNeed, `${llm.statedNeedMet ?? ''}. ${llm.statedNeed ?? ''}`, vocabulary),
      labelled(label.hiddenNeed, `${llm.hiddenNeedMet ?? ''}. ${llm.hiddenNeed ?? ''}`, vocabulary),
      labelled(label.innerReaction, llm.innerReaction, vocabulary),
      labelled(label.feeling, llm.feeling, vocabulary),
    ].join('\n');
  }
  const details = appraisal.reasons.map((r) => r.detail).filter((d) => d.length > 0);
  const analysis = appraisal.analysis ?? details.join(' ');
  return labelled(label.analysis, analysis || '-', vocabulary);
}

/** One labelled line of a prompt block: "- label: value" (with the language's colon). */
function labelled(name: string, value: string | number, vocabulary: PromptVocabulary): string {
  return `- ${name}${vocabulary.colon}${value}`;
}

/** A signed change as the prompt shows it: "+5", "-10", "0". */
export function signedChange(change: number): string {
  return change > 0 ? `+${change}` : String(change);
}
