// postOnce: a write that may have taken effect is looked up before it is sent again.
import { describe, expect, it } from 'vitest';
import { mayHaveApplied, postOnce } from '../../../packages/core/src/adapters/github/post-once';

const httpError = (status?: number) => Object.assign(new Error(`HTTP ${status ?? 'none'}`), { status });

function script(answers: (number | 'ok')[], effectAfter?: number) {
  let posts = 0;
  let looks = 0;
  return {
    counts: () => ({ posts, looks }),
    post: async () => {
      const answer = answers[posts++];
      if (answer === 'ok' || answer === undefined) return `made-${posts}`;
      throw httpError(answer === 0 ? undefined : answer);
    },
    find: async () => {
      looks++;
      return effectAfter !== undefined && posts >= effectAfter ? 'found' : undefined;
    },
  };
}

describe('postOnce', () => {
  it('returns what GitHub answered and looks nothing up when the POST succeeds', async () => {
    const s = script(['ok']);
    expect(await postOnce({ what: 'w', post: s.post, find: s.find, waitMs: 0 })).toBe('made-1');
    expect(s.counts()).toEqual({ posts: 1, looks: 0 });
  });

  it('a 5xx whose write took effect: found, not posted again', async () => {
    const s = script([502], 1);
    expect(await postOnce({ what: 'w', post: s.post, find: s.find, waitMs: 0 })).toBe('found');
    expect(s.counts()).toEqual({ posts: 1, looks: 1 });
  });

  it('no answer at all counts as maybe applied too', async () => {
    const s = script([0], 1);
    expect(await postOnce({ what: 'w', post: s.post, find: s.find, waitMs: 0 })).toBe('found');
  });

  it('a 5xx with no effect after every look: posted again', async () => {
    const s = script([503, 'ok']);
    expect(await postOnce({ what: 'w', post: s.post, find: s.find, looks: 2, waitMs: 0 })).toBe('made-2');
    expect(s.counts()).toEqual({ posts: 2, looks: 2 });
  });

  it('a 4xx is not applied: thrown at once, nothing looked up', async () => {
    const s = script([422]);
    await expect(postOnce({ what: 'w', post: s.post, find: s.find, waitMs: 0 })).rejects.toMatchObject({
      status: 422,
    });
    expect(s.counts()).toEqual({ posts: 1, looks: 0 });
  });

  it('gives up after the retries with the last error', async () => {
    const s = script([500, 500, 500, 500]);
    await expect(
      postOnce({ what: 'w', post: s.post, find: s.find, retries: 2, looks: 1, waitMs: 0 }),
    ).rejects.toMatchObject({ status: 500 });
    expect(s.counts()).toEqual({ posts: 3, looks: 3 });
  });

  it('mayHaveApplied: 5xx and no status yes; 4xx no', () => {
    expect([500, 502, undefined, 400, 403, 404, 409, 422].map((s) => mayHaveApplied(httpError(s)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
