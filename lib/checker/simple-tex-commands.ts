import { MATH_MACROS } from '../math/katex-options';

/**
 * The commands simple-tex.ts reads without KaTeX, by what KaTeX makes of each (its symbol
 * table and function definitions, written out here by hand for the names proofs use).
 * simple-tex.test.ts checks every name against KaTeX's own tree. A name that is a macro
 * (KaTeX's or ours, MATH_MACROS) expands into other tokens with locations of their own, so
 * it is left out unless its expansion is reproduced on purpose (`\neq`, the kerns).
 */

/** Symbol commands KaTeX reads as one node of the same text, by their node's class. */
export const SYMBOLS = new Map<string, { type: string; family?: string }>();

const define = (map: Map<string, unknown>, names: string, value: unknown) => {
  for (const name of names.split(' '))
    if (!(`\\${name}` in MATH_MACROS)) map.set(`\\${name}`, value);
};

define(
  SYMBOLS,
  'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega',
  { type: 'mathord' },
);
define(
  SYMBOLS,
  'Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega infty emptyset varnothing angle partial nabla forall exists nexists ell triangle square top bot neg lnot prime vert Vert aleph',
  { type: 'textord' },
);
// `\|` is a control symbol: its name is not a letter run, so it is set apart from the split.
SYMBOLS.set('\\|', { type: 'textord' });
define(
  SYMBOLS,
  'cdot times pm mp div circ ast star cup cap setminus bullet wedge vee oplus otimes odot land lor sqcup',
  { type: 'atom', family: 'bin' },
);
define(
  SYMBOLS,
  'le ge leq geq leqq geqq leqslant geqslant lt gt approx equiv sim simeq cong propto mid nmid in ni subset subseteq subsetneq supset supseteq to mapsto perp parallel ll gg prec succ triangleq therefore because rightarrow leftarrow leftrightarrow gets Rightarrow Leftarrow Leftrightarrow longrightarrow longleftarrow Longrightarrow Longleftarrow Longleftrightarrow uparrow downarrow',
  { type: 'atom', family: 'rel' },
);
define(SYMBOLS, 'lfloor lceil langle lvert lVert lbrace lbrack', { type: 'atom', family: 'open' });
define(SYMBOLS, 'rfloor rceil rangle rvert rVert rbrace rbrack', { type: 'atom', family: 'close' });
SYMBOLS.set('\\{', { type: 'atom', family: 'open' });
SYMBOLS.set('\\}', { type: 'atom', family: 'close' });
// `\ldots` itself is a symbol; `\dots` and `\cdots` are macros that look at what follows.
define(SYMBOLS, 'ldots', { type: 'atom', family: 'inner' });
// A control space: a symbol of its own class, which KaTeX gives a location.
SYMBOLS.set('\\ ', { type: 'spacing' });

/**
 * Spaces KaTeX reads as a kern of a fixed width: a node with no location, which takes no
 * script and is none (KaTeX rejects `x^\,`; a `^` after one has no base).
 */
export const KERNS = new Map<string, { number: number; unit: string }>([
  ['\\,', { number: 3, unit: 'mu' }],
  ['\\:', { number: 4, unit: 'mu' }],
  ['\\>', { number: 4, unit: 'mu' }],
  ['\\;', { number: 5, unit: 'mu' }],
  ['\\!', { number: -3, unit: 'mu' }],
  ['\\quad', { number: 1, unit: 'em' }],
  ['\\qquad', { number: 2, unit: 'em' }],
]);

/** Operators without arguments: `limits` and `symbol` as KaTeX's op functions set them. */
export const OPERATORS = new Map<string, { limits: boolean; symbol: boolean }>();
define(OPERATORS, 'sum prod coprod bigcup bigcap bigvee bigwedge bigoplus bigotimes bigodot', {
  limits: true,
  symbol: true,
});
define(
  OPERATORS,
  'arcsin arccos arctan arg cos cosh cot coth csc deg dim exp hom ker lg ln log sec sin sinh tan tanh',
  { limits: false, symbol: false },
);
define(OPERATORS, 'det gcd inf lim max min Pr sup', { limits: true, symbol: false });
define(OPERATORS, 'int iint iiint oint', { limits: false, symbol: true });

