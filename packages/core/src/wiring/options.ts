// Config → the options each service takes. One place maps setting names to
// service fields, so the CLI and the actions cannot drift apart.
import type { ControlConfig } from '../adapters/llm';
import type { Config } from '../config';
import { type ContentThresholds, DEFAULT_THRESHOLDS } from '../domain/content';
import { UserError } from '../errors';
import type { Mode } from '../model';
import type { ExecutorOptions } from '../services/executor';
import type { IncidentRequest } from '../services/incident';
import type { SupervisorOptions } from '../services/supervisor';
import { defaultQueueRules } from '../services/supervisor-queue-rules';

/** Thresholds: the settings, overridden by CONFIG_FILE's `thresholds` where it sets them. */
export function thresholdsFrom(config: Config, control?: ControlConfig): ContentThresholds {
  const t = control?.thresholds ?? {};
  return {
    ...DEFAULT_THRESHOLDS,
    titleMax: t.title_max ?? config.titleMax,
    summaryMax: t.summary_max ?? config.summaryMax,
    bodyMinWords: t.body_min_words ?? config.bodyMinWords,
    bodyMaxWords: t.body_max_words ?? config.bodyMaxWords,
    headingsAfterWords: t.headings_after_words ?? config.headingsAfterWords,
    bannedPhrases: [...DEFAULT_THRESHOLDS.bannedPhrases, ...config.bannedPhrases, ...(t.banned_phrases ?? [])],
    metaTitleMax: t.meta_title_max ?? config.metaTitleMax,
    metaDescriptionMin: t.meta_description_min ?? config.metaDescriptionMin,
    metaDescriptionMax: t.meta_description_max ?? config.metaDescriptionMax,
    requireImage: t.require_image ?? config.requireImage,
    readingEaseMin: t.reading_ease_min ?? config.readingEaseMin,
    readingEaseMax: t.reading_ease_max ?? config.readingEaseMax,
    nearDuplicateThreshold: t.near_duplicate_threshold ?? config.nearDuplicateThreshold,
  };
}

export function executorOptionsFrom(
  config: Config,
  run: { mode: Mode; runId: string; traceId: string; owner: string; control?: ControlConfig },
): ExecutorOptions {
  return {
    mode: run.mode,
    runId: run.runId,
    traceId: run.traceId,
    owner: run.owner,
    maxItems: config.maxItems,
    concurrency: config.concurrency,
    shard: config.shard,
    timeBudgetSeconds: config.timeBudget,
    leaseSeconds: config.lease,
    maxAttempts: config.maxAttempts,
    maxFixPasses: config.maxFixPasses,
    requireApproval: config.requireApproval,
    timeZone: config.timezone,
    backoff: { scheduleSeconds: config.backoff, jitter: config.backoffJitter },
    thresholds: thresholdsFrom(config, run.control),
    author: config.shopifyAuthor,
  };
}

export function heartbeatPolicyFrom(config: Config) {
  return {
    thresholds: {
      maxAgeMinutes: config.maxAgeMinutes,
      deadAfterHours: config.deadAfterHours,
      futureToleranceSeconds: config.futureToleranceSeconds,
    },
    expectLocal: config.expectLocal,
    staleGraceMinutes: config.staleGraceMinutes,
    incidentPolicy: incidentPolicyFrom(config),
  };
}

export function incidentPolicyFrom(config: Config) {
  return { repeatIntervalHours: config.repeatIntervalHours, reopenWindowHours: config.reopenWindowHours };
}

export function supervisorOptionsFrom(
  config: Config,
  run: { now: Date; runId: string; runUrl?: string; traceId?: string },
): SupervisorOptions {
  return {
    dryRun: config.dryRun,
    now: run.now,
    runId: run.runId,
    runUrl: run.runUrl,
    traceId: run.traceId,
    policy: {
      failureThreshold: config.failureThreshold,
      healthWindow: config.healthWindow,
      reviewWindowHours: config.reviewWindowHours,
      deadLetterThreshold: config.deadLetterThreshold,
      stallAfterHours: config.stallAfterHours,
      repeatIntervalHours: config.repeatIntervalHours,
    },
    heartbeatThresholds: heartbeatPolicyFrom(config).thresholds,
    incidentPolicy: incidentPolicyFrom(config),
    queueRules: defaultQueueRules(config.requireApproval, config.timezone),
  };
}

export function reconcileOptionsFrom(
  config: Config,
  run: { now: Date; runId?: string; traceId?: string; runUrl?: string; by?: string },
) {
  return {
    now: run.now,
    runId: run.runId,
    traceId: run.traceId,
    runUrl: run.runUrl,
    windowHours: config.windowHours,
    trendDays: config.trendDays,
    policy: {
      minSamples: config.minSamples,
      pauseFailureRate: config.pauseFailureRate,
      reviewFailureRate: config.reviewFailureRate,
      blockRateThreshold: config.blockRateThreshold,
      dailyCostBudgetUsd: config.dailyCostBudget,
    },
    by: run.by ?? 'reconcile',
    historyLimit: config.historyLimit,
    dryRun: config.dryRun,
    incidentPolicy: incidentPolicyFrom(config),
    metricsFile: config.metricsFile,
  };
}

export function incidentRequestFrom(
  config: Config,
  run: { now: Date; runId?: string; traceId?: string; runUrl?: string },
): IncidentRequest {
  if (!config.incidentAction) throw new UserError('action is missing; expected open, update or resolve');
  if (!config.incidentKey) throw new UserError('key is missing; expected an incident key such as pipeline-unstable');
  if (config.incidentAction !== 'resolve' && !config.incidentTitle) {
    throw new UserError(`title is missing; ${config.incidentAction} needs a title`);
  }
  return {
    action: config.incidentAction,
    key: config.incidentKey,
    title: config.incidentTitle ?? config.incidentKey,
    body: config.incidentBody ?? '',
    severity: config.severity,
    labels: config.labels,
    now: run.now,
    policy: incidentPolicyFrom(config),
    runId: run.runId,
    runUrl: run.runUrl,
    traceId: run.traceId,
  };
}
