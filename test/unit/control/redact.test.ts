import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../packages/core/src/util/redact';

const CANARY = 'canary-S3cr3t "value"/with&chars';

describe('createRedactor', () => {
  it('masks given secret values, raw, JSON-escaped and URL-encoded', () => {
    const redact = createRedactor({ secrets: [CANARY] });
    const json = JSON.stringify({ note: `token=${CANARY}` });
    const url = `https://x.test/?k=${encodeURIComponent(CANARY)}`;
    for (const text of [`raw ${CANARY} end`, json, url]) {
      const out = redact(text);
      expect(out).not.toContain(CANARY);
      expect(out).not.toContain(JSON.stringify(CANARY).slice(1, -1));
      expect(out).not.toContain(encodeURIComponent(CANARY));
      expect(out).toContain('***');
    }
  });

  it('ignores values shorter than 4 characters and empty ones', () => {
    const redact = createRedactor({ secrets: ['abc', '', undefined] });
    expect(redact('abc abcd')).toBe('abc abcd');
  });

  it('masks a longer secret whole when it contains a shorter one', () => {
    const redact = createRedactor({ secrets: ['abcd', 'abcd-efgh-ijkl'] });
    expect(redact('x abcd-efgh-ijkl y abcd')).toBe('x *** y ***');
  });

  it('takes the values of secret-looking environment variables only', () => {
    const redact = createRedactor({
      env: {
        SHOPIFY_ADMIN_TOKEN: 'canary-token-1',
        SLACK_WEBHOOK_URL: 'canary-webhook-2',
        DB_PASSWORD: 'canary-pass-3',
        OPENAI_API_KEY: 'canary-key-4',
        HTTP_AUTH: 'canary-auth-5',
        GIT_AUTHOR_NAME: 'Ada Lovelace',
        HOME: '/home/runner',
        FEATURE_TOKEN_ENABLED: 'true',
      },
    });
    const text =
      'canary-token-1 canary-webhook-2 canary-pass-3 canary-key-4 canary-auth-5 Ada Lovelace /home/runner true';
    expect(redact(text)).toBe('*** *** *** *** *** Ada Lovelace /home/runner true');
  });

  const tokens: [string, string][] = [
    ['GitHub classic', `ghp_${'a'.repeat(36)}`],
    ['GitHub OAuth', `gho_${'B1'.repeat(18)}`],
    ['GitHub user-to-server', `ghu_${'c'.repeat(36)}`],
    ['GitHub app', `ghs_${'d'.repeat(36)}`],
    ['GitHub refresh', `ghr_${'e'.repeat(36)}`],
    ['GitHub fine-grained', `github_pat_11ABCDEFG0${'x'.repeat(60)}`],
    ['Shopify access', `shpat_${'0123456789abcdef'.repeat(2)}`],
    ['Shopify custom app', `shpca_${'f'.repeat(32)}`],
    ['Shopify private app', `shppa_${'e'.repeat(32)}`],
    ['Shopify shared secret', `shpss_${'d'.repeat(32)}`],
    ['OpenAI', `sk-${'Z9'.repeat(24)}`],
    ['OpenAI project', `sk-proj-${'q_-W'.repeat(12)}`],
    ['Slack bot', 'xoxb-1234567890-0987654321-AbCdEfGhIjKl'],
    ['Slack user', 'xoxp-1234567890-0987654321-AbCdEfGhIjKl'],
    ['Slack app-level', 'xapp-1-A0123456789-1234567890123-abcdef'],
    ['Slack webhook path', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
  ];
  it.each(tokens)('masks a %s token without being told its value', (_name, token) => {
    const redact = createRedactor();
    const text =
      _name === 'Slack webhook path' ? `post to https://hooks.slack.com/services/${token} now` : `use ${token} now`;
    const out = redact(text);
    expect(out).not.toContain(token);
    expect(out).toContain('***');
    expect(out.endsWith(' now')).toBe(true);
  });

  it('masks PEM private key blocks, raw and JSON-escaped', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAcanary\nabc==\n-----END RSA PRIVATE KEY-----';
    const redact = createRedactor();
    expect(redact(`key:\n${pem}\ndone`)).toBe('key:\n***\ndone');
    expect(redact(JSON.stringify({ key: pem }))).toBe('{"key":"***"}');
  });

  it('masks Bearer tokens and passwords in URLs', () => {
    const redact = createRedactor();
    expect(redact('Authorization: Bearer abc.DEF-123_x=')).toBe('Authorization: Bearer ***');
    expect(redact('send a Bearer token')).toBe('send a Bearer token');
    expect(redact('git clone https://user:hunter22@github.com/o/r')).toBe('git clone https://user:***@github.com/o/r');
  });

  it('leaves ordinary text alone', () => {
    const redact = createRedactor({ secrets: ['canary-xyz'] });
    const text = 'published 3 articles; skip-list sk-ip; task-id ghp_short';
    expect(redact(text)).toBe(text);
  });
});
