export {
  type CheckerCheck,
  type CheckerProof,
  DEFAULT_CHECKS,
  runChecker,
  runCheckerInSlices,
  statsOf,
  texCheck,
} from './run-checker';
