import type { ProblemInput } from '@/lib/schemas';

/** Classic number theory problems, stated in our own words; sources name where each comes from. */
export const NUMBER_THEORY: ProblemInput[] = [
  {
    key: 'builtin:imo-1959-1',
    statement:
      'Prove that the fraction $\\dfrac{21n + 4}{14n + 3}$ is in lowest terms for every positive integer $n$.',
    solution:
      'Any common divisor $d$ of $21n + 4$ and $14n + 3$ divides $3(14n + 3) - 2(21n + 4) = 1$, so $d = 1$.',
    guidelines:
      '(Partial)\n 1. Started the Euclidean algorithm on $21n + 4$ and $14n + 3$ without finishing.\n(Almost)\n 1. Correct combination with an arithmetic slip that is easily repaired.',
    shortAnswer: '',
    category: 'Number theory',
    level: 'pre-IMO',
    source: 'IMO 1959, Problem 1',
  },
  {
    key: 'builtin:imo-1988-6',
    statement:
      'Let $a$ and $b$ be positive integers such that $ab + 1$ divides $a^2 + b^2$. Prove that $\\dfrac{a^2 + b^2}{ab + 1}$ is the square of an integer.',
    solution:
      "Let $k = \\frac{a^2 + b^2}{ab + 1}$ and suppose $k$ is not a perfect square. Among all pairs of positive integers $(a, b)$ giving this value $k$, choose one with $a + b$ minimal and $a \\ge b$. Then $a$ is a root of $t^2 - kbt + (b^2 - k) = 0$, whose other root is $a' = kb - a = \\frac{b^2 - k}{a}$, an integer. If $a' = 0$ then $k = b^2$, a square. If $a' < 0$ then $a'^2 - kba' + b^2 - k \\ge a'^2 + k + b^2 - k > 0$, contradicting that $a'$ is a root. So $a' > 0$, and $(a', b)$ is another pair giving $k$; but $a' = \\frac{b^2 - k}{a} < \\frac{b^2}{a} \\le a$, so $a' + b < a + b$, contradicting minimality. Hence $k$ is a perfect square.",
    guidelines:
      '(Partial)\n 1. Set up the quadratic in one variable and considered its second root (Vieta jumping) without completing the descent.\n 2. Proved that the second root is a positive integer.\n(Almost)\n 1. Complete descent with the case where the second root is zero or negative not handled.',
    shortAnswer: '',
    category: 'Number theory',
    level: 'IMO-hard',
    source: 'IMO 1988, Problem 6',
  },
  {
    key: 'builtin:primes-3-mod-4',
    statement: 'Prove that there are infinitely many prime numbers of the form $4k + 3$.',
    solution:
      'Suppose there are only finitely many, $p_1, \\ldots, p_m$, and let $N = 4p_1 p_2 \\cdots p_m - 1$. Then $N > 1$ is odd and $N \\equiv 3 \\pmod 4$. A product of odd primes that are all $\\equiv 1 \\pmod 4$ is $\\equiv 1 \\pmod 4$, so some prime factor $q$ of $N$ satisfies $q \\equiv 3 \\pmod 4$. Then $q$ is one of the $p_i$, so $q$ divides $4p_1 \\cdots p_m - N = 1$, which is absurd.',
    guidelines:
      '(Partial)\n 1. Constructed a suitable number such as $4p_1 \\cdots p_m - 1$ without completing the argument.\n(Almost)\n 1. Complete except that the existence of a prime factor $\\equiv 3 \\pmod 4$ is asserted without reason.',
    shortAnswer: '',
    category: 'Number theory',
    level: 'pre-IMO',
    source: 'Folklore (Euclid-style argument)',
  },
  {
    key: 'builtin:wilson',
    statement: 'Let $p$ be a prime. Prove that $(p - 1)! \\equiv -1 \\pmod p$.',
    solution:
      'For $p = 2$ this says $1 \\equiv -1 \\pmod 2$, which is true. Let $p$ be odd. Every $a \\in \\{1, \\ldots, p - 1\\}$ has a unique inverse modulo $p$ in the same set, and $a$ is its own inverse exactly when $p \\mid a^2 - 1 = (a - 1)(a + 1)$, that is when $a = 1$ or $a = p - 1$. The remaining numbers $2, \\ldots, p - 2$ split into pairs of mutually inverse elements, each pair with product $\\equiv 1$. Hence $(p - 1)! \\equiv 1 \\cdot (p - 1) \\equiv -1 \\pmod p$.',
    guidelines:
      '(Partial)\n 1. Paired each residue with its inverse modulo $p$.\n(Almost)\n 1. Complete except that the self-inverse residues are not determined, or $p = 2$ is not checked.',
    shortAnswer: '',
    category: 'Number theory',
    level: 'pre-IMO',
    source: "Wilson's theorem (stated by J. Wilson; proved by J.-L. Lagrange, 1771)",
  },
];
