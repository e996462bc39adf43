// PLACEHOLDER until the persona loaders land.
import { readFileSync } from 'node:fs';
import { validatePersona } from './schema';
import type { Persona } from './types';

export function loadPersonasSync(file: string): Persona[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((row) => row.text.trim() !== '')
    .map((row) => validatePersona(JSON.parse(row.text), file, row.line));
}
