// Masks secrets in any text we post or print: known secret values (and their
// JSON-escaped and URL-encoded forms, which is how they turn up inside
// serialized payloads and URLs), the secret parts of secret URLs (a webhook's
// path and query values, as a server quoting the request line shows them),
// plus the shapes of well-known tokens.

export const REDACTED = '***';

/** Environment variable names whose values are treated as secrets. AUTH but not AUTHOR (GIT_AUTHOR_NAME is not a secret). */
export const SECRET_ENV_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|WEBHOOK|CREDENTIAL|AUTH(?!OR)/i;

/** Values shorter than this are ignored: masking "abc" everywhere would shred ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/** Flag-like values a secret-looking variable may hold that are not secrets. */
const NOT_SECRET_VALUES = new Set(['true', 'false', 'null', 'undefined']);

export interface RedactorOptions {
  /** Secret values (inputs, tokens) to mask wherever they appear. */
  secrets?: readonly (string | undefined)[];
  /** Environment: the values of variables whose names look secret are masked too. */
  env?: NodeJS.ProcessEnv;
}

/** Token shapes masked even when we were not told the value. */
const TOKEN_PATTERNS: readonly [RegExp, string][] = [
  // PEM private key blocks, raw or JSON-escaped (\n inside), whole.
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g, REDACTED],
  // GitHub: classic, OAuth, user-to-server, server-to-server, refresh; fine-grained PATs.
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
  // Shopify access tokens, custom-app, private-app and shared secrets.
  [/\bshp(?:at|ca|pa|ss)_[A-Za-z0-9]{16,}/g, REDACTED],
  // OpenAI-style keys: sk-..., sk-proj-...
  [/\bsk-(?:proj-)?[A-Za-z0-9_-]{16,}/g, REDACTED],
  // Slack tokens and incoming-webhook paths.
  [/\bxox[bpas]-[A-Za-z0-9-]{10,}/g, REDACTED],
  [/\bxapp-[A-Za-z0-9-]{10,}/g, REDACTED],
  [/(hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, `$1${REDACTED}`],
  // Authorization headers quoted in text.
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${REDACTED}`],
  // Passwords in URLs: https://user:password@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^/\s@]+@/gi, `$1${REDACTED}@`],
];

/** The forms a value takes inside JSON strings and URLs, besides itself. */
function variants(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
  return [...forms];
}

/** A path segment that names nothing secret: a plain word such as `services`, `api`, `hooks`, `v1`. */
const PLAIN_SEGMENT = /^(?:[a-z]+(?:[-_][a-z]+)*|v\d{1,2})$/;

/**
 * The secret parts of a secret URL (a webhook): the path and query as a
 * request line quotes them, each path segment after the host that is not a
 * plain word, and each query value. A server that answers with the request
 * line, or a log that shows only the path, must not give the URL away.
 */
export function secretUrlParts(secret: string): string[] {
  let url: URL;
  try {
    url = new URL(secret);
  } catch {
    return [];
  }
  if (!/^(?:https?|wss?):$/.test(url.protocol)) return [];
  const parts: string[] = [];
  const path = url.pathname.replace(/\/+$/, '');
  if (path.length > 1) parts.push(`${url.pathname}${url.search}`, `${path}${url.search}`, path);
  for (const segment of url.pathname.split('/')) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // keep it as written
    }
    if (decoded.length >= 16 || !PLAIN_SEGMENT.test(decoded)) parts.push(segment, decoded);
  }
  for (const [, value] of url.searchParams) parts.push(value);
  if (url.username) parts.push(url.username);
  if (url.password) parts.push(url.password);
  return parts.filter((part) => part.length >= MIN_SECRET_LENGTH);
}

export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && value && !NOT_SECRET_VALUES.has(value.toLowerCase()))
    .map(([, value]) => value as string);
}

export function createRedactor(options: RedactorOptions = {}): (text: string) => string {
  const values = [...(options.secrets ?? []), ...(options.env ? secretValuesFromEnv(options.env) : [])]
    .map((value) => value?.trim() ?? '')
    .filter((value) => value.length >= MIN_SECRET_LENGTH);
  // Longest first, so a secret that contains another is masked whole.
  const needles = [...new Set(values.flatMap((value) => [value, ...secretUrlParts(value)]).flatMap(variants))].sort(
    (a, b) => b.length - a.length,
  );

  return (text: string): string => {
    if (!text) return text;
    let out = text;
    for (const needle of needles) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    for (const [pattern, replacement] of TOKEN_PATTERNS) out = out.replace(pattern, replacement);
    return maskCutSecret(out, needles);
  };
}

/** How a shortened text ends (cellText and friends cut at a length and add one). */
const CUT_MARK = '…';

/**
 * A text shortened before it reached the redactor (a queue cell cut at 500
 * characters) may end in the first part of a secret, which no whole-value
 * match finds. When the text ends with the cut mark, the longest piece before
 * it that begins a known secret (at least MIN_SECRET_LENGTH characters) is
 * masked as well.
 */
function maskCutSecret(text: string, needles: readonly string[]): string {
  if (!text.endsWith(CUT_MARK)) return text;
  const body = text.slice(0, -CUT_MARK.length);
  let cut = 0;
  for (const needle of needles) {
    for (let n = Math.min(needle.length - 1, body.length); n >= MIN_SECRET_LENGTH && n > cut; n--) {
      if (body.endsWith(needle.slice(0, n))) {
        cut = n;
        break;
      }
    }
  }
  return cut > 0 ? `${body.slice(0, -cut)}${REDACTED}${CUT_MARK}` : text;
}
