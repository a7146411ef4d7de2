// Waiting is bounded in the Shopify adapter (issue 10): each request has its
// own timeout, an articleCreate that got no answer is looked up before it is
// sent again, and once the run's signal fires nothing is sent or retried.
// Against the fake server's "hang" mode (takes the request, never answers).
import { afterEach, describe, expect, it } from 'vitest';
import { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import { UnansweredWriteError } from '../../../packages/core/src/adapters/shopify/graphql-client';
import { RunDeadlineError, withinRun } from '../../../packages/core/src/util/abort';
import { articleInput } from '../../contract/publisher.contract';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';

let fake: FakeShopify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(sleep: (ms: number) => Promise<void> = async () => {}) {
  fake = await startFakeShopify();
  const publisher = new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    accessToken: 'shpat_test',
    apiUrl: fake.graphqlUrl(),
    requestTimeoutMs: 200,
    sleep,
  });
  await publisher.prepare();
  return { fake, publisher };
}

const calls = (f: FakeShopify, operation: string) => f.calls.filter((c) => c.operation === operation).length;

describe('Shopify: a server that never answers', () => {
  it('an articleCreate that got no answer is looked up, found, and not sent again', async () => {
    const { fake, publisher } = await setup();
    fake.hang({ operations: ['ArticleCreate'] }); // applied, never answered
    const ref = await publisher.create(articleInput('T1'));
    expect(calls(fake, 'ArticleCreate')).toBe(1);
    expect(fake.articles).toHaveLength(1);
    expect(ref).toMatchObject({ id: fake.articles[0]?.id, item_id: 'T1', handle: 'post-t1' });
  });

  it('when the lookup cannot see it (the index lags), the create is sent once more and then given up: still one article', async () => {
    const { fake, publisher } = await setup();
    fake.setSearchLag(true);
    fake.hang({ operations: ['ArticleCreate'] });
    const error = await publisher.create(articleInput('T2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnansweredWriteError);
    expect((error as UnansweredWriteError).retryable).toBe(true);
    expect(calls(fake, 'ArticleCreate')).toBe(2);
    // The second create met a taken handle: the item never gets a second article.
    expect(fake.articles).toHaveLength(1);
  });

  it('a read that got no answer is retried (reads are safe to send again)', async () => {
    const { fake, publisher } = await setup();
    fake.hang({ operations: ['ArticlesByHandle'] });
    const lookup = publisher.find({ item_id: 'T3', handle: 'post-t3' });
    // Let the first tries time out, then let the server answer again.
    const answered = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (calls(fake, 'ArticlesByHandle') >= 2) {
          clearInterval(poll);
          fake.hang(false);
          resolve();
        }
      }, 20);
    });
    await answered;
    expect(await lookup).toBeUndefined();
    expect(calls(fake, 'ArticlesByHandle')).toBeGreaterThanOrEqual(3);
  });
});

describe("Shopify: the run's signal", () => {
  it('sends nothing once the run is over', async () => {
    const { fake, publisher } = await setup();
    const before = fake.calls.length;
    const run = new AbortController();
    run.abort(new RunDeadlineError(3));
    const error = await withinRun(run.signal, () => publisher.create(articleInput('T4'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunDeadlineError);
    expect(fake.calls.length).toBe(before);
  });

  it('cancels a request in flight and does not retry it', async () => {
    const { fake, publisher } = await setup();
    fake.hang({ operations: ['ArticlesByHandle'] });
    const run = new AbortController();
    const lookup = withinRun(run.signal, () => publisher.find({ item_id: 'T5', handle: 'post-t5' }));
    const poll = setInterval(() => {
      if (calls(fake, 'ArticlesByHandle') >= 1) {
        clearInterval(poll);
        run.abort(new RunDeadlineError(3));
      }
    }, 5);
    await expect(lookup).rejects.toBeInstanceOf(RunDeadlineError);
    expect(calls(fake, 'ArticlesByHandle')).toBe(1);
  });

  it('ends a retry wait when the run is over (a sleep that would never end)', async () => {
    const { fake, publisher } = await setup(() => new Promise<void>(() => {}));
    fake.failNext(3, 503);
    const run = new AbortController();
    const lookup = withinRun(run.signal, () => publisher.find({ item_id: 'T6', handle: 'post-t6' }));
    const poll = setInterval(() => {
      if (fake.calls.some((c) => c.status === 503)) {
        clearInterval(poll);
        run.abort(new RunDeadlineError(3));
      }
    }, 5);
    await expect(lookup).rejects.toBeInstanceOf(RunDeadlineError);
    expect(fake.calls.filter((c) => c.status === 503)).toHaveLength(1);
  });
});
