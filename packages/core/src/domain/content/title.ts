// Titles compared case- and space-insensitively. Apart from text.ts (which
// loads marked and sanitize-html) so the executor can compare titles at
// claim time without loading the renderer.
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
