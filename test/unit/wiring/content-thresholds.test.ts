// The gate's thresholds of issue 11: settings (defaults, env), overridden by CONFIG_FILE's `thresholds`.
import { describe, expect, it } from 'vitest';
import { parseControlConfig } from '../../../packages/core/src/adapters/llm/control-config';
import { loadConfig } from '../../../packages/core/src/config';
import { DEFAULT_THRESHOLDS } from '../../../packages/core/src/domain/content';
import { UserError } from '../../../packages/core/src/errors';
import { thresholdsFrom } from '../../../packages/core/src/wiring/options';

describe('content thresholds of the new gate rules', () => {
  it('default to DEFAULT_THRESHOLDS (require-image off, near-duplicate 0.6)', () => {
    expect(thresholdsFrom(loadConfig({}))).toMatchObject({
      metaTitleMax: 60,
      metaDescriptionMin: 70,
      metaDescriptionMax: 160,
      requireImage: false,
      readingEaseMin: 30,
      readingEaseMax: 100,
      nearDuplicateThreshold: 0.6,
    });
    expect(thresholdsFrom(loadConfig({}))).toEqual(DEFAULT_THRESHOLDS);
  });

  it('come from the environment, and CONFIG_FILE thresholds win over settings', () => {
    const config = loadConfig({
      env: { REQUIRE_IMAGE: 'true', NEAR_DUPLICATE_THRESHOLD: '0.8', META_TITLE_MAX: '55' },
    });
    expect(thresholdsFrom(config)).toMatchObject({ requireImage: true, nearDuplicateThreshold: 0.8, metaTitleMax: 55 });
    const control = parseControlConfig(
      'thresholds:\n  require_image: false\n  reading_ease_min: 40\n  near_duplicate_threshold: 0.5\n',
      'c.yml',
    );
    expect(thresholdsFrom(config, control)).toMatchObject({
      requireImage: false,
      readingEaseMin: 40,
      nearDuplicateThreshold: 0.5,
      metaTitleMax: 55,
    });
  });

  it('refuse a threshold out of range, naming it', () => {
    expect(() => loadConfig({ env: { NEAR_DUPLICATE_THRESHOLD: '1.5' } })).toThrow(
      /NEAR_DUPLICATE_THRESHOLD|near-duplicate-threshold/,
    );
    expect(() => parseControlConfig('thresholds:\n  near_duplicate_threshold: 2\n', 'c.yml')).toThrow(UserError);
  });
});
