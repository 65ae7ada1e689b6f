import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '@/test/corpus-dir';
import { buildOutline } from './outline';

/**
 * Outlines of real model proofs (DeepSeekMath-V2 and the IMO25 agent's Grok-4 runs), written
 * out by hand from reading each proof: every node as "kind label start-end in parent", then the
 * tagged equations and the citation edges. Together they cover Markdown headings, bold
 * numbered sections mixed with headings, bold / italic / plain labels, unnumbered lemmas and
 * cases, "Claim (∗)", subcases, steps, base case and inductive step, proofs ended by ∎, and
 * `\tag{…}` and `\qquad (1)` equation labels.
 */
const CORPUS = CORPUS_DIR;
const present = existsSync(CORPUS);
if (!present)
  console.warn(
    `corpus outline tests skipped: ${CORPUS} is absent (a fresh clone has no ../shared)`,
  );

type Expected = { file: string; row: number; outline: string[]; equations: string; edges: string };

const EXPECTED: Record<string, Expected> = {
  'PB-Basic-002': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 1,
    outline: ['case Case 1 20-44 in root', 'case Case 2 48-98 in root'],
    equations: '(1)@11 (2)@35 (3)@41 (4)@59 (5)@66 (6)@72',
    edges: 'case-1>eq-2 case-1>eq-3 case-2>eq-1 case-2>eq-4 case-2>eq-5 case-2>eq-6',
  },
  'PB-Basic-004': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 3,
    outline: [
      'section 1 1-4 in root',
      'section 2 6-11 in root',
      'section 3 13-17 in root',
      'section 4 19-29 in root',
      'section 5 31-39 in root',
      'section 6 41-53 in root',
      'section 7 55-63 in root',
      'section 8 65-130 in root',
      'case Case 71-112 in section-8',
      'case Case 116-122 in section-8',
      'case Case 126-130 in section-8',
      'section 9 132-144 in root',
      'section 10 146-151 in root',
    ],
    equations: '(1)@16 (2)@28 (3)@38 (4)@61 (5)@88',
    edges:
      'section-5>eq-1 section-5>eq-2 section-7>eq-3 case>eq-4 case>eq-5 case-2>eq-5 case-3>eq-4 section-9>eq-4',
  },
  'PB-Basic-009': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 8,
    outline: [
      'step Step 1 42-67 in root',
      'step Step 2 69-77 in root',
      'step Step 3 79-110 in root',
      'step Step 4 112-136 in root',
    ],
    equations: '',
    edges: '',
  },
  'PB-Basic-011': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 10,
    outline: [
      'section 1 1-20 in root',
      'lemma Lemma 1 6-7 in section-1',
      'proof Proof 7-7 in lemma-1',
      'section 2 24-51 in root',
      'lemma Lemma 2 26-43 in section-2',
      'proof Proof 32-43 in lemma-2',
      'section 3 55-95 in root',
      'section 4 99-107 in root',
      'section 5 111-140 in root',
      'section 6 144-193 in root',
      'section 7 197-209 in root',
    ],
    equations: '(1)@17 (2)@29 (3)@48 (4)@60 (5)@82 (6)@88 (7)@94 (8)@104 (9)@116 (10)@137',
    edges:
      'section-2>lemma-2 section-3>eq-3 section-3>eq-1 section-4>eq-7 section-5>eq-8 section-6>lemma-2',
  },
  'PB-Basic-013': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 12,
    outline: [
      'section 1 14-16 in root',
      'section 2 20-25 in root',
      'lemma Lemma 1 22-25 in section-2',
      'proof Proof 24-25 in lemma-1',
      'section 3 29-42 in root',
      'section 4 46-81 in root',
      'section 5 85-164 in root',
      'lemma Lemma 2 109-135 in section-5',
      'proof Proof 120-135 in lemma-2',
      'section 6 168-182 in root',
      'section 7 186-188 in root',
    ],
    equations: '(1)@41 (2)@74 (3)@80 (4)@90 (5)@98 (6)@104',
    edges:
      'section-4>lemma-1 section-4>eq-2 section-5>eq-1 section-5>eq-4 section-5>lemma-2 section-5>eq-6 section-5>eq-5 section-6>eq-3 section-6>eq-4',
  },
  'PB-Basic-014': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 13,
    outline: [
      'section - 40-49 in root',
      'section - 53-101 in root',
      'lemma Lemma 64-101 in section-a-convenient-set',
      'proof Proof 66-101 in lemma',
      'case Case 1 68-69 in lemma-proof',
      'case Case 2 71-101 in lemma-proof',
      'section - 107-154 in root',
      'section - 158-164 in root',
    ],
    equations: '',
    edges: 'section-constructing-a-triple-with>lemma',
  },
  'PB-Basic-015': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 14,
    outline: [
      'section 1 1-20 in root',
      'section 2 22-48 in root',
      'lemma Lemma 1 35-44 in section-2',
      'proof Proof 37-44 in lemma-1',
      'section 3 50-90 in root',
      'claim Claim (∗) 56-90 in section-3',
      'proof Proof 64-90 in claim',
      'step Inductive step 69-90 in claim-proof',
      'observation Observation 73-90 in inductive-step',
      'case Case 1 82-83 in observation',
      'case Case 2 85-90 in observation',
      'section 4 92-111 in root',
      'lemma Lemma 2 96-111 in section-4',
      'proof Proof 99-111 in lemma-2',
      'section 5 113-119 in root',
    ],
    equations: '',
    edges: 'section-5>lemma-1 section-5>lemma-2',
  },
  'PB-Basic-021': {
    file: 'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
    row: 20,
    outline: [
      'section 1 7-22 in root',
      'lemma Lemma 1 9-20 in section-1',
      'proof Proof 13-20 in lemma-1',
      'section 2 26-180 in root',
      'case Base case 39-44 in section-2',
      'step Inductive step 48-180 in section-2',
      'step Step 1 64-72 in inductive-step',
      'step Step 2 75-88 in inductive-step',
      'step Step 3 91-96 in inductive-step',
      'step Step 4 99-113 in inductive-step',
      'step Step 5 116-146 in inductive-step',
      'step Step 6 149-159 in inductive-step',
      'step Step 7 162-180 in inductive-step',
      'section 3 184-192 in root',
    ],
    equations: '',
    edges: 'step-1>lemma-1 step-6>step-4',
  },
  'Putnam2024-B2': {
    file: 'deepseek-math-v2/Putnam2024.jsonl',
    row: 7,
    outline: [
      'section 1 1-8 in root',
      'section 2 12-40 in root',
      'lemma Lemma 1 14-26 in section-2',
      'proof Proof 17-26 in lemma-1',
      'lemma Lemma 2 28-40 in section-2',
      'proof Proof 31-40 in lemma-2',
      'section 3 44-63 in root',
      'section 4 67-204 in root',
      'section 4.1 73-77 in section-4',
      'section 4.2 81-113 in section-4',
      'section 4.3 117-176 in section-4',
      'section 4.4 180-183 in section-4',
      'section 4.5 187-196 in section-4',
      'section 4.6 200-204 in section-4',
      'section 5 208-212 in root',
      'section 6 216-222 in root',
    ],
    equations: '(1)@112 (2)@122 (3)@134 (4)@153 (5)@167',
    edges:
      'section-3>lemma-1 section-3>lemma-2 section-4-3>eq-1 section-4-3>eq-2 section-4-3>eq-4 section-4-3>eq-3 section-4-3>eq-5 section-4-4>eq-5 section-4-4>eq-1',
  },
  'grok-4-solution_p1_grok4-016': {
    file: 'verifier-reports/grok-4.jsonl',
    row: 16,
    outline: [
      'case Base case 7-22 in root',
      'step Inductive step 24-37 in root',
      'lemma Lemma 1 26-26 in inductive-step',
      'lemma Lemma 2 28-37 in inductive-step',
    ],
    equations: '',
    edges: '',
  },
  'grok-4-solution_p2_grok4-068': {
    file: 'verifier-reports/grok-4.jsonl',
    row: 68,
    outline: [
      'lemma Lemma 1 21-40 in root',
      'lemma Lemma 2 42-54 in root',
      'lemma Lemma 3 56-64 in root',
      'lemma Lemma 4 66-80 in root',
    ],
    equations: '',
    edges: '',
  },
  'grok-4-solution_p3_grok4-070': {
    file: 'verifier-reports/grok-4.jsonl',
    row: 70,
    outline: [
      'case Case 1 7-7 in root',
      'case Case 2 9-9 in root',
      'case Case 3 11-11 in root',
      'case Case 4 13-29 in root',
      'case Subcase 4.1 15-15 in case-4',
      'case Subcase 4.2 17-29 in case-4',
    ],
    equations: '',
    edges: '',
  },
};

