export * from './decision-log';
export * from './describe';
export * from './metrics';
export * from './need-human';
export * from './outcome-class';
export * from './recommend';
