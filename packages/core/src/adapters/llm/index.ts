export { backoffMs, isRetryableStatus, MAX_RETRY_WAIT_MS, retryAfterMs, retryWaitMs } from '../../util/http-retry';
export {
  type ControlConfig,
  type ControlThresholds,
  controlPricing,
  loadControlConfig,
  parseControlConfig,
  resolveControlPrompt,
} from './control-config';
export { DRAFT_JSON_SCHEMA, toDraft } from './draft-schema';
export { extractJsonObject } from './json-extract';
export { OpenAiCompatibleGenerator, type OpenAiGeneratorOptions, type Pricing } from './openai-generator';
export { buildMessages, type ChatMessage, DEFAULT_SYSTEM_PROMPT } from './prompt';
