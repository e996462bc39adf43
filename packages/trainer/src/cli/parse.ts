import { InvalidOptionError } from '@rlver/env';

/** A commander argument parser for integers >= `min`, failing with an error that names the flag. */
export function intFlag(flag: string, min = 0): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidOptionError(flag, value, `an integer >= ${min}`);
    return n;
  };
}

/** A commander argument parser for positive numbers. */
export function positiveFlag(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidOptionError(flag, value, 'a positive number');
    return n;
  };
}

/** A commander argument parser for a comma-separated list of allowed values. */
export function listFlag<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (bad !== undefined || items.length === 0) throw new InvalidOptionError(flag, value, `a comma-separated list of ${allowed.join(', ')}`);
    return items as T[];
  };
}

/** Collects a repeatable flag's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
