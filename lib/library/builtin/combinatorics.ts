import type { ProblemInput } from '@/lib/schemas';

/** Classic combinatorics problems, stated in our own words; sources name where each comes from. */
export const COMBINATORICS: ProblemInput[] = [
  {
    key: 'builtin:divisor-pigeonhole',
    statement:
      'Let $n$ be a positive integer. Prove that among any $n+1$ distinct numbers chosen from $\\{1, 2, \\ldots, 2n\\}$ there are two such that one divides the other.',
    solution:
      'Write each chosen number as $2^k m$ with $k \\ge 0$ and $m$ odd. The odd part $m$ lies in $\\{1, 3, \\ldots, 2n-1\\}$, a set of $n$ values, so by the pigeonhole principle two of the $n+1$ numbers share their odd part: $2^k m$ and $2^l m$ with $k < l$. Then the first divides the second.',
    guidelines:
      '(Partial)\n 1. Introduced the odd part (or an equivalent partition into $n$ chains) without concluding.\n(Almost)\n 1. Correct pigeonhole argument with the count of odd parts stated wrongly.',
    shortAnswer: '',
    category: 'Combinatorics',
    level: 'pre-IMO',
    source: 'Folklore (attributed to P. Erdős)',
  },
  {
    key: 'builtin:erdos-szekeres',
    statement:
      'Let $n$ be a positive integer. Prove that every sequence of $n^2 + 1$ distinct real numbers has an increasing subsequence of length $n + 1$ or a decreasing subsequence of length $n + 1$.',
    solution:
      'Let the sequence be $a_1, \\ldots, a_{n^2+1}$ and let $L_i$ be the length of the longest increasing subsequence that starts at $a_i$. If some $L_i \\ge n + 1$ we are done. Otherwise every $L_i$ lies in $\\{1, \\ldots, n\\}$, so by the pigeonhole principle $n + 1$ indices $i_1 < i_2 < \\cdots < i_{n+1}$ share the same value of $L$. If $a_{i_j} < a_{i_{j+1}}$ for some $j$, prepending $a_{i_j}$ to a longest increasing subsequence starting at $a_{i_{j+1}}$ would give $L_{i_j} > L_{i_{j+1}}$, which is false. Hence $a_{i_1} > a_{i_2} > \\cdots > a_{i_{n+1}}$, a decreasing subsequence of length $n + 1$.',
    guidelines:
      '(Partial)\n 1. Defined a labelling such as the longest increasing subsequence starting (or ending) at each term.\n(Almost)\n 1. Correct argument with the pigeonhole count off by one.',
    shortAnswer: '',
    category: 'Combinatorics',
    level: 'IMO-easy',
    source: 'Erdős–Szekeres theorem (1935)',
  },
  {
    key: 'builtin:six-people',
    statement:
      'Any two of six people either know each other or are strangers. Prove that there are three of them who all know each other, or three of them who are pairwise strangers.',
    solution:
      'Fix one person $P$. Of the other five, at least three have the same relation to $P$ by the pigeonhole principle; say $A$, $B$, $C$ all know $P$ (the other case is symmetric). If two of $A$, $B$, $C$ know each other, those two together with $P$ form three mutual acquaintances. Otherwise $A$, $B$, $C$ are pairwise strangers.',
    guidelines:
      '(Partial)\n 1. Fixed one person and found three others with the same relation to them.\n(Almost)\n 1. Handled only one of the two symmetric cases without saying the other is the same.',
    shortAnswer: '',
    category: 'Combinatorics',
    level: 'pre-IMO',
    source: 'The party problem (classical; Ramsey number R(3,3) = 6)',
  },
  {
    key: 'builtin:mutilated-chessboard',
    statement:
      'Two diagonally opposite corner squares are removed from an $8 \\times 8$ chessboard. Prove that the remaining $62$ squares cannot be covered by $31$ dominoes, each domino covering two squares that share a side.',
    solution:
      'Colour the board in the usual chessboard pattern. Diagonally opposite corners have the same colour, so the remaining board has $32$ squares of one colour and $30$ of the other. Every domino covers two adjacent squares, which have different colours, so $31$ non-overlapping dominoes cover exactly $31$ squares of each colour. That is impossible.',
    guidelines:
      '(Partial)\n 1. Introduced the two-colouring and observed that a domino covers one square of each colour.\n(Almost)\n 1. Complete except that it is not justified that opposite corners have the same colour.',
    shortAnswer: '',
    category: 'Combinatorics',
    level: 'pre-IMO',
    source: 'Mutilated chessboard (M. Black, 1946; popularised by M. Gardner)',
  },
];
