export { executorNotification } from './notification';
export { runExecutor } from './run';
export type * from './types';
