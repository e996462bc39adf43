// PLACEHOLDER until the persona generator lands.
import type { Language } from '../../chat/messages';
import { Rng } from '../../core/rng';
import { CHARACTER_TYPES, HIDDEN_NEEDS, type Persona } from '../types';

/** Options of {@link generatePersona}. */
export interface GeneratePersonaOptions {
  readonly language: Language;
  readonly seed: number;
}

export function generatePersona(options: GeneratePersonaOptions): Persona {
  const rng = new Rng(options.seed);
  return {
    id: `gen-${options.language}-${options.seed}`,
    source: 'generated',
    language: options.language,
    name: 'Alex',
    characterType: rng.pick(CHARACTER_TYPES),
    traits: [],
    hiddenNeed: rng.pick(HIDDEN_NEEDS),
    topic: 'work',
    background: 'My manager took credit for my work.',
    others: [{ name: 'my manager', relation: 'manager' }],
    revelations: [],
    keywords: ['manager', 'credit'],
    firstMessage: 'My manager presented my project as his own today.',
  };
}
