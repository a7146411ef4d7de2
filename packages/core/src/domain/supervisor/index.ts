export * from './decide';
export * from './disable';
export * from './health';
export * from './notify';
export * from './queue-facts';
export * from './stall';
export * from './types';
