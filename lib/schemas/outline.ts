import { z } from 'zod';

/**
 * What a node of a proof's outline is. `proof` is the proof body that follows a lemma (or a
 * free-standing "Proof of Lemma 2"); `equation` is a tagged display formula (`\tag{3}`, `(3)`).
 */
export const outlineKindSchema = z.enum([
  'section',
  'lemma',
  'claim',
  'proposition',
  'observation',
  'case',
  'step',
  'proof',
  'equation',
]);
export type OutlineKind = z.infer<typeof outlineKindSchema>;

/** One node of the outline; lines are 1-based and inclusive. */
export const outlineNodeSchema = z.object({
  id: z.string(),
  kind: outlineKindSchema,
  /** The label as the text names it ("Lemma 2", "Case 2(a)", "(3)"); "" for an unnumbered section. */
  label: z.string(),
  title: z.string(),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  parentId: z.string().nullable(),
});
export type OutlineNode = z.infer<typeof outlineNodeSchema>;

/** A label cited but defined nowhere ("by Lemma 4" with no Lemma 4). */
export const danglingReferenceSchema = z.object({ label: z.string(), line: z.number().int() });
export type DanglingReference = z.infer<typeof danglingReferenceSchema>;

/** Findings on a node's lines, rolled up: counts by severity, and how many are still undecided. */
export const nodeFindingsSchema = z.object({
  critical: z.number().int(),
  gap: z.number().int(),
  minor: z.number().int(),
  open: z.number().int(),
});
export type NodeFindings = z.infer<typeof nodeFindingsSchema>;

/** `GET /api/rounds/:id/outline` (issue 17). */
export const roundOutlineSchema = z.object({
  nodes: z.array(
    outlineNodeSchema.extend({
      /** Nodes this one cites, in the order first cited. */
      refs: z.array(z.string()),
      findings: nodeFindingsSchema,
      /** The score of this node's own latest part verification (absent if never verified alone). */
      partScore: z.number().nullable().optional(),
      /** Whether this node, or a part holding it, was verified on its own ("Verify this part"). */
      partVerified: z.boolean().optional(),
    }),
  ),
  dangling: z.array(danglingReferenceSchema),
  /** Citations of a lemma before it is proved: legal, but shown. */
  forward: z.array(z.object({ label: z.string(), line: z.number().int(), nodeId: z.string() })),
  /** Whether the round has been verified (a node without findings is then "no issues found"). */
  verified: z.boolean(),
});
export type RoundOutline = z.infer<typeof roundOutlineSchema>;
