/**
 * Persona loaders: JSONL files whose lines are this project's Persona JSON, SAGE test profiles (with
 * `first_talk`) or RLVER training profiles (the same fields without it), detected line by line.
 */
import { readFileSync } from 'node:fs';
import { readJsonl, JsonlParseError } from '../../io/jsonl';
import { validatePersona } from '../schema';
import type { Persona } from '../types';
import { profileToPersona } from './profile-to-persona';
import { looksLikeRawProfile, validateRawProfile } from './profile-schema';

export { CHARACTER_TYPE_BY_MAIN_CHA, HIDDEN_NEED_BY_TASK, rawProfileSchema, type RawProfile } from './profile-schema';
export { profileToPersona } from './profile-to-persona';

/**
 * Turn one parsed JSONL value into a persona: a SAGE/RLVER profile (it has `player`/`scene`/`main_cha`) is
 * validated and mapped; anything else must be a valid {@link Persona}. Throws `SchemaValidationError` naming
 * `file`, the 1-based `line` and the bad field.
 */
export function personaFromJson(value: unknown, file: string, line: number): Persona {
  if (looksLikeRawProfile(value)) return profileToPersona(validateRawProfile(value, file, line), file, line);
  return validatePersona(value, file, line);
}

/**
 * Load personas from a JSONL file, synchronously (the env loads its personas in its constructor). Blank
 * lines are skipped. Invalid JSON throws `JsonlParseError`, an invalid persona or profile
 * `SchemaValidationError`, both with `file:line`.
 */
export function loadPersonasSync(file: string): Persona[] {
  const personas: Persona[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonlParseError(file, i + 1, (error as Error).message);
    }
    personas.push(personaFromJson(value, file, i + 1));
  }
  return personas;
}

/** Load personas from a JSONL file (streamed); same formats and errors as {@link loadPersonasSync}. */
export async function loadPersonas(file: string): Promise<Persona[]> {
  const rows = await readJsonl(file);
  return rows.map((row) => personaFromJson(row.value, file, row.line));
}
