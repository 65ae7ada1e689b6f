import { chunkText } from './chunking';

/** One numbered step of the long proof: prose, inline math and a display, like real output. */
function step(k: number, tag: string): string {
  return `**Step ${k}.**${tag} We claim that \\(a_{${k}} \\le 2^{${k}} + ${k}\\). By the previous step, \\(a_{${k - 1}} \\le 2^{${k - 1}} + ${k - 1}\\), and the recurrence \\(a_{n} = 2a_{n-1} - n + 2\\) gives
\\[
a_{${k}} = 2a_{${k - 1}} - ${k} + 2 \\le 2^{${k}} + ${2 * (k - 1)} - ${k} + 2 = 2^{${k}} + ${k}.
\\]
Hence the claim holds for \\(n = ${k}\\), and the bound \\(\\frac{a_{${k}}}{2^{${k}}} \\le 1 + \\frac{${k}}{2^{${k}}}\\) follows at once.

`;
}

const cache = new Map<string, string>();

/**
 * A proof of about `tokens` stream chunks (one chunk ≈ one token), for the streaming
 * benchmark: an induction written out step by step, in DeepSeekMath-V2's answer format.
 * A `tag` (from `[[tag:…]]` in the prompt) is written into every step, so that concurrent
 * streams (bench:load) have different texts and any mixing between them shows.
 */
export function buildLongAnswer(tokens: number, tag?: string): string {
  const key = `${tokens}:${tag ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const head =
    '## Solution\n\nLet \\(a_0 = 1\\) and \\(a_n = 2a_{n-1} - n + 2\\) for \\(n \\ge 1\\). We prove \\(a_n \\le 2^n + n\\) by induction.\n\n';
  const tail =
    '## Self Evaluation\n\nHere is my evaluation of the solution: each step follows from the previous one by the recurrence.\n\nBased on my evaluation, the final overall score should be: \\boxed{1}';
  const parts = [head];
  let count = chunkText(head).length + chunkText(tail).length;
  for (let k = 1; count < tokens; k++) {
    const text = step(k, tag ? ` [${tag}]` : '');
    parts.push(text);
    count += chunkText(text).length;
  }
  parts.push(tail);
  const answer = parts.join('');
  cache.set(key, answer);
  return answer;
}

/** A generation's reasoning of about `chars` characters (bench:stream's disk measure). */
export function buildLongReasoning(chars: number): string {
  const key = `reasoning:${chars}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parts: string[] = [];
  let length = 0;
  for (let k = 1; length < chars; k++) {
    const line = `Try n = ${k}: then \\(a_{${k}} = 2a_{${k - 1}} - ${k} + 2\\), which stays below \\(2^{${k}} + ${k}\\). `;
    parts.push(line);
    length += line.length;
  }
  const text = parts.join('').slice(0, chars);
  cache.set(key, text);
  return text;
}
