import type { CharacterType, HiddenNeed } from '../../../personas/types';
import type { EmotionBand } from '../../bands';
import type { Difficulty } from '../../types';

/** The words a prompt is filled with, in one language (persona labels, need and band descriptions, ...). */
export interface PromptVocabulary {
  /** Labels of the persona fields. */
  readonly persona: {
    readonly name: string;
    readonly age: string;
    readonly gender: string;
    readonly occupation: string;
    readonly traits: string;
    readonly topic: string;
    readonly background: string;
    readonly others: string;
    readonly revelations: string;
    readonly profileText: string;
    readonly sceneText: string;
  };
  readonly characterTypes: Readonly<Record<CharacterType, string>>;
  readonly hiddenNeeds: Readonly<Record<HiddenNeed, string>>;
  /** Introduces the source's own wording of the hidden need. */
  readonly hiddenNeedOriginal: string;
  readonly difficulty: Readonly<Record<Difficulty, string>>;
  /** One line per band, highest first, used as the band definitions. */
  readonly bands: Readonly<Record<EmotionBand, string>>;
  /** The band's short name as it appears next to the emotion value. */
  readonly bandNames: Readonly<Record<EmotionBand, string>>;
  /** How the user behaves in each band (reply and opening stages). */
  readonly bandBehaviour: Readonly<Record<EmotionBand, string>>;
  /** Speaker labels of the transcript; `{{name}}` in `user` is the persona's name. */
  readonly speakers: { readonly user: string; readonly listener: string };
  /** Between a label and its value ("Name: Mira", "姓名：王小云"). */
  readonly colon: string;
  /** Transcript of a dialogue that has not started. */
  readonly emptyDialogue: string;
  /** Labels of the appraisal summary shown to the reply stage. */
  readonly appraisal: {
    readonly conveys: string;
    readonly statedNeed: string;
    readonly hiddenNeed: string;
    readonly innerReaction: string;
    readonly feeling: string;
    /** For appraisals that did not come from the LLM stage (a custom appraiser): its analysis / reasons. */
    readonly analysis: string;
  };
  /** Sent after an answer that could not be used; `{{problem}}`, `{{attempt}}`, `{{maxAttempts}}`. */
  readonly correction: string;
}
