import { createHash } from 'node:crypto';
import type { CompletionBody } from '../completion';

/**
 * JSON with object keys sorted at every level, so that two bodies that mean the same request serialise to the
 * same string whatever order their fields were set in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** The cassette key of a request: SHA-256 (hex) of the canonical JSON of (model, messages, sampling parameters). */
export function cassetteKey(body: CompletionBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
