// A deterministic Generator for tests and demos: no network, no model. It
// writes a plausible draft from the item (title, summary, a body of N words
// with ## headings and every keyword) and can be told to make specific
// mistakes on the first pass, so the validator and auto-fix have work to do.
import type { Draft, GenerateRequest, Generator, Usage } from '../../ports';

/** Mistakes the stub can make, each tripping one validation rule. */
export const STUB_FAULTS = [
  'too_short', // BODY_TOO_SHORT
  'missing_keyword', // KEYWORD_MISSING
  'no_headings', // NO_HEADINGS (forces a long body)
  'title_too_long', // TITLE_TOO_LONG
  'placeholder', // PLACEHOLDER
  'banned_phrase', // BANNED_PHRASE
  'meta_title_too_long', // META_TITLE_TOO_LONG
  'meta_description_short', // META_DESCRIPTION_LENGTH
] as const;
export type StubFault = (typeof STUB_FAULTS)[number];

export interface StubGeneratorOptions {
  /** Words of body text (headings not counted). Default 450. */
  words?: number;
  /** Mistakes made on the first pass; a fix pass writes a clean draft. */
  faults?: StubFault[];
  /** Make the mistakes on fix passes too (to exhaust auto-fix). Default false. */
  faultsOnFixPasses?: boolean;
  /** Reported per call. Default 120 in, 600 out, $0. */
  usage?: Usage;
}

// Sentences about the item's topic with a word choice in almost every other
// slot, drawn per item: two items' drafts share few 4-word runs, so they do
// not read as near-duplicates of each other (NEAR_DUPLICATE).
const FILLER = [
  '{Choosing|Picking|Selecting|Finding} {t} {well|wisely|carefully} {starts|begins} with {knowing|understanding} what you {need|want} and how {often|much} you {will|plan to} use it.',
  'Our {team|staff|editors} {tested|tried|compared} {each|every} {kind|type|style} of {t} in {real|everyday|daily} {conditions|use|life} before {writing|making} these {notes|tips}.',
  '{Small|Little|Minor} details {such as|like} {materials|texture|colour} and {fit|finish|feel} make a {clear|real|visible} difference to {t} over {time|the years}.',
  '{Take|Spend|Give it} a {moment|minute|little time} to {compare|weigh|review} the {options|choices} for {t} {side by side|together|one by one} before you {decide|buy|choose}.',
  '{Regular|Simple|Gentle} care {keeps|helps} {t} {looking|staying} {good|fresh|its best} and {working|doing} {as it should|its job|well} for {years|a long time|many seasons}.',
  'If {you are|you feel} {unsure|uncertain|in doubt} about {t}, our {support|service|shop} team is {happy|glad|ready} to help you {pick|find|choose} the {right|best} one.',
  '{Customers|Readers|Buyers} {often|sometimes|regularly} {tell|remind|show} us that a {little|bit of|small amount of} planning around {t} {saved|spared} them {time|effort|trouble} and {money|stress} later.',
  'A {good|sensible|simple} place to {begin|start} with {t} is the {simplest|plainest|easiest} {option|choice}, then {adjust|tune|change} {from there|as you go|over time}.',
  '{Many|Most|Plenty of} people {find|learn|notice} that {t} {rewards|repays} {patience|practice|care} {more than|far more than|better than} {expensive|costly|fancy} extras.',
  '{Write down|Note|Keep track of} what you {liked|enjoyed|loved} about {t} {each|every} {time|visit|try}, and you will {learn|improve|get better} {fast|quickly|soon}.',
];

/** A small deterministic random source (mulberry32), seeded per item. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One sentence of `template`: each {a|b|c} slot filled by a draw, {t} by the topic. */
function sentenceOf(template: string, topic: string, random: () => number): string {
  return template.replace(/\{([^}]*)\}/g, (_, choices: string) => {
    if (choices === 't') return topic;
    const options = choices.split('|');
    return options[Math.floor(random() * options.length)] ?? '';
  });
}

const HEADINGS = ['Why it matters', 'What to look for', 'How to get started', 'Taking care of it', 'Final thoughts'];

export class StubGenerator implements Generator {
  /** Every request received, for assertions. */
  readonly requests: GenerateRequest[] = [];

  constructor(private readonly options: StubGeneratorOptions = {}) {}

