export * from './findings';
export * from './limits';
export * from './run';
export * from './session';
