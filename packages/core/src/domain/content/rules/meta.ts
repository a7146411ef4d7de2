// The SEO title and meta description search results show. Both are RETRY:
// the auto-fix pass can shorten or lengthen them. When a draft has none, its
// title and summary stand in (what a store shows without them), so those
// are what get measured.
import type { Draft } from '../../../ports';
import type { Rule } from './types';

const chars = (text: string) => [...text.trim()].length;

/** The SEO title an article goes out with: its own, else the title. */
export function effectiveMetaTitle(draft: Draft): string {
  return draft.meta_title?.trim() || draft.title.trim();
}

/** The meta description an article goes out with: its own, else the summary. */
export function effectiveMetaDescription(draft: Draft): string {
  return draft.meta_description?.trim() || draft.summary.trim();
}

export const metaTitleTooLong: Rule = (draft, ctx) => {
  const length = chars(effectiveMetaTitle(draft));
  return length > ctx.thresholds.metaTitleMax
    ? [
        {
          code: 'META_TITLE_TOO_LONG',
          message: `meta title has ${length} characters; at most ${ctx.thresholds.metaTitleMax} expected (search results cut the rest)`,
        },
      ]
    : [];
};

export const metaDescriptionLength: Rule = (draft, ctx) => {
  const { metaDescriptionMin: min, metaDescriptionMax: max } = ctx.thresholds;
  const length = chars(effectiveMetaDescription(draft));
  if (length >= min && length <= max) return [];
  const what = length === 0 ? 'is empty' : `has ${length} characters`;
  return [{ code: 'META_DESCRIPTION_LENGTH', message: `meta description ${what}; ${min}–${max} expected` }];
};
