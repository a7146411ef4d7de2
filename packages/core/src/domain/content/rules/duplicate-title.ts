import { normalizeTitle } from '../text';
import type { Rule } from './types';

export const duplicateTitle: Rule = (draft, ctx) => {
  const owner = ctx.otherTitles.get(normalizeTitle(draft.title));
  return draft.title.trim() && owner !== undefined && owner !== ctx.itemId
    ? [{ code: 'DUPLICATE_TITLE', message: `item "${owner}" already has an article titled "${draft.title.trim()}"` }]
    : [];
};
