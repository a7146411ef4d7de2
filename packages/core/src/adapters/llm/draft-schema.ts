// The shape we ask the model for, twice: as the JSON Schema sent in
// `response_format` (strict mode wants every property required and no
// others), and as the zod schema that checks what actually came back.
import { z } from 'zod';
import { ItemError } from '../../errors';
import type { Draft } from '../../ports';

export const DRAFT_SCHEMA_NAME = 'blog_article_draft';

export const DRAFT_JSON_SCHEMA = {
  type: 'object',
  properties: {
    title: { type: 'string', description: 'The article title, plain text.' },
    summary: { type: 'string', description: 'One or two sentences for listings and search results.' },
    body_markdown: { type: 'string', description: 'The article body in Markdown, with ## headings.' },
    tags: { type: 'array', items: { type: 'string' }, description: 'A few short topic tags.' },
    meta_title: {
      type: 'string',
      description: 'The SEO title search results show, plain text, at most 60 characters.',
    },
    meta_description: {
      type: 'string',
      description: 'The meta description search results show, 70 to 160 characters.',
    },
    image_alt: {
      type: 'string',
      description: 'Alt text for the featured image, one short sentence (empty when the article has no image).',
    },
  },
  required: ['title', 'summary', 'body_markdown', 'tags', 'meta_title', 'meta_description', 'image_alt'],
  additionalProperties: false,
} as const;

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` });

const DraftOutput = z.object({
  title: nonEmpty('the title'),
  summary: z.string({ error: 'expected the summary as text' }).trim(),
  body_markdown: nonEmpty('the body in Markdown'),
  // Lenient on tags only: some models answer "a, b" instead of ["a", "b"]; missing means none.
  tags: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',') : value),
      z.array(z.string({ error: 'expected each tag as text' })),
    )
    .optional()
    .transform((tags) => (tags ?? []).map((tag) => tag.trim()).filter((tag) => tag !== '')),
  // Lenient: a model that leaves them out gets the gate's meta rules to answer, not an error.
  meta_title: optionalText('the meta title'),
  meta_description: optionalText('the meta description'),
  image_alt: optionalText('the image alt text'),
});

/** Text or absent; an empty string is absent. */
function optionalText(what: string) {
  return z
    .string({ error: `expected ${what} as text` })
    .optional()
    .transform((text) => text?.trim() || undefined);
}

/** A Draft from the model's parsed JSON, or ItemError LLM_BAD_OUTPUT naming the first bad field. */
export function toDraft(value: Record<string, unknown>): Draft {
  const parsed = DraftOutput.safeParse(value);
  if (parsed.success) {
    // No image_url here, whatever the answer holds: a model must not invent image URLs.
    const { meta_title, meta_description, image_alt, ...draft } = parsed.data;
    return {
      ...draft,
      ...(meta_title && { meta_title }),
      ...(meta_description && { meta_description }),
      ...(image_alt && { image_alt }),
    };
  }
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'the object';
  const problem =
    issue && value[String(issue.path[0])] === undefined ? 'is missing' : `is not usable: ${issue?.message}`;
  throw new ItemError(
    'LLM_BAD_OUTPUT',
    `the model's answer has no valid "${field}": it ${problem} (expected title, summary, body_markdown and tags)`,
    true,
  );
}
