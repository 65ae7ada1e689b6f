import 'server-only';
import { listCalibrationPoints } from '@/lib/db';
import type { Calibration } from '@/lib/schemas';
import { calibrationBuckets, passedButLow } from './calibration';

/** `GET /api/grades/calibration`: verifier mean against human grade, per graded session. */
export async function gradesCalibration(): Promise<Calibration> {
  const points = await listCalibrationPoints();
  return { points, passedButLow: passedButLow(points), buckets: calibrationBuckets(points) };
}
