import type { Rng } from '@rlver/env';
import type { PhraseNode, PhraseSet, Token } from '../../../src/simulators/rule/appraisal/lexicon/phrases';

/**
 * Token sequences that exercise a phrase graph: random paths through it (literal tokens, words that start with a
 * prefix stem, gaps filled with ordinary words or a sentence end, alternatives and optional groups), joined by
 * filler words and punctuation, so that matches overlap, nest and are cut by sentence ends.
 */
export function randomPaths(set: PhraseSet<string>, rng: Rng, count: number): Token[][] {
  const english = set.script === 'words';
  const filler: Token[] = english ? ['the', 'and', 'really', 'she', 'you', '.', ',', '?', 'it'] : [...'的了我你他。，？吧'].map((c) => c.charCodeAt(0));
  const path = (): Token[] => {
    const out: Token[] = [];
    let node = set.root;
    for (let steps = 0; steps < 12; steps++) {
      const options: Array<() => PhraseNode> = [];
      for (const [token, child] of node.next) options.push(() => (out.push(token), child));
      for (const edge of node.prefixes) options.push(() => (out.push(`${edge.stem}${rng.pick(['', 'ed', 'ing', 's'])}`), edge.node));
      for (const gap of node.gaps) {
        options.push(() => {
          for (let k = rng.int(gap.max + 2); k > 0; k--) out.push(rng.pick(filler));
          return gap.node;
        });
      }
      for (const next of node.epsilon) options.push(() => next);
      if (options.length === 0 || (node.ends.length > 0 && rng.next() < 0.3)) break;
      node = rng.pick(options)();
    }
    return out;
  };
  return Array.from({ length: count }, () => {
    const tokens: Token[] = [];
    for (let part = rng.int(6) + 1; part > 0; part--) {
      tokens.push(...path());
      for (let k = rng.int(3); k > 0; k--) tokens.push(rng.pick(filler));
    }
    return tokens;
  });
}
