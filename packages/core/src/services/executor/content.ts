// Getting a draft for an item: ready content from the row, or the generator,
// then validation and the gate, with auto-fix passes when a generator wrote it.
import { type ContentThresholds, cleanDraft, extractDraft, gate, validate } from '../../domain/content';
import type { QueueItem } from '../../domain/queue';
import { ItemError } from '../../errors';
import type { GateVerdict } from '../../model';
import type { Draft, Finding, Generator, Usage } from '../../ports';

export interface CheckedDraft {
  draft: Draft;
  verdict: GateVerdict;
  findings: Finding[];
  usage: Usage;
  generated: boolean;
  fixPasses: number;
}

export interface ContentContext {
  generator?: Generator;
  readContent: (contentPath: string) => Promise<string>;
  thresholds: ContentThresholds;
  maxFixPasses: number;
  /** Normalised titles of other items' articles (and of this run's passed drafts) → their item id, as of now. */
  otherTitles: () => ReadonlyMap<string, string>;
  /**
   * Called in the same tick as a PASS, so a later item of this run with the
   * same title sees it taken (two same-title items in one run never both get
   * an article).
   */
  claimTitle?: (title: string) => void;
}

const ZERO: Usage = { tokens_in: 0, tokens_out: 0, cost_usd: 0 };

function addUsage(a: Usage, b: Usage): Usage {
  return {
    tokens_in: a.tokens_in + b.tokens_in,
    tokens_out: a.tokens_out + b.tokens_out,
    cost_usd: a.cost_usd + b.cost_usd,
  };
}

async function readyMarkdown(item: QueueItem, ctx: ContentContext): Promise<string | undefined> {
  const row = item.row;
  if (row.content.trim()) return row.content;
  if (row.content_path.trim()) return ctx.readContent(row.content_path.trim());
  return undefined;
}

export async function draftAndCheck(item: QueueItem, ctx: ContentContext): Promise<CheckedDraft> {
  // Fresh for every validation: other items of this run may have passed meanwhile.
  const ruleContext = () => ({ keywords: item.keywords, otherTitles: ctx.otherTitles(), itemId: item.id });
  const checked = (result: CheckedDraft): CheckedDraft => {
    if (result.verdict === 'PASS') ctx.claimTitle?.(result.draft.title);
    return result;
  };
  const markdown = await readyMarkdown(item, ctx);
  if (markdown !== undefined) {
    // Control characters (a NUL in a title) never reach a page, Shopify or the store.
    const draft = cleanDraft(extractDraft(markdown, item.row));
    const findings = validate(draft, ruleContext(), ctx.thresholds);
    return checked({ draft, verdict: gate(findings).verdict, findings, usage: ZERO, generated: false, fixPasses: 0 });
  }
  if (!ctx.generator) {
    throw new ItemError(
      'NO_CONTENT',
      'no content, no content_path and no generator: fill content or content_path, or configure LLM_BASE_URL and LLM_MODEL',
      false,
    );
  }
  const request = { item: { id: item.id, title: item.row.title, brief: item.row.brief, keywords: item.keywords } };
  const first = await ctx.generator.generate(request);
  let draft = cleanDraft(first.draft);
  let usage = first.usage;
  let findings = validate(draft, ruleContext(), ctx.thresholds);
  let verdict = gate(findings).verdict;
  let fixPasses = 0;
  while (verdict === 'RETRY' && fixPasses < ctx.maxFixPasses) {
    fixPasses += 1;
    const fixed = await ctx.generator.generate({ ...request, fix: { draft, findings } });
    draft = cleanDraft(fixed.draft);
    usage = addUsage(usage, fixed.usage);
    findings = validate(draft, ruleContext(), ctx.thresholds);
    verdict = gate(findings).verdict;
  }
  return checked({ draft, verdict, findings, usage, generated: true, fixPasses });
}
