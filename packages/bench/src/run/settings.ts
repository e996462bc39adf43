import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The version of an installed package, or "unknown" when it cannot be found. Packages whose `exports` hide
 * their package.json are found from their entry point, walking up to the package.json that names them.
 */
export function packageVersion(name: string): string {
  const read = (file: string): { name?: string; version?: string } => JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
  try {
    return read(require.resolve(`${name}/package.json`)).version ?? 'unknown';
  } catch {
    // not exported: look from the entry point
  }
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const candidate = path.join(dir, 'package.json');
      if (existsSync(candidate)) {
        const pkg = read(candidate);
        if (pkg.name === name) return pkg.version ?? 'unknown';
      }
      const parent = path.dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'unknown';
  }
}

/** This package's version (read from its own package.json, one level above src/ or dist/). */
export function benchVersion(): string {
  try {
    const file = path.join(__dirname, '..', '..', 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** JSON with object keys sorted at every level: equal values give equal strings. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** The first path at which two JSON values differ (e.g. "seed" or "simulator.difficulty"), or undefined. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return stableStringify(a) === stableStringify(b) ? undefined : at || '(root)';
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/** The value at a dotted path, for messages. */
export function valueAt(value: unknown, dotted: string): unknown {
  let current = value;
  for (const key of dotted.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
