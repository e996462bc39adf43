import { InvalidOptionError } from '@rlver/env';

/** A commander argument parser for integers in [min, max]; a bad value names the flag. */
export function intArg(flag: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidOptionError(flag, value, `an integer from ${min} to ${max}`);
    return n;
  };
}

/** Collect a repeatable `NAME: VALUE` header flag into an object. */
export function headerArg(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const colon = value.indexOf(':');
  if (colon <= 0) throw new InvalidOptionError('--agent-header', value, '"Name: value", e.g. "Authorization: Bearer $TOKEN"');
  return { ...previous, [value.slice(0, colon).trim().toLowerCase()]: value.slice(colon + 1).trim() };
}
