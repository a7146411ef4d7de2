// Getting a draft for an item: ready content from the row, or the generator,
// then validation and the gate, with auto-fix passes when a generator wrote it.
import {
  type ContentThresholds,
  type Corpus,
  catalogLinks,
  cleanDraft,
  effectiveMetaDescription,
  effectiveMetaTitle,
  extractDraft,
  gate,
  linkTarget,
  mergeRowFields,
  renderMarkdown,
  slugify,
  validate,
  withSeoDefaults,
} from '../../domain/content';
import type { TitleLookup } from '../../domain/content/rules/types';
import type { QueueItem } from '../../domain/queue';
import { ItemError } from '../../errors';
import type { GateVerdict } from '../../model';
import type { ArticleInput, Catalog, CatalogEntry, Draft, Finding, Generator, Usage } from '../../ports';

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
  otherTitles: () => TitleLookup;
  /**
   * Called in the same tick as a PASS, so a later item of this run with the
   * same title sees it taken (two same-title items in one run never both get
   * an article).
   */
  claimTitle?: (title: string) => void;
  /**
   * Other articles to compare a draft with (NEAR_DUPLICATE): the blog's, other
   * queue rows' and this run's passed drafts. Absent: not compared.
   */
  corpus?: (itemId: string) => Promise<Corpus>;
  /** Called with a draft that passed, so later items of the run compare with it too. */
  claimText?: (draft: Draft) => void;
  /** How many shop products/collections match the item (NO_INTERNAL_LINK); absent: not checked. */
  catalogMatches?: (item: QueueItem) => Promise<number>;
  /** Host names of the shop, so an absolute link to it counts as internal. */
  shopHosts?: readonly string[];
  /**
   * The shop's catalog: looked up before drafting (matches go to the model
   * with their URLs and count for NO_INTERNAL_LINK), and every internal link
   * of a draft is checked against it (BROKEN_LINK). Absent: neither.
   */
  catalog?: Catalog;
}

/** Every internal link of the draft that names a product, collection, page or article: href → exists (unknown ones left out). */
async function checkLinks(draft: Draft, catalog: Catalog): Promise<Map<string, boolean>> {
  const checks = new Map<string, boolean>();
  for (const href of catalogLinks(draft.body_markdown, catalog.hosts)) {
    const target = linkTarget(href, catalog.hosts);
    const exists = target ? await catalog.exists(target) : undefined;
    if (exists !== undefined) checks.set(href, exists);
  }
  return checks;
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
  const matches: CatalogEntry[] = ctx.catalog ? await ctx.catalog.search([...item.keywords, ...item.links]) : [];
  const catalogMatches = ctx.catalog ? matches.length : ((await ctx.catalogMatches?.(item)) ?? 0);
  // Fresh for every validation: other items of this run may have passed meanwhile.
  // The titles are looked up last, after every await, so validate (in the same tick) sees them as of now.
  const ruleContext = async (draft: Draft) => {
    const corpus = ctx.corpus ? await ctx.corpus(item.id) : undefined;
    const linkChecks = ctx.catalog ? await checkLinks(draft, ctx.catalog) : undefined;
    return {
      keywords: item.keywords,
      otherTitles: ctx.otherTitles(),
      itemId: item.id,
      catalogMatches,
      shopHosts: ctx.catalog ? [...(ctx.shopHosts ?? []), ...ctx.catalog.hosts] : ctx.shopHosts,
      ...(linkChecks && { linkChecks }),
      corpus,
    };
  };
  const checked = (result: CheckedDraft): CheckedDraft => {
    if (result.verdict === 'PASS') {
      ctx.claimTitle?.(result.draft.title);
      ctx.claimText?.(result.draft);
    }
    return result;
  };
  const markdown = await readyMarkdown(item, ctx);
  if (markdown !== undefined) {
    // Control characters (a NUL in a title) never reach a page, Shopify or the store.
    const merged = mergeRowFields(extractDraft(markdown, item.row), item.row, { generated: false });
    const draft = cleanDraft(withSeoDefaults(merged, ctx.thresholds));
    const findings = validate(draft, await ruleContext(draft), ctx.thresholds);
    return checked({ draft, verdict: gate(findings).verdict, findings, usage: ZERO, generated: false, fixPasses: 0 });
  }
  if (!ctx.generator) {
    throw new ItemError(
      'NO_CONTENT',
      'no content, no content_path and no generator: fill content or content_path, or configure LLM_BASE_URL and LLM_MODEL',
      false,
    );
  }
  const request = {
    item: {
      id: item.id,
      title: item.row.title,
      brief: item.row.brief,
      keywords: item.keywords,
      ...(item.row.language.trim() && { language: item.row.language.trim() }),
      ...(item.row.image_url.trim() && { image_url: item.row.image_url.trim() }),
      ...(item.links.length > 0 && { links: item.links }),
      ...(matches.length > 0 && { catalog: matches }),
    },
  };
  // The row's own fields win over the model's, on every pass.
  const generated = (d: Draft) =>
    cleanDraft(withSeoDefaults(mergeRowFields(d, item.row, { generated: true }), ctx.thresholds));
  const first = await ctx.generator.generate(request);
  let draft = generated(first.draft);
  let usage = first.usage;
  let findings = validate(draft, await ruleContext(draft), ctx.thresholds);
  let verdict = gate(findings).verdict;
  let fixPasses = 0;
  while (verdict === 'RETRY' && fixPasses < ctx.maxFixPasses) {
    fixPasses += 1;
    const fixed = await ctx.generator.generate({ ...request, fix: { draft, findings } });
    draft = generated(fixed.draft);
    usage = addUsage(usage, fixed.usage);
    findings = validate(draft, await ruleContext(draft), ctx.thresholds);
    verdict = gate(findings).verdict;
  }
  return checked({ draft, verdict, findings, usage, generated: true, fixPasses });
}

/**
 * What the publisher is sent for a draft that passed: the body rendered, the
 * SEO title and description (the draft's own, else its title and summary),
 * the featured image, author (the row's, else the `shopify-author` setting),
 * language, and publishAt for a row whose publish_at is still ahead.
 */
export function articleInputOf(
  item: QueueItem,
  draft: Draft,
  options: { published: boolean; author?: string; now: Date },
): ArticleInput {
  const author = draft.author || options.author;
  const imageUrl = draft.image_url?.trim();
  return {
    item_id: item.id,
    handle: item.row.handle || slugify(draft.title || item.id),
    title: draft.title,
    summary: draft.summary,
    body_html: renderMarkdown(draft.body_markdown),
    tags: draft.tags.length > 0 ? draft.tags : item.keywords,
    author,
    ...(imageUrl && { image: { url: imageUrl, altText: draft.image_alt?.trim() ?? '' } }),
    seo: { title: effectiveMetaTitle(draft), description: effectiveMetaDescription(draft) },
    ...(draft.language && { language: draft.language }),
    ...(item.publishAt && item.publishAt > options.now && { publishAt: item.publishAt.toISOString() }),
    published: options.published,
  };
}
