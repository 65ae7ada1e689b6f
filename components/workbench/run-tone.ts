import type { OutcomeTone } from '@/lib/run-outcome';
import styles from './run-state.module.css';

/** The colour of a run's state line or outcome; an active run keeps the text colour. */
export const TONE_CLASS: Record<OutcomeTone, string> = {
  success: styles.success,
  warning: styles.warning,
  danger: styles.danger,
  neutral: styles.neutral,
  active: '',
};
