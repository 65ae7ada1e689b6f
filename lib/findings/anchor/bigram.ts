import type { Match } from './match';
import { normIndexAt, type PreparedProof } from './prepare';
import { BIGRAM_CONTAINMENT } from './thresholds';

/** Fewer word pairs than this cannot show that a paraphrase is about one place. */
const MIN_BIGRAMS = 5;
/** A window of sentences may run this much longer than the quote. */
const WINDOW_STRETCH = 1.2;

/** Sentences and lines of a proof (normalised ranges) and which of them hold each word pair. */
type Sentences = { starts: number[]; ends: number[]; byPair: Map<string, number[]> };

export function wordBigrams(normalized: string): Set<string> {
  const words = normalized.match(/\\?[\p{L}\p{N}]+/gu) ?? [];
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

const cache = new WeakMap<PreparedProof, Sentences>();

function sentencesOf(prepared: PreparedProof): Sentences {
  const cached = cache.get(prepared);
  if (cached) return cached;
  const cuts = [0];
  for (const m of prepared.proof.matchAll(/[.!?](?=\s)|\n/g)) {
    cuts.push(normIndexAt(prepared.norm, m.index + 1));
  }
  cuts.push(prepared.norm.text.length);
  const sentences: Sentences = { starts: [], ends: [], byPair: new Map() };
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i] <= cuts[i - 1]) continue;
    const id = sentences.starts.length;
    sentences.starts.push(cuts[i - 1]);
    sentences.ends.push(cuts[i]);
    for (const pair of wordBigrams(prepared.norm.text.slice(cuts[i - 1], cuts[i]))) {
      const holders = sentences.byPair.get(pair);
      if (holders) holders.push(id);
      else sentences.byPair.set(pair, [id]);
    }
  }
  cache.set(prepared, sentences);
  return sentences;
}

/** In how many sentences of the proof a word pair occurs: rare pairs tell places apart. */
export function sentencesHolding(prepared: PreparedProof, pair: string): number {
  return sentencesOf(prepared).byPair.get(pair)?.length ?? 0;
}

/**
 * Last resort for paraphrases (BRIEF §4 step 6): the run of consecutive sentences, about
 * as long as the quote, that contains the largest share of the quote's word pairs.
 */
export function bigramMatch(prepared: PreparedProof, quote: string): Match | null {
  const wanted = [...wordBigrams(quote)];
  if (wanted.length < MIN_BIGRAMS) return null;
  const { starts, ends, byPair } = sentencesOf(prepared);
  // Which wanted pairs each sentence holds; only sentences holding some can start a window.
  const held = new Map<number, number[]>();
  wanted.forEach((pair, k) => {
    for (const id of byPair.get(pair) ?? []) held.set(id, [...(held.get(id) ?? []), k]);
  });
  let best: Match | null = null;
  for (const first of held.keys()) {
    const seen = new Set<number>();
    let last = first;
    for (
      let id = first;
      id < starts.length && starts[id] - starts[first] < quote.length * WINDOW_STRETCH;
      id++
    ) {
      for (const k of held.get(id) ?? []) seen.add(k);
      last = id;
    }
    const containment = seen.size / wanted.length;
    const better =
      !best ||
      containment > best.similarity ||
      (containment === best.similarity && starts[first] < best.start);
    if (containment >= BIGRAM_CONTAINMENT && better) {
      best = {
        start: starts[first],
        end: ends[last],
        similarity: containment,
        length: quote.length,
        method: 'bigram',
      };
    }
  }
  return best;
}
