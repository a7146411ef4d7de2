import { describe, expect, it } from 'vitest';
import { evaluateSheetTab } from '../../../packages/core/src/services/doctor/sheet-tabs';
import { answer } from './helpers';

describe('sheets.queue-tab / sheets.runlog-tab', () => {
  it('passes a queue header with id (any case, any order)', () => {
    const r = evaluateSheetTab('queue', 'Queue', answer(200, { values: [['Title', ' ID ', 'status']] }), 's');
    expect(r).toMatchObject({ status: 'pass', detail: 'header row names id and 2 other queue column(s)' });
  });

  it('fails a queue tab without a header or without id', () => {
    expect(evaluateSheetTab('queue', 'Queue', answer(200, { range: "'Queue'!A1:A1" }), 's').detail).toBe(
      'tab "Queue" has no header row',
    );
    expect(evaluateSheetTab('queue', 'Queue', answer(200, { values: [['title']] }), 's').fix).toContain(
      'row 1 of "Queue"',
    );
  });

  it('passes an empty run-log tab: the run log writes its header itself', () => {
    expect(evaluateSheetTab('runlog', 'RunLog', answer(200, {}), 's').status).toBe('pass');
  });

  it('tells a missing tab, a missing spreadsheet and refused credentials apart', () => {
    const missingTab = evaluateSheetTab(
      'runlog',
      'Log',
      answer(400, { error: { message: 'Unable to parse range: Log!1:1' } }),
      's',
    );
    expect(missingTab.fix).toContain('SHEETS_RUNLOG_TAB');
    expect(evaluateSheetTab('queue', 'Queue', answer(404, {}), 'sheet-9').detail).toContain('sheet-9');
    expect(
      evaluateSheetTab(
        'queue',
        'Queue',
        answer(403, { error: { message: 'The caller does not have permission' } }),
        's',
      ).fix,
    ).toContain('client_email');
  });
});
