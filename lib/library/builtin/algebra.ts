import type { ProblemInput } from '@/lib/schemas';

/** Classic algebra problems, stated in our own words; sources name where each comes from. */
export const ALGEBRA: ProblemInput[] = [
  {
    key: 'builtin:nesbitt',
    statement:
      'Show that for all positive real numbers $a$, $b$, $c$,\n$$\\frac{a}{b+c} + \\frac{b}{c+a} + \\frac{c}{a+b} \\ge \\frac{3}{2}.$$',
    solution:
      'Let $S = a + b + c$. Then $\\frac{a}{b+c} = \\frac{S}{b+c} - 1$, so the left side equals $S\\left(\\frac{1}{b+c} + \\frac{1}{c+a} + \\frac{1}{a+b}\\right) - 3$. By the Cauchy–Schwarz inequality (or AM–HM) applied to the three positive numbers $b+c$, $c+a$, $a+b$, whose sum is $2S$,\n$$\\left(\\frac{1}{b+c} + \\frac{1}{c+a} + \\frac{1}{a+b}\\right) \\cdot 2S \\ge 9.$$\nHence the left side is at least $\\frac{9}{2} - 3 = \\frac{3}{2}$, with equality exactly when $a = b = c$.',
    guidelines:
      '(Partial)\n 1. Rewrote the sum as $(a+b+c)\\sum \\frac{1}{b+c} - 3$ or reached an equivalent symmetric reduction.\n(Almost)\n 1. A correct inequality chain in which one application of a standard inequality is not justified (e.g. positivity not checked).',
    shortAnswer: '',
    category: 'Algebra',
    level: 'pre-IMO',
    source: "Nesbitt's inequality (A. M. Nesbitt, 1903)",
  },
  {
    key: 'builtin:imo-1995-2',
    statement:
      'Let $a$, $b$, $c$ be positive real numbers whose product is $1$. Prove that\n$$\\frac{1}{a^3(b+c)} + \\frac{1}{b^3(c+a)} + \\frac{1}{c^3(a+b)} \\ge \\frac{3}{2}.$$',
    solution:
      'Put $x = 1/a$, $y = 1/b$, $z = 1/c$, so $xyz = 1$. Since $b + c = \\frac{y+z}{yz}$, we get $\\frac{1}{a^3(b+c)} = \\frac{x^3 yz}{y+z} = \\frac{x^2}{y+z}$, and likewise for the other terms. By the Cauchy–Schwarz inequality in Engel form,\n$$\\frac{x^2}{y+z} + \\frac{y^2}{z+x} + \\frac{z^2}{x+y} \\ge \\frac{(x+y+z)^2}{2(x+y+z)} = \\frac{x+y+z}{2},$$\nand by AM–GM $x + y + z \\ge 3\\sqrt[3]{xyz} = 3$. So the sum is at least $\\frac{3}{2}$; equality holds for $a = b = c = 1$.',
    guidelines:
      '(Partial)\n 1. Made the substitution $x = 1/a$ (or equivalent) and reduced each term to $\\frac{x^2}{y+z}$.\n(Almost)\n 1. Correct proof except that the final AM–GM step or the equality case is not justified.',
    shortAnswer: '',
    category: 'Algebra',
    level: 'IMO-easy',
    source: 'IMO 1995, Problem 2',
  },
  {
    key: 'builtin:additive-multiplicative',
    statement:
      'Find all functions $f: \\mathbb{R} \\to \\mathbb{R}$ such that $f(x+y) = f(x) + f(y)$ and $f(xy) = f(x)f(y)$ for all real numbers $x$ and $y$.',
    solution:
      'The answers are $f \\equiv 0$ and $f(x) = x$; both work. From $f(1) = f(1)^2$ we get $f(1) \\in \\{0, 1\\}$. If $f(1) = 0$ then $f(x) = f(x)f(1) = 0$ for all $x$. Otherwise $f(1) = 1$, and additivity gives $f(q) = q$ for every rational $q$. For $t \\ge 0$, $f(t) = f(\\sqrt{t})^2 \\ge 0$; so if $x \\le y$ then $f(y) - f(x) = f(y - x) \\ge 0$, i.e. $f$ is non-decreasing. For any real $x$ and rationals $p < x < q$ we get $p \\le f(x) \\le q$; letting $p$ and $q$ tend to $x$ gives $f(x) = x$.',
    guidelines:
      '(Partial)\n 1. Found both solutions and proved $f(q) = q$ on the rationals when $f(1) = 1$.\n 2. Proved that $f$ is non-negative on $[0, \\infty)$ or monotone.\n(Almost)\n 1. Complete except that the constant zero solution is missed or not verified.',
    shortAnswer: '$f(x) = 0$ for all $x$, and $f(x) = x$ for all $x$.',
    category: 'Algebra',
    level: 'IMO-easy',
    source: 'Folklore (Cauchy’s equation with multiplicativity)',
  },
  {
    key: 'builtin:schur',
    statement:
      'Prove that for all non-negative real numbers $a$, $b$, $c$,\n$$a(a-b)(a-c) + b(b-a)(b-c) + c(c-a)(c-b) \\ge 0.$$',
    solution:
      'The expression is symmetric, so assume $a \\ge b \\ge c \\ge 0$. The last term $c(c-a)(c-b)$ is a product of $c \\ge 0$ and two non-positive factors, so it is non-negative. The first two terms add up to $(a-b)\\bigl(a(a-c) - b(b-c)\\bigr)$, and $a(a-c) \\ge b(b-c)$ because $a \\ge b \\ge 0$ and $a - c \\ge b - c \\ge 0$. Since $a - b \\ge 0$, their sum is non-negative too.',
    guidelines:
      '(Partial)\n 1. Ordered the variables and showed that one of the three terms is non-negative.\n(Almost)\n 1. Correct grouping of the first two terms with a sign of a factor left unjustified.',
    shortAnswer: '',
    category: 'Algebra',
    level: 'pre-IMO',
    source: "Schur's inequality (I. Schur), case t = 1",
  },
];
