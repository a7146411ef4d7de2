export * from './build-report';
export * from './csv-export';
export * from './escape';
export * from './html';
export * from './markdown';
export * from './report-data';
export * from './run-log-stats';
export * from './svg-chart';
