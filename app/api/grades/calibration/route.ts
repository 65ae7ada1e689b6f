import { gradesCalibration } from '@/lib/grading/calibration-service';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/**
 * `{points: [{sessionId, verifierMean, samples, humanPoints, …}], passedButLow: [sessionId],
 * buckets}`: how the verifier's mean score compares with people's grades.
 */
export const GET = handle(async () => Response.json(await gradesCalibration()));
