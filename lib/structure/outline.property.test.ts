import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildOutline } from './outline';

/**
 * Random Markdown proofs built from known nodes (sections as headings or bold numbered lines;
 * lemmas, claims, propositions, observations in bold, italic or plain form; proofs with cases;
 * tagged equations; filler prose with math that looks like labels) parse back to exactly the
 * tree they were built from.
 */
const SENTENCES = [
  'We now compute the sum.',
  'This follows directly from the definition.',
  'Hence the bound holds for every \\(n \\ge 1\\).',
  'Note that \\(\\text{Lemma 9.}\\) inside math is not a label.',
  'The map is injective, so both sides agree.',
  '`Case 7:` in code is not a label either.',
];
const style = fc.constantFrom('bold', 'italic', 'plain');
const body = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 2 });
const caseArb = fc.record({ style, body });
const proofArb = fc.record({
  style,
  body,
  cases: fc.array(caseArb, { maxLength: 3 }),
  qed: fc.boolean(),
});
const statementArb = fc.record({
  kind: fc.constantFrom('Lemma', 'Claim', 'Proposition', 'Observation'),
  style,
  body,
  equation: fc.boolean(),
  proof: fc.option(proofArb, { nil: undefined }),
});
const sectionArb = fc.record({
  title: fc.constantFrom('Setup', 'Bounds', 'Parity', 'Conclusion'),
  intro: body,
  statements: fc.array(statementArb, { maxLength: 3 }),
});
const docArb = fc.record({
  headings: fc.boolean(),
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 4 }),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function label(styleName: string, text: string, sep: string): string {
  if (styleName === 'bold') return `**${text}${sep}**`;
  if (styleName === 'italic') return `*${text}${sep}*`;
  return `${text}${sep}`;
}

/** Renders the document and the outline it must parse to ("kind|label|start-end|parent"). */
function render(doc: Doc): { text: string; expected: string[] } {
  const lines: string[] = [];
  const expected: { row: string; parent: string; start: number; end: number }[] = [];
  const counters: Record<string, number> = {};
  let equations = 0;
  const open = (kind: string, lbl: string, parent: string, line: string) => {
    if (lines.length > 0) lines.push('');
    lines.push(line);
    const node = { row: `${kind}|${lbl}`, parent, start: lines.length, end: lines.length };
    expected.push(node);
    return node;
  };
  const finish = (node: { end: number }) => {
    node.end = lines.length;
  };
  doc.sections.forEach((section, s) => {
    const n = String(s + 1);
    const head = doc.headings ? `## ${n}. ${section.title}` : `**${n}. ${section.title}**`;
    const sec = open('section', n, '', head);
    lines.push(...section.intro);
    for (const st of section.statements) {
      counters[st.kind] = (counters[st.kind] ?? 0) + 1;
      const name = `${st.kind} ${counters[st.kind]}`;
      const kind = st.kind === 'Proposition' ? 'proposition' : st.kind.toLowerCase();
      const node = open(kind, name, n, `${label(st.style, name, '.')} A statement.`);
      lines.push(...st.body);
      if (st.equation) {
        equations++;
        lines.push(`\\[ x_{${equations}} = y \\tag{${equations}} \\]`);
        expected.push({
          row: `equation|(${equations})`,
          parent: name,
          start: lines.length,
          end: lines.length,
        });
      }
      if (st.proof) {
        const proof = open(
          'proof',
          'Proof',
          name,
          `${label(st.proof.style, 'Proof', '.')} We argue.`,
        );
        lines.push(...st.proof.body);
        st.proof.cases.forEach((c, i) => {
          const caseNode = open(
            'case',
            `Case ${i + 1}`,
            'Proof',
            `${label(c.style, `Case ${i + 1}`, ':')} when so.`,
          );
          lines.push(...c.body);
          finish(caseNode);
        });
        if (st.proof.qed) lines[lines.length - 1] += ' ∎';
        finish(proof);
      }
      finish(node);
    }
    finish(sec);
  });
  const rows = expected.map((e) => `${e.row}|${e.start}-${e.end}|${e.parent}`);
  return { text: lines.join('\n'), expected: rows };
}

it('random Markdown proofs built from known nodes parse back to the same tree', () => {
  fc.assert(
    fc.property(docArb, (doc) => {
      const { text, expected } = render(doc);
      const outline = buildOutline(text);
      const byId = new Map(outline.nodes.map((n) => [n.id, n]));
      const got = outline.nodes.map((n) => {
        const parent = n.parentId ? byId.get(n.parentId)?.label : '';
        return `${n.kind}|${n.label}|${n.startLine}-${n.endLine}|${parent}`;
      });
      expect(got).toEqual(expected);
      expect(outline.dangling).toEqual([]);
      expect(outline.duplicates).toEqual([]);
    }),
    { numRuns: 300, seed: 17 },
  );
});
