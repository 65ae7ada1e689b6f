export type { Citation } from './citations';
export { buildOutline, type Outline, referenceProblems, statementLines } from './outline';
export type { DuplicateLabel, Edge, ForwardReference } from './references';
