/**
 * A bounded memo with two generations: entries go into the young generation; when it holds `generationSize`
 * entries it becomes the old one (the previous old one is dropped whole), and an entry found in the old
 * generation moves back to the young one. What is used again and again stays; what is not ages out after one
 * to two generations.
 *
 * The rule simulator memoises per text and per persona with it, the listening agents per message. Evicting one entry at a time from a Map
 * (`map.delete(map.keys().next().value)`) looks cheaper but is not: deleted entries leave holes at the front of
 * the Map's table that every later `keys().next()` walks over, several microseconds per eviction at 4096
 * entries. Dropping a whole generation costs nothing per entry.
 */
export class GenerationalCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generationSize: number) {}

  /** The value of `key`, or undefined; an entry found in the old generation moves to the young one. */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Keep `value` for `key`. */
  set(key: K, value: V): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
