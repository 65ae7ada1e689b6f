import type { MetaStatus } from '@/lib/schemas';
import styles from './samples.module.css';

/** The colour of a meta-verification mark; an unchecked finding or sample has none. */
export const META_CLASS: Record<MetaStatus, string> = {
  confirmed: styles.confirmed,
  disputed: styles.disputed,
  unchecked: '',
};
