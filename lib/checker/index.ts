export {
  type CheckerCheck,
  type CheckerProof,
  DEFAULT_CHECKS,
  runChecker,
  statsOf,
  texCheck,
} from './run-checker';
