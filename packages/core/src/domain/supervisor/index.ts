export * from './decide';
export * from './health';
export * from './notify';
export * from './queue-facts';
export * from './types';
