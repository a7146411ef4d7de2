import { afterAll, beforeAll } from 'vitest';
import { SheetsQueueStore } from '../../packages/core/src/adapters/sheets/queue-store';
import { type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';
import { csvGrid, describeQueueStoreContract, trimRow } from './queue-store.contract';

let server: FakeSheetsServer;
let next = 0;
beforeAll(async () => {
  server = await startFakeSheets();
});
afterAll(() => server.close());

describeQueueStoreContract('SheetsQueueStore (fake Sheets API)', async () => {
  const spreadsheetId = `sheet-${++next}`;
  const tab = 'My "Queue" Tab';
  server.addSpreadsheet(spreadsheetId, { [tab]: [] });
  return {
    store: new SheetsQueueStore({
      spreadsheetId,
      queueTab: tab,
      auth: { accessToken: server.token },
      apiUrl: server.url,
      sleep: async () => {},
    }),
    seed: async (csvText) => {
      server.addSpreadsheet(spreadsheetId, { [tab]: csvGrid(csvText) });
    },
    dump: async () =>
      server.grid(spreadsheetId, tab).map((cells) => trimRow(cells.map((cell) => (cell === null ? '' : String(cell))))),
    cleanup: async () => {
      server.spreadsheets.delete(spreadsheetId);
    },
  };
});
