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

const FILLER = [
  'Choosing well starts with knowing what you need and how you will use it every day.',
  'Our team tested each option in real conditions before writing these notes.',
  'Small details such as materials, fit and finish make a noticeable difference over time.',
  'Take a moment to compare the options side by side before you decide.',
  'Regular care keeps things looking good and working as they should for years.',
  'If you are unsure, our support team is happy to help you pick the right one.',
  'Customers often tell us that a little planning saved them time and money later.',
];

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
  const paragraphs = fillParagraphs(sentences, bodyWords);

  const parts: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!faults.has('no_headings')) parts.push(`## ${HEADINGS[index % HEADINGS.length]}`);
    parts.push(paragraph);
  });
  return {
    title,
    summary,
    body_markdown: `${parts.join('\n\n')}\n`,
    tags: item.keywords.slice(0, 5).map((keyword) => keyword.toLowerCase()),
  };
}

/** Paragraphs of about 150 words, `lead` first, cut to exactly `total` words. */
function fillParagraphs(lead: string[], total: number): string[] {
  const words: string[] = lead.join(' ').split(/\s+/);
  for (let i = 0; words.length < total; i++) words.push(...(FILLER[i % FILLER.length] ?? '').split(' '));
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
