import 'server-only';

// The search area's one entry: everything outside lib/search imports from here.
export { cancelSearch, pauseSearch, resumeInterruptedSearches } from './control';
export { searchLowerBound, type TimedCandidate } from './lower-bound';
export { openCandidateAsRound } from './open-round';
export { resumeSearch, searchRunJob, startSearch } from './run-search';
export { searchView } from './view';
