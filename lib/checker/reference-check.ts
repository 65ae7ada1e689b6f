import type { CheckerFinding } from '../schemas/checker';
import { referenceProblems } from '../structure';
import type { CheckerCheck } from './run-checker';

const finding = (line: number, label: string, description: string): CheckerFinding => ({
  check: 'references',
  severity: 'minor',
  category: 'reference',
  startLine: line,
  endLine: line,
  text: label,
  description,
});

/**
 * Labels, read from the proof's outline (lib/structure): a citation of a label defined nowhere,
 * a label defined twice, and a lemma cited before it is proved (legal, but a reader should
 * check the argument does not lean on what it is about to prove).
 */
export const referenceCheck: CheckerCheck = (p) => {
  const { dangling, duplicates, forward } = referenceProblems(p.text, p.tokens);
  return [
    ...dangling.map((d) =>
      finding(d.line, d.label, `${d.label} is cited here but defined nowhere in the proof.`),
    ),
    ...duplicates.map((d) =>
      finding(
        d.line,
        d.label,
        `${d.label} is defined a second time here; it was first defined on line ${d.firstLine}.`,
      ),
    ),
    ...forward.map((f) =>
      finding(
        f.line,
        f.label,
        `${f.label} is used here before it is proved further down: check that its proof does not rely on this step.`,
      ),
    ),
  ];
};
