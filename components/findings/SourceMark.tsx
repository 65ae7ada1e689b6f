import { Bot, Cpu, UserRound } from 'lucide-react';
import type { FindingSupport } from '@/lib/schemas';
import styles from './person-findings.module.css';

const LABEL = { verifier: 'verifier', person: 'person', checker: 'check' } as const;
const ICON = { verifier: Bot, person: UserRound, checker: Cpu } as const;

export type SourceName = keyof typeof LABEL;

function titleOf(source: SourceName, support?: FindingSupport | null): string {
  if (source === 'person') return 'Written by a person';
  if (source === 'checker') return 'Raised by a deterministic check';
  return support
    ? `Raised by the verifier (${support.foundBy} of ${support.sampleCount} samples)`
    : 'Raised by the verifier';
}

/**
 * Who raised a finding, as an icon and a word: the same mark in the findings list, the
 * editor's inline box, the review queue and the read-only pages (the gutter draws its shape).
 */
export function SourceMark({
  source,
  support,
}: {
  source: string;
  support?: FindingSupport | null;
}) {
  const s = (source in LABEL ? source : 'verifier') as SourceName;
  const Icon = ICON[s];
  return (
    <span
      className={styles.source}
      data-source={s}
      data-testid="finding-source"
      title={titleOf(s, support)}
    >
      <Icon size={12} aria-hidden />
      {LABEL[s]}
    </span>
  );
}
