// The featured image. IMAGE_MISSING blocks (no model may invent an image URL:
// a human adds `image_url`), and applies only with `require-image` on;
// IMAGE_ALT_MISSING is RETRY (the auto-fix pass writes the alt text).
import type { Rule } from './types';

export const imageMissing: Rule = (draft, ctx) =>
  ctx.thresholds.requireImage && !draft.image_url?.trim()
    ? [
        {
          code: 'IMAGE_MISSING',
          message: 'the article has no featured image; expected an image_url in the row (require-image is on)',
        },
      ]
    : [];

export const imageAltMissing: Rule = (draft) =>
  draft.image_url?.trim() && !draft.image_alt?.trim()
    ? [
        {
          code: 'IMAGE_ALT_MISSING',
          message: 'the featured image has no alt text; expected image_alt describing it',
        },
      ]
    : [];
