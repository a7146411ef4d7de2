import { describe, expect, it } from 'vitest';
import { loadConfig, secretValues } from '../../../packages/core/src/config';
import { UserError } from '../../../packages/core/src/errors';

function problems(sources: Parameters<typeof loadConfig>[0]): string {
  try {
    loadConfig(sources);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.state).toBe('.autopilot');
    expect(config.mode).toBe('review');
    expect(config.maxItems).toBe(5);
    expect(config.concurrency).toBe(2);
    expect(config.maxAttempts).toBe(3);
    expect(config.backoff).toEqual([60, 180, 600]);
    expect(config.backoffJitter).toBe(0.3);
    expect(config.requireApproval).toBe(true);
    expect(config.titleMax).toBe(70);
    expect(config.maxAgeMinutes).toBe(15);
    expect(config.failureThreshold).toBe(2);
    expect(config.sheetsId).toBeUndefined();
  });

  it('takes flag over input over environment over .env', () => {
    const all = {
      flags: { 'max-items': '1' },
      inputs: { 'max-items': '2' },
      env: { MAX_ITEMS: '3' },
      dotenv: { MAX_ITEMS: '4' },
    };
    expect(loadConfig(all).maxItems).toBe(1);
    expect(loadConfig({ ...all, flags: {} }).maxItems).toBe(2);
    expect(loadConfig({ ...all, flags: {}, inputs: { 'max-items': '' } }).maxItems).toBe(3);
    expect(loadConfig({ dotenv: { MAX_ITEMS: '4' } }).maxItems).toBe(4);
  });

  it('names the setting, where it came from, the value and what is allowed', () => {
    const message = problems({ flags: { 'max-items': 'lots' } });
    expect(message).toContain(
      'max-items (flag --max-items): "lots" is not valid; expected a whole number from 1 to 1000',
    );
  });

  it('lists every bad value at once, from any source', () => {
    const message = problems({ env: { AUTOPILOT_MODE: 'yolo', CONCURRENCY: '0' }, inputs: { lease: '-5' } });
    expect(message).toContain('mode (environment AUTOPILOT_MODE): "yolo"');
    expect(message).toContain('expected review or publish');
    expect(message).toContain('concurrency (environment CONCURRENCY): "0"');
    expect(message).toContain('lease (input lease): "-5"');
  });

  it('accepts fractional seconds for lease and time budget (tests use a few)', () => {
    const config = loadConfig({ flags: { lease: '0.5', 'time-budget': '2' } });
    expect(config.lease).toBe(0.5);
    expect(config.timeBudget).toBe(2);
  });

  it('parses booleans and lists', () => {
    const config = loadConfig({ inputs: { 'require-approval': 'TRUE', 'banned-phrases': 'foo, bar baz,,' } });
    expect(config.requireApproval).toBe(true);
    expect(config.bannedPhrases).toEqual(['foo', 'bar baz']);
    expect(problems({ inputs: { 'dry-run': 'maybe' } })).toContain(
      'dry-run (input dry-run): "maybe" is not valid; expected true or false',
    );
  });

  it('never echoes a secret value in an error', () => {
    const message = problems({ env: { SLACK_WEBHOOK_URL: 'not a url canary-s3cr3t' } });
    expect(message).toContain('slack-webhook-url');
    expect(message).not.toContain('canary-s3cr3t');
  });

  it('collects the values of secret settings for masking', () => {
    const config = loadConfig({
      env: { SHOPIFY_ADMIN_TOKEN: 'shpat_canary', LLM_API_KEY: 'sk-canary', SHEETS_ID: 'abc' },
    });
    expect(secretValues(config).sort()).toEqual(['shpat_canary', 'sk-canary']);
  });

  it('rejects a Shopify API version that is not a quarterly release', () => {
    expect(problems({ env: { SHOPIFY_API_VERSION: '2025-03' } })).toContain('shopify-api-version');
    expect(loadConfig({ env: { SHOPIFY_API_VERSION: '2025-07' } }).shopifyApiVersion).toBe('2025-07');
  });
});
