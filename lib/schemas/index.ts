// First: configures zod before any schema here is used (see zod-config.ts).
import './zod-config';

export * from './api-error';
export * from './calibration';
export * from './checker';

export * from './findings';
export * from './grade';
export * from './import-job';
export * from './library';
export * from './limits';
export * from './list-query';
export * from './outline';
export * from './person-findings';
export * from './prompts';
export * from './review';
export * from './rubric';
export * from './run';
export * from './run-kinds';
export * from './search';
export * from './session';
export * from './session-export';
export * from './settings';
export * from './share';
export * from './usage';
export * from './verification';
