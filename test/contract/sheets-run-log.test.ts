import { afterAll, beforeAll } from 'vitest';
import { SheetsRunLog } from '../../packages/core/src/adapters/sheets/run-log';
import { type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';
import { describeRunLogContract } from './run-log.contract';

let server: FakeSheetsServer;
let next = 0;
beforeAll(async () => {
  server = await startFakeSheets();
});
afterAll(() => server.close());

describeRunLogContract('SheetsRunLog (fake Sheets API)', async () => {
  const spreadsheetId = `log-${++next}`;
  server.addSpreadsheet(spreadsheetId, { "Run 'Log'": [] });
  return {
    log: new SheetsRunLog({
      spreadsheetId,
      runLogTab: "Run 'Log'",
      auth: { accessToken: server.token },
      apiUrl: server.url,
      sleep: async () => {},
    }),
    cleanup: async () => {
      server.spreadsheets.delete(spreadsheetId);
    },
  };
});
