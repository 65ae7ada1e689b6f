import { gradingApi } from './grading';
import { libraryApi } from './library';
import { createSend } from './request';
import { reviewApi } from './review';
import { runsApi } from './runs';
import { searchesApi } from './searches';
import { sessionsApi } from './sessions';
import { settingsApi } from './settings';
import { sharingApi } from './sharing';

/**
 * The browser's one way to the Proofdesk API: a typed function per endpoint, grouped by area.
 * Request and answer types come from lib/schemas; every failure is an ApiError.
 */
export function createApiClient(baseUrl = '') {
  const send = createSend(baseUrl);
  return {
    sessions: sessionsApi(send),
    runs: runsApi(send, baseUrl),
    searches: searchesApi(send),
    library: libraryApi(send),
    review: reviewApi(send),
    grading: gradingApi(send),
    sharing: sharingApi(send),
    settings: settingsApi(send),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Same-origin client for the app's pages. */
export const api: ApiClient = createApiClient();

export { ApiError, CLIENT_ERROR_CODES, isApiError } from './api-error';
