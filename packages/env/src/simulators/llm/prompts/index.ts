import type { Language } from '../../../chat/messages';
import { appraisalEn } from './en/appraisal';
import { openingEn } from './en/opening';
import { replyEn } from './en/reply';
import { vocabularyEn } from './en/vocabulary';
import { compileTemplate, type CompiledTemplate, type PromptStage, type PromptTemplate } from './template';
import type { PromptVocabulary } from './vocabulary';
import { appraisalZh } from './zh/appraisal';
import { openingZh } from './zh/opening';
import { replyZh } from './zh/reply';
import { vocabularyZh } from './zh/vocabulary';

export { PROMPT_STAGES, compileTemplate, fillTemplate, type PromptStage, type PromptTemplate, type CompiledTemplate } from './template';
export type { PromptVocabulary } from './vocabulary';

/** The prompt templates, by language and stage, as written (one file per stage and language). */
export const PROMPT_TEMPLATES: Readonly<Record<Language, Readonly<Record<PromptStage, PromptTemplate>>>> = {
  en: { opening: openingEn, appraisal: appraisalEn, reply: replyEn },
  zh: { opening: openingZh, appraisal: appraisalZh, reply: replyZh },
};

/** The vocabulary each language's prompts are filled with. */
export const PROMPT_VOCABULARY: Readonly<Record<Language, PromptVocabulary>> = { en: vocabularyEn, zh: vocabularyZh };

/** A template compiled for filling. */
export interface CompiledPrompt {
  readonly system: CompiledTemplate;
  readonly user: CompiledTemplate;
}

const compiled = new Map<string, CompiledPrompt>();
for (const language of Object.keys(PROMPT_TEMPLATES) as Language[]) {
  for (const [stage, template] of Object.entries(PROMPT_TEMPLATES[language])) {
    compiled.set(`${language}/${stage}`, { system: compileTemplate(template.system), user: compileTemplate(template.user) });
  }
}

/** The compiled prompt of a stage in a language. */
export function compiledPrompt(language: Language, stage: PromptStage): CompiledPrompt {
  return compiled.get(`${language}/${stage}`) as CompiledPrompt;
}
