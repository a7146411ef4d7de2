// The chat messages for one generation: the control prompt and style guide as
// the system message, the item as the user's ask, and on an auto-fix pass the
// previous draft (as the assistant's turn) followed by the validator's findings.
import type { Finding, GenerateRequest } from '../../ports';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export const DEFAULT_SYSTEM_PROMPT =
  "You are an experienced editor writing articles for an online store's blog. Write accurate, useful, " +
  "friendly articles in plain language for the store's customers. Never invent facts about products, prices " +
  'or policies; never use placeholders such as [TODO] or TBD.';

/** Said in every request: structured-output servers enforce it anyway, plain ones need it spelled out. */
export const OUTPUT_INSTRUCTIONS =
  'Answer with exactly one JSON object and nothing else, with these keys: ' +
  '"title" (plain text, at most 70 characters), "summary" (one or two sentences, at most 160 characters), ' +
  '"body_markdown" (the article in Markdown, with ## section headings, no top-level # title), ' +
  '"tags" (an array of a few short strings), ' +
  '"meta_title" (the title search results show, at most 60 characters), ' +
  '"meta_description" (what search results show under it, 70 to 160 characters), ' +
  '"image_alt" (alt text describing the featured image in one short sentence; empty when there is no image).';

export interface PromptOptions {
  systemPrompt?: string;
  styleGuide?: string;
}

export function buildMessages(request: GenerateRequest, options: PromptOptions = {}): ChatMessage[] {
  const system = [options.systemPrompt?.trim() || DEFAULT_SYSTEM_PROMPT];
  if (options.styleGuide?.trim()) system.push(`Style guide:\n${options.styleGuide.trim()}`);
  system.push(OUTPUT_INSTRUCTIONS);

  const messages: ChatMessage[] = [
    { role: 'system', content: system.join('\n\n') },
    { role: 'user', content: describeItem(request.item) },
  ];
  if (request.fix) {
    messages.push({ role: 'assistant', content: JSON.stringify(request.fix.draft) });
    messages.push({ role: 'user', content: describeFindings(request.fix.findings) });
  }
  return messages;
}

function describeItem(item: GenerateRequest['item']): string {
  const lines = ['Write a blog article.'];
  lines.push(item.title.trim() ? `Title: ${item.title.trim()}` : 'Title: (choose a fitting title)');
  if (item.brief.trim()) lines.push(`Brief: ${item.brief.trim()}`);
  if (item.keywords.length > 0)
    lines.push(`Keywords (use each one, word for word, in the body): ${item.keywords.join(', ')}`);
  if (item.language?.trim()) lines.push(`Language: write the whole article in ${item.language.trim()}.`);
  if (item.image_url?.trim())
    lines.push(`Featured image: ${item.image_url.trim()} (write image_alt for it; do not add other images).`);
  else lines.push('Featured image: none (leave image_alt empty; never invent image URLs).');
  if (item.links && item.links.length > 0)
    lines.push(`Feature these products or collections of the shop (by handle): ${item.links.join(', ')}`);
  if (item.catalog && item.catalog.length > 0) {
    lines.push(
      'The shop has these matching products and collections; link to one or more of them where it helps the reader, ' +
        'with exactly these URLs (never link to other pages of the shop, never invent a URL):',
    );
    for (const entry of item.catalog) lines.push(`- ${entry.kind} "${entry.title}": ${entry.url}`);
  }
  return lines.join('\n');
}

function describeFindings(findings: Finding[]): string {
  const list = findings.map((finding) => `- ${finding.code}: ${finding.message}`).join('\n');
  return [
    'A validator checked that draft and found these problems:',
    list || '- (none listed)',
    'Write a corrected draft that fixes every problem and keeps what was fine. Answer with the whole draft as the same JSON object.',
  ].join('\n');
}
