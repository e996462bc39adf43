import type { Persona } from '@rlver/env';

/** A small hand-written persona for env tests (does not depend on the generator). */
export function testPersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: 'test-ana',
    source: 'custom',
    language: 'en',
    name: 'Ana',
    age: 29,
    occupation: 'nurse',
    characterType: 'passive',
    traits: ['quiet'],
    hiddenNeed: 'deep-empathy',
    topic: 'a night shift that went wrong',
    background: 'A patient complained about Ana after a chaotic night shift.',
    others: [{ name: 'Dr. Lee', relation: 'supervisor' }],
    revelations: ['She had covered two wards alone.'],
    keywords: ['night shift', 'complaint'],
    firstMessage: 'I had the worst night shift.',
    ...overrides,
  };
}
