export * from './roles';
export * from './mask';
export * from './office';
export * from './lockout';
