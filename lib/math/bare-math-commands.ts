/** Relations and binary operators: their operands sit on both sides (`2025 \times 2025`). */
export const BINARY_COMMANDS: ReadonlySet<string> = new Set(
  (
    'times cdot div pm mp le leq ge geq ne neq equiv approx sim simeq cong propto in notin ni ' +
    'subset subseteq supset supseteq cap cup setminus mid nmid parallel perp to rightarrow ' +
    'leftarrow Rightarrow Leftarrow Longrightarrow Longleftarrow leftrightarrow Leftrightarrow ' +
    'Longleftrightarrow implies impliedby iff mapsto circ ll gg prec succ preceq succeq wedge vee ' +
    'oplus otimes bmod geqslant leqslant not neg land lor nsubseteq'
  ).split(' '),
);

/** Other commands that exist only in math mode: a bare one is a formula missing its `$`. */
export const SYMBOL_COMMANDS: ReadonlySet<string> = new Set(
  (
    'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi ' +
    'pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta ' +
    'Lambda Xi Pi Sigma Upsilon Phi Psi Omega mathbb mathcal mathbf mathrm mathfrak mathit ' +
    'mathscr operatorname frac dfrac tfrac binom dbinom sqrt sum prod int oint lim limsup liminf ' +
    'max min sup inf gcd lcm deg log ln exp sin cos tan cot sec csc arcsin arccos arctan det dim ' +
    'ker infty partial nabla forall exists nexists emptyset varnothing angle triangle ldots ' +
    'cdots dots vdots ddots overline underline vec hat bar tilde widehat widetilde overrightarrow ' +
    'lfloor rfloor lceil rceil langle rangle boxed pmod ell aleph Re Im R N Z Q C F left'
  ).split(' '),
);

/** Spacing and delimiter-size commands allowed inside a run once it has started. */
export const GLUE_COMMANDS: ReadonlySet<string> = new Set(
  'right big Big bigl bigr Bigl Bigr quad qquad displaystyle limits'.split(' '),
);
