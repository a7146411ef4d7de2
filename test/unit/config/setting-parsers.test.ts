// The hand-written setting parsers (config/setting.ts): what each accepts,
// what it refuses, and that the catalogue's special cases (shard, time zone,
// shop host, API version) read through loadConfig as before.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';
import {
  boolean,
  decimal,
  integer,
  list,
  numberList,
  oneOf,
  optionalText,
  positive,
  text,
  url,
} from '../../../packages/core/src/config/setting';

const value = <T>(parser: { safeParse(raw: string | undefined): { success: boolean; data?: T } }, raw?: string) => {
  const result = parser.safeParse(raw);
  return result.success ? result.data : 'INVALID';
};

describe('setting parsers', () => {
  it('text trims and refuses empty or unset; optionalText allows unset', () => {
    expect(value(text(), '  a b ')).toBe('a b');
    expect(value(text(), '   ')).toBe('INVALID');
    expect(value(text(), undefined)).toBe('INVALID');
    expect(value(optionalText(), undefined)).toBeUndefined();
    expect(value(optionalText(), ' x ')).toBe('x');
  });

  it('integer: whole numbers within the range only', () => {
    const p = integer(1, 10);
    expect(value(p, ' 7 ')).toBe(7);
    expect(value(p, '10')).toBe(10);
    for (const bad of ['0', '11', '1.5', '1e1', 'seven', '', '0x5', '99999999999999999999']) {
      expect(value(p, bad), bad).toBe('INVALID');
    }
    expect(value(integer(-5), '-3')).toBe(-3);
  });

  it('decimal and positive', () => {
    expect(value(decimal(0, 1), '0.3')).toBe(0.3);
    expect(value(decimal(0, 1), '.5')).toBe(0.5);
    expect(value(decimal(0, 1), '1.01')).toBe('INVALID');
    expect(value(decimal(0, 1), 'NaN')).toBe('INVALID');
    expect(value(positive(), '0.25')).toBe(0.25);
    expect(value(positive(), '0')).toBe('INVALID');
    expect(value(positive(), '-1')).toBe('INVALID');
    expect(value(positive(), 'Infinity')).toBe('INVALID');
  });

  it('boolean words, any case; anything else refused', () => {
    for (const t of ['true', 'TRUE', ' yes', 'on', '1']) expect(value(boolean(), t), t).toBe(true);
    for (const f of ['false', 'No', 'off', '0']) expect(value(boolean(), f), f).toBe(false);
    for (const bad of ['ture', '', '2', 'y']) expect(value(boolean(), bad), bad).toBe('INVALID');
  });

  it('oneOf lower-cases and checks the list', () => {
    expect(value(oneOf(['review', 'publish']), ' Publish ')).toBe('publish');
    expect(value(oneOf(['review', 'publish']), 'draft')).toBe('INVALID');
    expect(value(oneOf(['a', 'b']).optional(), undefined)).toBeUndefined();
  });

  it('url: absolute http(s) only, kept as written', () => {
    expect(value(url(), ' https://hooks.example.com/x?y=1 ')).toBe('https://hooks.example.com/x?y=1');
    expect(value(url(), 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    for (const bad of ['ftp://example.com', 'example.com', 'https://', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(value(url(), bad), bad).toBe('INVALID');
    }
  });

  it('list and numberList', () => {
    expect(value(list(), 'a, b,,\n c ')).toEqual(['a', 'b', 'c']);
    expect(value(list(), '')).toEqual([]);
    expect(value(numberList(), '60, 180,600')).toEqual([60, 180, 600]);
    expect(value(numberList(), '60,,600')).toBe('INVALID');
    expect(value(numberList(), '-1')).toBe('INVALID');
  });

  it('refine and regex add checks', () => {
    expect(value(text().regex(/^a+$/), 'aaa')).toBe('aaa');
    expect(value(text().regex(/^a+$/), 'aab')).toBe('INVALID');
    expect(
      value(
        integer(0).refine((n) => n % 2 === 0),
        '3',
      ),
    ).toBe('INVALID');
  });
});

describe('catalogue special cases through loadConfig', () => {
  const load = (flags: Record<string, string>) => loadConfig({ flags, env: {} });
  it('shard k/n', () => {
    expect(load({ shard: '2/4' }).shard).toEqual({ index: 2, count: 4 });
    expect(() => load({ shard: '5/4' })).toThrow(/shard \(flag --shard\): "5\/4" is not valid; expected k\/n/);
  });
  it('time zone, shop host, API version', () => {
    expect(load({ timezone: 'America/New_York' }).timezone).toBe('America/New_York');
    expect(() => load({ timezone: 'Mars/Olympus' })).toThrow(/timezone/);
    expect(() => load({ 'shopify-api-version': '2026-11' })).toThrow(/shopify-api-version/);
    expect(load({ 'shopify-api-version': '2026-10' }).shopifyApiVersion).toBe('2026-10');
  });
});
