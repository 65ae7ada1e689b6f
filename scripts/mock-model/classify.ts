export type RequestKind =
  | 'generation'
  | 'verification'
  | 'refinement'
  | 'meta-verification'
  | 'grading'
  | 'rubric-drafting'
  | 'part-refinement';

export const REQUEST_KINDS: readonly RequestKind[] = [
  'generation',
  'verification',
  'refinement',
  'meta-verification',
  'grading',
  'rubric-drafting',
  'part-refinement',
];

/** A message as it arrives on the wire: content may also be an array of `{type:'text', text}` parts. */
export type WireMessage = { role?: unknown; content?: unknown };

export function messageText(message: WireMessage): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  }
  return '';
}

/**
 * Tells which prompt a request carries, from markers our prompt builders put in
 * (lib/prompts): refinement has the candidate + evaluations headings, verification has the
 * findings block and numbered lines. Meta-verification and grading are matched loosely,
 * since their prompts are still being written.
 */
export function classifyRequest(messages: WireMessage[]): RequestKind {
  const all = messages.map(messageText).join('\n\n');
  if (/meta-?verif/i.test(all)) return 'meta-verification';
  if (/writing a grading scheme/i.test(all)) return 'rubric-drafting';
  if (/out of 7/i.test(all) && /points/i.test(all)) return 'grading';
  if (
    all.includes('## Candidate Solution 1') &&
    all.includes('## Evaluations of Candidate Solution 1')
  ) {
    return 'refinement';
  }
  if (all.includes('### Issues') && /^L\d+\| /m.test(all)) return 'verification';
  // "Rewrite this part" (issue 17) asks for the part between these markers.
  if (all.includes('=== BEGIN REPLACEMENT ===')) return 'part-refinement';
  return 'generation';
}
