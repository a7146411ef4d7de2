// buildReport: the data and the page; writeReport: both on disk.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReportHtml } from './html';
import { buildReportData, type ReportData, type ReportInput } from './report-data';

export async function buildReport(input: ReportInput): Promise<{ html: string; data: ReportData }> {
  const data = await buildReportData(input);
  return { html: renderReportHtml(data), data };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}

/** Writes `<outDir>/index.html` and `<outDir>/data.json`. */
export async function writeReport(
  outDir: string,
  input: ReportInput,
): Promise<{ htmlPath: string; dataPath: string; data: ReportData }> {
  const { html, data } = await buildReport(input);
  await mkdir(outDir, { recursive: true });
  const htmlPath = join(outDir, 'index.html');
  const dataPath = join(outDir, 'data.json');
  await writeAtomically(htmlPath, html);
  await writeAtomically(dataPath, `${JSON.stringify(data, null, 2)}\n`);
  return { htmlPath, dataPath, data };
}
