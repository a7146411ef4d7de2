import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, gate, imageAltMissing, imageMissing } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const requireImage = { ...DEFAULT_THRESHOLDS, requireImage: true };

describe('IMAGE_MISSING', () => {
  it('blocks an article without an image when require-image is on', () => {
    const d = draft();
    const findings = imageMissing(d, context(d, { thresholds: requireImage }));
    expect(findings.map((f) => f.code)).toEqual(['IMAGE_MISSING']);
    expect(gate(findings).verdict).toBe('BLOCK');
  });

  it('is off by default (require-image: false) and silent when there is an image', () => {
    const none = draft();
    expect(imageMissing(none, context(none))).toEqual([]);
    const d = draft({ image_url: 'https://cdn.example.com/a.jpg', image_alt: 'A cup' });
    expect(imageMissing(d, context(d, { thresholds: requireImage }))).toEqual([]);
  });
});

describe('IMAGE_ALT_MISSING', () => {
  it('finds an image without alt text (RETRY: the fix pass writes it)', () => {
    const d = draft({ image_url: 'https://cdn.example.com/a.jpg', image_alt: ' ' });
    const findings = imageAltMissing(d, context(d));
    expect(findings.map((f) => f.code)).toEqual(['IMAGE_ALT_MISSING']);
    expect(gate(findings).verdict).toBe('RETRY');
    const ok = { ...d, image_alt: 'A cup of tea' };
    expect(imageAltMissing(ok, context(ok))).toEqual([]);
  });
});