  async generate(request: GenerateRequest): Promise<{ draft: Draft; usage: Usage }> {
    this.requests.push(request);
    const faulty = !request.fix || this.options.faultsOnFixPasses === true;
    const faults = new Set(faulty ? (this.options.faults ?? []) : []);
    return {
      draft: writeDraft(request.item, faults, this.options.words ?? 450),
      usage: { ...(this.options.usage ?? { tokens_in: 120, tokens_out: 600, cost_usd: 0 }) },
    };
  }
}

function writeDraft(item: GenerateRequest['item'], faults: Set<StubFault>, words: number): Draft {
  const topic = item.keywords[0] ?? 'our products';
  let title = item.title.trim() || `A practical guide to ${topic}`;
  if (faults.has('title_too_long')) title = `${title}: everything you ever wanted to know, explained step by step`;
  const about = (item.brief.trim() || `What to know about ${topic}`).replace(/[.!?]+$/, '');
  const summary = clip(`${about}. A short, practical read.`, 150);

  const bodyWords = faults.has('too_short')
    ? Math.min(words, 120)
    : faults.has('no_headings')
      ? Math.max(words, 700)
      : words;
  const opening = faults.has('missing_keyword')
    ? 'This guide covers the essentials.'
    : `This guide covers ${item.keywords.join(', ') || topic}.`;
  const sentences = [opening, ...(faults.has('placeholder') ? ['[TODO] add a product photo here.'] : [])];
  if (faults.has('banned_phrase')) sentences.unshift('As an AI language model, I can help.');
  const paragraphs = fillParagraphs(
    sentences,
    bodyWords,
    faults.has('missing_keyword') ? 'the products' : topic.toLowerCase(),
    item.id,
  );

  const parts: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!faults.has('no_headings')) parts.push(`## ${HEADINGS[index % HEADINGS.length]}`);
    parts.push(paragraph);
  });
  // SEO fields within the gate's limits; alt text only for an image the row gave (never an invented URL).
  const metaTitle = faults.has('meta_title_too_long')
    ? `${title}: everything you ever wanted to know about it, explained step by step`
    : clip(title, 60);
  const metaDescription = faults.has('meta_description_short')
    ? clip(about, 40)
    : clip(`${about}: a practical guide to ${topic}, with tips you can use today.`, 155).padEnd(70, '.');
  return {
    title,
    summary,
    body_markdown: `${parts.join('\n\n')}\n`,
    tags: item.keywords.slice(0, 5).map((keyword) => keyword.toLowerCase()),
    meta_title: metaTitle,
    meta_description: metaDescription,
    ...(item.image_url && { image_alt: clip(`Photo for the article about ${topic}`, 120) }),
  };
}

/**
 * A plausible article body about `topic`: `words` words in paragraphs under
 * `##` headings, worded after `seed` (different seeds read as different
 * articles). For fixtures that need human-written content that passes the gate.
 */
export function stubSections(seed: string, topic: string, words: number): string {
  return fillParagraphs([], words, topic, seed)
    .map((paragraph, index) => `## ${HEADINGS[index % HEADINGS.length]}\n\n${paragraph}`)
    .join('\n\n');
}

/** `count` sentences about `topic`, worded after `seed` (for fixtures, like stubSections). */
export function stubSentences(seed: string, topic: string, count: number): string {
  const random = randomFrom(seedOf(seed));
  return Array.from({ length: count }, (_, i) => sentenceOf(FILLER[i % FILLER.length] ?? '', topic, random)).join(' ');
}

/** A small stable hash of the item id, to order the filler per item. */
function seedOf(id: string): number {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

/** Paragraphs of about 150 words, `lead` first, cut to exactly `total` words. */
function fillParagraphs(lead: string[], total: number, topic: string, id: string): string[] {
  const words: string[] = lead.join(' ').split(/\s+/);
  const random = randomFrom(seedOf(id));
  for (let i = 0; words.length < total; i++) {
    words.push(...sentenceOf(FILLER[i % FILLER.length] ?? '', topic, random).split(' '));
  }
  const kept = words.slice(0, Math.max(total, lead.join(' ').split(/\s+/).length));
  const paragraphs: string[] = [];
  for (let start = 0; start < kept.length; start += 150)
    paragraphs.push(endSentence(kept.slice(start, start + 150).join(' ')));
  return paragraphs;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
