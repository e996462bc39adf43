import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deriveSeed, generatePersona, InvalidOptionError, loadPersonas, RlverError, validatePersona, type Language, type Persona } from '@rlver/env';
import type { RunSettings } from '../results/types';

/** Where a run's profiles come from. */
export type ProfilesSource =
  /** A JSONL file of personas: this project's format, SAGE profiles or RLVER profiles. */
  | string
  /** Generated personas (seeded). */
  | 'generated'
  /** Personas given directly (API use). */
  | readonly Persona[];

/** Options of generated profiles. */
export interface GeneratedProfilesOptions {
  readonly language: Language;
  readonly seed: number;
  readonly count: number;
}

/** The profiles of a run and what the settings record about them. */
export interface ResolvedProfiles {
  readonly personas: readonly Persona[];
  readonly settings: RunSettings['profiles'];
}

/** Two profiles with one id: results are keyed by profile id, so a run cannot tell them apart. */
export class DuplicateProfileError extends RlverError {
  constructor(
    readonly source: string,
    readonly id: string,
  ) {
    super(`${source}: profile id ${JSON.stringify(id)} occurs more than once: every profile of a run needs its own id`);
  }
}

/**
 * Load or generate the profiles of a run. A profiles file that fails the schema throws `SchemaValidationError`
 * with the file, line and field (from the persona loaders).
 */
export async function resolveProfiles(source: ProfilesSource, generated: GeneratedProfilesOptions): Promise<ResolvedProfiles> {
  if (source === 'generated') {
    if (!(Number.isInteger(generated.count) && generated.count >= 1)) throw new InvalidOptionError('count', generated.count, 'a positive integer number of generated profiles');
    const personas = Array.from({ length: generated.count }, (_, i) => generatePersona({ language: generated.language, seed: deriveSeed(generated.seed, 'profile', i) }));
    checkUnique(personas, 'generated profiles');
    return { personas, settings: { source: 'generated', count: personas.length, language: generated.language, seed: generated.seed } };
  }
  if (typeof source === 'string') {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(source);
    } catch (error) {
      throw new InvalidOptionError('profiles', source, `"generated" or a readable JSONL file of profiles (${(error as Error).message})`);
    }
    const personas = await loadPersonas(source);
    if (personas.length === 0) throw new InvalidOptionError('profiles', source, 'a file with at least one profile');
    checkUnique(personas, source);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { personas, settings: { source: path.basename(source), count: personas.length, sha256 } };
  }
  if (!Array.isArray(source) || source.length === 0) throw new InvalidOptionError('profiles', source, '"generated", a JSONL file path, or a non-empty array of personas');
  const personas = source.map((p, i) => validatePersona(p, `profiles[${i}]`));
  checkUnique(personas, 'profiles');
  const sha256 = createHash('sha256').update(JSON.stringify(personas)).digest('hex');
  return { personas, settings: { source: 'array', count: personas.length, sha256 } };
}

function checkUnique(personas: readonly Persona[], source: string): void {
  const seen = new Set<string>();
  for (const persona of personas) {
    if (seen.has(persona.id)) throw new DuplicateProfileError(source, persona.id);
    seen.add(persona.id);
  }
}
