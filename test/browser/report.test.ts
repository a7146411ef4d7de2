// The report in a real browser: Debian's Chromium, headless, driven by
// playwright-core over the page built from the fixture data. Skips with a
// message when Chromium is missing (.ci/run installs it).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { writeReport } from '../../packages/core/src/report';
import { fixtureInput, queueRow, queueRows } from '../unit/report/fixture';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED report browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!available)('the report in Chromium', () => {
  let browser: Browser;
  let url: string;
  /** A state folder as `autopilot start` leaves it: the local site with a draft, the report in report/. */
  let state: string;
  let server: Server | undefined;
  let served: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-browser-'));
    const { htmlPath } = await writeReport(dir, fixtureInput());
    url = pathToFileURL(htmlPath).href;

    state = await mkdtemp(join(tmpdir(), 'report-browser-state-'));
    const draft = await new SitePublisher({ stateDir: state }).create({
      item_id: 'oolong-guide',
      handle: 'oolong-for-beginners',
      title: 'Oolong for beginners',
      summary: 'From floral to roasted.',
      body_html: '<p>Oolong sits between green and black tea.</p>',
      tags: ['oolong'],
      published: false,
    });
    await writeReport(join(state, 'report'), {
      ...fixtureInput({
        queueRows: [
          ...queueRows.filter((r) => r.status !== 'AWAITING_APPROVAL'),
          queueRow(8, {
            id: 'oolong-guide',
            title: draft.title,
            status: 'AWAITING_APPROVAL',
            approval: 'pending',
            article_id: draft.id,
            article_url: draft.url,
          }),
        ],
      }),
      siteBase: '..',
    });
    // The state folder served over HTTP (as a static host would), on 127.0.0.1 only.
    server = createServer(async (req, res) => {
      const path = normalize(join(state, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!path.startsWith(state + sep)) return void res.writeHead(403).end();
      try {
        const body = await readFile(path);
        res.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html; charset=utf-8' : 'text/plain' });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report/index.html`;
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
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
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
  it.each([
    ['opened from its folder', () => pathToFileURL(join(state, 'report', 'index.html')).href],
    ['served with the state folder', () => served],
  ])('"open draft" reaches the draft page when the report is %s', async (_how, where) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(where());
    await page.getByRole('link', { name: 'open draft' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toMatch(/\/site\/articles\/oolong-for-beginners\.html$/);
    expect(await page.locator('h1').first().textContent()).toContain('Oolong for beginners');
    expect(await page.textContent('body')).toContain('DRAFT');
    await page.close();
  });

  it('has no horizontal overflow at 390 px wide', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.route('**/*', (route) =>
      new URL(route.request().url()).protocol === 'file:' ? route.continue() : route.abort(),
    );
    for (const target of [url, pathToFileURL(join(state, 'report', 'index.html')).href]) {
      await page.goto(target);
      // Evaluated in the page (a string: this project's TypeScript has no DOM types).
      const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
        '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
      );
      expect(scrollWidth, target).toBeLessThanOrEqual(clientWidth);
      // Nothing sticks out of the page on the right either (wide tables scroll inside their section).
      const widest = await page.evaluate<number>(
        "Math.max(...[...document.querySelectorAll('section')].map((el) => el.getBoundingClientRect().right))",
      );
      expect(widest).toBeLessThanOrEqual(390);
    }
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', 'report-390.png'), fullPage: true });
    await page.close();
  });
});
