// The report in a real browser: Debian's Chromium, headless, driven by
// playwright-core over the page built from the fixture data. Skips with a
// message when Chromium is missing (.ci/run installs it).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../packages/core/src/report';
import { fixtureInput } from '../unit/report/fixture';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED report browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!available)('the report in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-browser-'));
    const { htmlPath } = await writeReport(dir, fixtureInput());
    url = pathToFileURL(htmlPath).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the numbers a person looks for, fetches nothing, and looks right', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const target = new URL(route.request().url());
      const local = target.protocol === 'file:' || ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname);
      if (local) return route.continue();
      blocked.push(target.href);
      return route.abort();
    });
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));

    await page.goto(url);
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim();

    expect(await page.title()).toBe('Blog autopilot — pipeline report');
    expect(await text('queue-count-PUBLISHED')).toBe('2');
    expect(await text('queue-count-AWAITING_APPROVAL')).toBe('2');
    expect(await text('queue-total')).toBe('7');
    expect(await text('decision')).toBe('review_only');
    expect(await text('decision-reason')).toContain('under the 80% publish threshold');
    expect(await text('open-incidents')).toBe('1');
    expect(await text('pass-rate')).toBe('62.5%');
    expect(await text('run-cost-run-3')).toBe('$0.0900');
    expect(await page.getByTestId('approval-row').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'open draft' }).getAttribute('href')).toBe(
      'https://shop.example/admin/articles/42',
    );
    expect(await page.getByTestId('incident-list').textContent()).toContain('Publish workflow unstable');
    // The hostile title is shown as text, never run.
    expect(await page.getByTestId('awaiting-approval').textContent()).toContain(
      'Gaiwan <script>alert(1)</script> vs teapot',
    );

    for (const chart of ['chart-pass-rate', 'chart-throughput', 'chart-cost']) {
      const box = await page.getByTestId(chart).boundingBox();
      expect(box?.width, chart).toBeGreaterThan(200);
    }
    expect(await page.locator('[data-testid="chart-throughput"] rect').count()).toBeGreaterThanOrEqual(6);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', 'report.png'), fullPage: true });

    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