/** Fractions and binomials: KaTeX's genfrac, and the style its `d`/`t` forms wrap it in. */
export const FRACTIONS = new Map<string, { bar: boolean; style?: 'display' | 'text' }>();
define(FRACTIONS, 'frac', { bar: true });
define(FRACTIONS, 'dfrac', { bar: true, style: 'display' });
define(FRACTIONS, 'tfrac', { bar: true, style: 'text' });
define(FRACTIONS, 'binom', { bar: false });
define(FRACTIONS, 'dbinom', { bar: false, style: 'display' });
define(FRACTIONS, 'tbinom', { bar: false, style: 'text' });

/** Font commands taking one argument; the node names the font without its backslash. */
export const FONTS = new Map<string, string>();
// Literal names (not split from one string): a node's font is then an internalised string,
// as KaTeX's own are.
for (const name of [
  'mathrm',
  'mathit',
  'mathbf',
  'mathnormal',
  'mathbb',
  'mathcal',
  'mathfrak',
  'mathscr',
  'mathsf',
  'mathtt',
])
  if (!(`\\${name}` in MATH_MACROS)) FONTS.set(`\\${name}`, name);

/**
 * Accents over one argument: KaTeX's accent node, stretchy unless it is one of the narrow
 * accents, and shifty unless it is a stretchy arrow.
 */
export const ACCENTS = new Map<string, { isStretchy: boolean; isShifty: boolean }>();
define(ACCENTS, 'hat bar tilde vec dot ddot check breve acute grave', {
  isStretchy: false,
  isShifty: true,
});
define(ACCENTS, 'widehat widetilde', { isStretchy: true, isShifty: true });
define(ACCENTS, 'overrightarrow overleftarrow overleftrightarrow', {
  isStretchy: true,
  isShifty: false,
});

/** Style switches: the rest of the list, in the style the name gives. */
export const STYLES = new Map<string, string>();
for (const style of ['display', 'text', 'script', 'scriptscript'])
  if (!(`\\${style}style` in MATH_MACROS)) STYLES.set(`\\${style}style`, style);

/**
 * Macros whose expansion takes no argument and is located in the macro's own text: the same
 * nodes wherever the name is written, read once from KaTeX (simple-tex.ts).
 */
export const FIXED_MACROS = new Set(
  ['\\neq', '\\ne', '\\notin', '\\implies', '\\iff'].filter((name) => !(name in MATH_MACROS)),
);

/** Text commands: the node keeps the command's name as its font. */
export const TEXTS = new Set<string>();
for (const name of 'text textrm textsf texttt textnormal textbf textmd textit textup emph'.split(
  ' ',
))
  if (!(`\\${name}` in MATH_MACROS)) TEXTS.add(`\\${name}`);

/** `\big(` and kin: the size and class KaTeX's delimsizing gives each. */
export const SIZED = new Map<string, { size: number; mclass: string }>();
for (const [suffix, mclass] of [
  ['l', 'mopen'],
  ['r', 'mclose'],
  ['m', 'mrel'],
  ['', 'mord'],
]) {
  const stems = ['big', 'Big', 'bigg', 'Bigg'];
  for (let i = 0; i < stems.length; i++)
    SIZED.set(`\\${stems[i]}${suffix}`, { size: i + 1, mclass });
}

/** What `\left`, `\right` and `\big` accept, among the symbols read here. */
export const DELIMITERS = new Set(
  '( ) [ ] < > / | . \\{ \\} \\lbrace \\rbrace \\lbrack \\rbrack \\lfloor \\rfloor \\lceil \\rceil \\langle \\rangle \\lvert \\rvert \\lVert \\rVert \\vert \\Vert \\| \\lt \\gt \\uparrow \\downarrow'.split(
    ' ',
  ),
);
