// Handles and ids from titles: lower-case ASCII words joined by hyphens.
// Accents are folded (NFKD, combining marks dropped); other scripts drop out.

// Latin letters NFKD does not decompose (they are letters of their own, not
// base + accent); a handful, so a table beats a transliteration dependency.
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRA[letter] ?? '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a word boundary when there is one.
  const cut = slug.slice(0, max);
  return cut.replace(/-+[^-]*$/, '') || cut;
}
