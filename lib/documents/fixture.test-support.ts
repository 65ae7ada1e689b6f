import type { ReadOnlyView } from '@/lib/proof-view/read-only-view';

/** A two-round session with the formula styles real model output uses, for export tests. */
export function twoRoundView(): ReadOnlyView {
  const proof1 = [
    'Let \\(a, b, c > 0\\) and normalise \\(a + b + c = 1\\).', // 1
    'Each term is \\(\\frac{x}{1-x}\\) with \\(x \\in (0,1)\\).', // 2
    '', // 3
    '\\[', // 4
    '\\frac{x}{1-x} \\ge \\frac{3x}{2} \\tag{1}', // 5
    '\\]', // 6
    '', // 7
    'Summing (1) gives the claim. 100% done & dusted_ok #1 ~ ^ {x} $5.', // 8
  ].join('\n');
  const proof2 = [
    '**Solution.** By the tangent line trick,',
    '$$\\begin{aligned} \\frac{x}{1-x} &\\ge \\frac{9x-1}{4} \\tag{2}\\\\ 4x &\\ge (9x-1)(1-x) \\tag{3} \\end{aligned}$$',
    '',
    '- since \\((3x-1)^2 \\ge 0\\) — with equality at x = 1/3 ≤ 1;',
    '- summing: \\(\\sum \\frac{x}{1-x} \\ge \\frac{3}{2}\\).',
  ].join('\n');
  return {
    title: 'Nesbitt for \\(a, b, c\\)',
    problem:
      'Prove $\\frac{a}{b+c}+\\frac{b}{c+a}+\\frac{c}{a+b} \\ge \\frac{3}{2}$ for positive reals.',
    rounds: [
      {
        index: 1,
        origin: 'generate',
        proof: proof1,
        score: 0,
        selfScore: 1,
        truncated: false,
        findings: [
          {
            key: '1-1',
            severity: 'critical',
            quote: '\\frac{x}{1-x} \\ge \\frac{3x}{2}',
            description: 'False for \\(x < 1/3\\).',
            suggestion: 'Use the tangent line at \\(x = 1/3\\).',
            decision: 'accepted',
            note: '',
            lines: { start: 5, end: 5 },
            confidence: 'exact',
            source: 'verifier',
            category: null,
            replies: [],
          },
          {
            key: '1-2',
            severity: 'gap',
            quote: 'Each term',
            description: 'Why is \\(x < 1\\)?',
            suggestion: '',
            decision: 'overridden',
            note: 'Obvious since the others are positive.',
            lines: { start: 2, end: 2 },
            confidence: 'exact',
            source: 'verifier',
            category: null,
            replies: [],
          },
          {
            key: '1-3',
            severity: 'minor',
            quote: '',
            description: 'Equality case missing.',
            suggestion: '',
            decision: 'dismissed',
            note: '',
            lines: null,
            confidence: null,
            source: 'verifier',
            category: null,
            replies: [],
          },
        ],
      },
      {
        index: 2,
        origin: 'refine',
        proof: proof2,
        score: 1,
        selfScore: 1,
        truncated: false,
        findings: [
          {
            key: '2-1',
            severity: 'minor',
            quote: 'summing',
            description: 'Say which terms are summed.',
            suggestion: '',
            decision: 'pending',
            note: '',
            lines: { start: 5, end: 5 },
            confidence: 'exact',
            source: 'verifier',
            category: null,
            replies: [],
          },
          {
            key: '2-2',
            severity: 'gap',
            quote: '\\frac{9x-1}{4}',
            description: 'Check (3).',
            suggestion: '',
            decision: 'accepted',
            note: 'fine',
            lines: { start: 2, end: 2 },
            confidence: 'exact',
            source: 'person',
            category: 'Skipped computation',
            replies: [
              {
                text: 'Expanded it: holds.',
                createdAt: Date.UTC(2026, 11, 4, 10, 31),
                author: null,
                decision: 'accepted',
              },
            ],
          },
        ],
      },
    ],
    grade: {
      auto: { points: 1, reasons: 'The key estimate is false.' },
      human: { points: 3, rationale: 'More than partial.' },
    },
  };
}
