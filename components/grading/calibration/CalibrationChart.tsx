import { humanLow, verifierPassed } from '@/lib/grading/calibration';
import type { CalibrationPoint } from '@/lib/schemas';
import styles from './calibration.module.css';
import {
  CHART,
  clusterRadius,
  DOT_RADIUS,
  dotLabel,
  placeDots,
  plotHeight,
  plotWidth,
  xOf,
  yOf,
} from './chart-layout';

const X_TICKS = [0, 0.25, 0.5, 0.75, 1];
const SEVENTHS = [0, 1, 2, 3, 4, 5, 6, 7];
const TENTHS = [0, 2, 4, 6, 8, 10];

/**
 * Verifier mean (x) against human grade (y), one dot per graded session, each a link to its
 * session. Left axis in points of 7; a right axis in points of 10 appears when a Putnam grade
 * is plotted. Dots the verifier passed that a person graded ≤ 2/7 are drawn in red, above the
 * dashed line that marks 2/7.
 */
export function CalibrationChart({ points }: { points: CalibrationPoint[] }) {
  const dots = placeDots(points);
  const hasTen = points.some((p) => p.maxPoints === 10);
  const low = yOf(2 / 7);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={`Verifier mean against human grade, ${points.length} sessions`}
      data-testid="calibration-chart"
    >
      <rect
        x={CHART.left}
        y={CHART.top}
        width={plotWidth}
        height={plotHeight}
        className={styles.plot}
      />
      {SEVENTHS.map((k) => (
        <g key={`l${k}`}>
          <line
            x1={CHART.left}
            x2={CHART.left + plotWidth}
            y1={yOf(k / 7)}
            y2={yOf(k / 7)}
            className={styles.grid}
          />
          <text x={CHART.left - 8} y={yOf(k / 7) + 4} textAnchor="end" className={styles.tick}>
            {k}
          </text>
        </g>
      ))}
      {hasTen
        ? TENTHS.map((k) => (
            <text
              key={`r${k}`}
              x={CHART.left + plotWidth + 8}
              y={yOf(k / 10) + 4}
              className={styles.tick}
            >
              {k}
            </text>
          ))
        : null}
      {X_TICKS.map((t) => (
        <text
          key={t}
          x={xOf(t)}
          y={CHART.top + plotHeight + 16}
          textAnchor="middle"
          className={styles.tick}
        >
          {t}
        </text>
      ))}
      <line
        x1={CHART.left}
        x2={CHART.left + plotWidth}
        y1={low}
        y2={low}
        className={styles.lowLine}
      />
      <text x={CHART.left + 6} y={low - 5} className={styles.lowLabel}>
        human ≤ 2/7
      </text>
      <text
        x={CHART.left + plotWidth / 2}
        y={CHART.height - 6}
        textAnchor="middle"
        className={styles.axis}
      >
        verifier mean score (1 = every sample found no issue)
      </text>
      <text
        transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        className={styles.axis}
      >
        human points (of 7)
      </text>
      {hasTen ? (
        <text
          transform={`translate(${CHART.width - 10} ${CHART.top + plotHeight / 2}) rotate(90)`}
          textAnchor="middle"
          className={styles.axis}
        >
          human points (of 10, Putnam)
        </text>
      ) : null}
      {dots.map(({ point: p, cx, cy, stack, first }) => {
        const flagged = verifierPassed(p.verifierMean) && humanLow(p.humanPoints, p.maxPoints);
        return (
          // A plain SVG link: the session opens like any page.
          <a
            key={p.sessionId}
            href={`/sessions/${p.sessionId}`}
            data-testid="calibration-dot"
            data-session-id={p.sessionId}
            data-flagged={flagged}
          >
            <title>{dotLabel(p)}</title>
            <circle
              cx={cx}
              cy={cy}
              r={DOT_RADIUS}
              className={flagged ? styles.dotLow : styles.dot}
            />
            {first && stack > 2 ? (
              <text
                x={cx - clusterRadius(stack) - 4}
                y={cy + 4}
                textAnchor="end"
                className={styles.stack}
              >
                {stack} sessions
              </text>
            ) : null}
          </a>
        );
      })}
    </svg>
  );
}
