export { createSheetsAuth, SHEETS_SCOPE, type SheetsAuth, type SheetsAuthOptions } from './auth';
export { SheetsQueueStore } from './queue-store';
export { SheetsRunLog } from './run-log';
export { type CellValue, type SheetsOptions, SheetsValuesClient, type ValueRender } from './values-client';