function proofOf(file: string, row: number): string {
  const line = readFileSync(path.join(CORPUS, file), 'utf8').split('\n')[row];
  const record = JSON.parse(line);
  return record.model_prediction?.proof ?? record.proof;
}

describe.skipIf(!present)('outlines of real proofs match the hand-written ones', () => {
  for (const [name, want] of Object.entries(EXPECTED)) {
    it(name, () => {
      const outline = buildOutline(proofOf(want.file, want.row));
      const nodes = outline.nodes.filter((n) => n.kind !== 'equation');
      expect(
        nodes.map(
          (n) =>
            `${n.kind} ${n.label || '-'} ${n.startLine}-${n.endLine} in ${n.parentId ?? 'root'}`,
        ),
      ).toEqual(want.outline);
      const equations = outline.nodes.filter((n) => n.kind === 'equation');
      expect(equations.map((n) => `${n.label}@${n.startLine}`).join(' ')).toBe(want.equations);
      expect(outline.edges.map((e) => `${e.from}>${e.to}`).join(' ')).toBe(want.edges);
    });
  }

  it('the whole corpus has few reference problems, each one real', () => {
    // Every dangling citation in the corpus, read by hand: Grok-4 cites lemmas of its method
    // sketch (not part of the proof) or states "prove Lemma 1: …" mid-sentence; PB-Basic-001
    // writes `\tag{1'}, (2')`, a second label after a tag.
    const dangling: string[] = [];
    for (const file of [
      'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
      'verifier-reports/grok-4.jsonl',
    ]) {
      const rows = readFileSync(path.join(CORPUS, file), 'utf8').split('\n').filter(Boolean);
      rows.forEach((_, i) => {
        for (const d of buildOutline(proofOf(file, i)).dangling)
          dangling.push(`${path.basename(file)}:${i} ${d.label}@${d.line}`);
      });
    }
    expect(new Set(dangling)).toEqual(
      new Set([
        "IMO-ProofBench-Basic.jsonl:0 (2')@35",
        'grok-4.jsonl:14 Lemma 2@227',
        'grok-4.jsonl:14 Lemma 3@333',
        'grok-4.jsonl:15 Lemma 2@227',
        'grok-4.jsonl:15 Lemma 3@333',
        'grok-4.jsonl:66 Lemma 1@27',
        'grok-4.jsonl:66 Lemma 1@47',
        'grok-4.jsonl:67 Lemma 1@27',
        'grok-4.jsonl:67 Lemma 1@47',
      ]),
    );
  });
});
