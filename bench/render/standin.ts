/**
 * A generated proof shaped like DeepSeekMath-V2's (used when the shared corpus is absent):
 * `###` sections, `---` rules, bold and italic prose with `\(…\)` inline math, `\[…\]`
 * displays with `\tag`, `aligned` and `cases` blocks — about one formula per 50 characters.
 */
function section(k: number): string {
  const n = `n_{${k}}`;
  return `### ${k}.  Estimating \\(S_{${k}}\\)

*Put \\(x = ${k}\\) in \\(P(x, y)\\):* for every integer \\(y \\ge ${k}\\) we have \\(f(y + ${k}) \\ge f(y) + ${k}\\), and therefore

\\[
f(2x) + 2f(${k}) = f\\bigl(f(x + ${k})\\bigr) \\tag{${k}.1}
\\]

Denote \\(${n} = \\lfloor \\sqrt{${k} + 1} \\rfloor\\) and \\(c_{${k}} = f(0) + ${k}\\). Then

\\[
\\begin{aligned}
S_{${k}} &= \\sum_{i=1}^{${n}} \\frac{a_i^2}{b_i + ${k}} \\\\
&\\ge \\frac{\\left(\\sum_{i=1}^{${n}} a_i\\right)^2}{\\sum_{i=1}^{${n}} b_i + ${k}${n}} \\\\
&= \\frac{${k * k}}{${k + 3}} + c_{${k}}.
\\end{aligned}
\\]

**Case analysis.** We have
\\[
g_{${k}}(t) = \\begin{cases} t^{${k}} & \\text{if } t \\ge 0, \\\\ -t^{${k}} & \\text{if } t < 0, \\end{cases}
\\]
so \\(g_{${k}}\\) is monotone and \\(g_{${k}}(${k}) = ${k}^{${k}}\\). Since \\(\\gcd(${k}, ${k + 1}) = 1\\) and \\(${k} \\mid ${k * (k + 1)}\\), the bound \\(S_{${k}} \\le 2^{${k}}\\) follows from \\((${k}.1)\\).

---

`;
}

export function standInProof(minChars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 1; length < minChars; k++) {
    const text = section(k);
    parts.push(text);
    length += text.length;
  }
  return parts.join('').trimEnd();
}
