export * from './load';
export * from './setting';
export * from './settings';
