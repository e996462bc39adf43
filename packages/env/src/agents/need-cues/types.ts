import type { HiddenNeed } from '../../personas/types';

/**
 * Phrasings that point at each hidden need, as regular-expression sources. Strong cues say it outright
 * ("what should I do"); weak cues lean that way ("advice").
 */
export type CueTable = Readonly<Record<HiddenNeed, { readonly strong: readonly string[]; readonly weak: readonly string[] }>>;
