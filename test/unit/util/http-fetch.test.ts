// util/http-fetch.ts: the fetch Octokit gets, over node:http, against a local
// server — what Octokit reads of a response, redirects as fetch follows them,
// and the failures: a timeout, a run's abort, a refused connection.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from '../../../packages/core/src/util/http-fetch';

type Seen = { method?: string; url?: string; headers: IncomingMessage['headers']; body: string };
const seen: Seen[] = [];
let server: Server;
let other: Server;
let base = '';
let otherBase = '';

function listen(s: Server): Promise<string> {
  return new Promise((done) =>
    s.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === '/json') {
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '42' });
        return res.end(JSON.stringify({ id: 7, echo: body }));
      }
      if (req.url === '/missing') {
        res.writeHead(404, 'Not Found', { 'content-type': 'application/json' });
        return res.end('{"message":"Not Found"}');
      }
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/json' });
        return res.end();
      }
      if (req.url === '/see-other') {
        res.writeHead(303, { location: `${otherBase}/landing` });
        return res.end();
      }
      if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        return res.end();
      }
      if (req.url === '/never') return; // never answers
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    });
  });
  other = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body: '' });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('landed');
  });
  base = await listen(server);
  otherBase = await listen(other);
});

afterAll(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

describe('httpFetch', () => {
  it('sends method, headers and body; gives status, headers and the body', async () => {
    const response = await httpFetch(`${base}/json`, {
      method: 'POST',
      headers: { authorization: 'token abc', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('42');
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'x-ratelimit-remaining': '42' });
    expect(await response.json()).toEqual({ id: 7, echo: '{"a":1}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/json', body: '{"a":1}' });
    expect(seen.at(-1)?.headers.authorization).toBe('token abc');
  });

  it('follows a redirect and says where it ended', async () => {
    const response = await httpFetch(`${base}/moved`);
    expect(response.status).toBe(201);
    expect(response.url).toBe(`${base}/json`);
    expect(response.redirected).toBe(true);
  });

  it('turns a 303 into a GET and drops Authorization on another origin', async () => {
    const response = await httpFetch(`${base}/see-other`, {
      method: 'POST',
      headers: { authorization: 'token secret', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.text()).toBe('landed');
    const last = seen.at(-1);
    expect(last?.method).toBe('GET');
    expect(last?.headers.authorization).toBeUndefined();
    expect(last?.headers['content-type']).toBeUndefined();
  });

  it('stops a redirect loop as a network error', async () => {
    await expect(httpFetch(`${base}/loop`)).rejects.toMatchObject({
      name: 'TypeError',
      cause: { message: /more than 5 redirects/ },
    });
  });

  it('rejects with the signal reason when the timeout fires (a TimeoutError, as fetch)', async () => {
    const error = await httpFetch(`${base}/never`, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('rejects with the reason of an abort during the request', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('run over budget')), 50);
    await expect(httpFetch(`${base}/never`, { signal: controller.signal })).rejects.toThrow('run over budget');
  });

  it('reports a refused connection as a TypeError with the cause', async () => {
    const closed = createServer();
    const url = await listen(closed);
    closed.close();
    await expect(httpFetch(url)).rejects.toMatchObject({ name: 'TypeError', cause: { code: 'ECONNREFUSED' } });
  });

  it('serves Octokit: data parsed, a 404 thrown as a RequestError with status', async () => {
    const octokit = new Octokit({ baseUrl: base, request: { fetch: httpFetch } });
    const ok = await octokit.request('POST /json', { a: 1 });
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ id: 7 });
    expect(ok.headers['x-ratelimit-remaining']).toBe('42');
    await expect(octokit.request('GET /missing')).rejects.toMatchObject({ status: 404, message: /Not Found/ });
  });
});
