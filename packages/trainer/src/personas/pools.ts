import { generatePersona, loadPersonasSync, InvalidOptionError, type Language, type Persona } from '@rlver/env';

/** Where a pool of personas comes from. */
export type PersonaPoolSpec =
  | {
      readonly source: 'generated';
      /** Languages, each contributing `count` personas. */
      readonly languages: readonly Language[];
      /** Personas per language. */
      readonly count: number;
      /** Generator seeds `seedStart .. seedStart + count - 1` (per language). */
      readonly seedStart: number;
    }
  | {
      readonly source: 'file';
      /** A JSONL file of personas (this project's format, or SAGE / RLVER profiles). */
      readonly path: string;
    };

/** The personas of a pool, in a fixed order. */
export function personaPool(spec: PersonaPoolSpec): Persona[] {
  if (spec.source === 'file') return loadPersonasSync(spec.path);
  const personas: Persona[] = [];
  for (const language of spec.languages) {
    for (let k = 0; k < spec.count; k++) personas.push(generatePersona({ language, seed: spec.seedStart + k }));
  }
  return personas;
}

/**
 * Check that no held-out persona was trained on: generated pools must use disjoint seed ranges, and no persona
 * id may appear in both pools. Throws an {@link InvalidOptionError} naming the overlap.
 */
export function assertDisjointPools(train: PersonaPoolSpec, heldOut: PersonaPoolSpec, trainPersonas: readonly Persona[], heldOutPersonas: readonly Persona[]): void {
  if (train.source === 'generated' && heldOut.source === 'generated') {
    const overlap = train.seedStart < heldOut.seedStart + heldOut.count && heldOut.seedStart < train.seedStart + train.count;
    const sharedLanguage = train.languages.some((l) => heldOut.languages.includes(l));
    if (overlap && sharedLanguage) {
      throw new InvalidOptionError(
        'evaluation.personas.seedStart',
        heldOut.seedStart,
        `a seed range disjoint from the training personas' seeds ${train.seedStart}..${train.seedStart + train.count - 1}`,
      );
    }
  }
  const trainIds = new Set(trainPersonas.map((p) => p.id));
  const shared = heldOutPersonas.filter((p) => trainIds.has(p.id));
  if (shared.length > 0) {
    throw new InvalidOptionError('evaluation.personas', shared[0]!.id, `held-out personas that were not trained on (${shared.length} are in the training pool)`);
  }
}
