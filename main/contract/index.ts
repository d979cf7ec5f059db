export * from './errors';
export * from './users';
export * from './session';
export * from './settings';
export * from './health';
export * from './events';
export * from './routes';
export * from './openapi';
