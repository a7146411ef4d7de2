export * from './extract-draft';
export * from './gate';
export * from './render';
export * from './rules';
export * from './slug';
export * from './text';
export * from './thresholds';
export * from './validate';
