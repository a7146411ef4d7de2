// Checks the fake GitHub server against GitHub's official OpenAPI description
// (@octokit/openapi): does a route exist with that method, does what our
// client sent match the route's request schema (required fields, types, no
// unknown fields), and does a response body carry every field the schema marks required (following $ref,
// nullable, oneOf with discriminator, allOf, arrays). Hand-written because a
// full validator (ajv) is not installed and "required fields and basic
// types" is all we want to hold the fake to.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON.
type Json = any;

export interface OpenApiSpec {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
}

let cached: OpenApiSpec | undefined;

/** The description is 13 MB: load it once per test file. */
export function loadGitHubSpec(): OpenApiSpec {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cached = JSON.parse(readFileSync(path, 'utf8')) as OpenApiSpec;
  }
  return cached;
}

function resolve(spec: OpenApiSpec, node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref) ?? [];
    current = section && name ? spec.components[section]?.[name] : undefined;
  }
  return current;
}

export function hasRoute(spec: OpenApiSpec, method: string, route: string): boolean {
  return Boolean(spec.paths[route]?.[method.toLowerCase()]);
}

/** The statuses the description lists for a route, e.g. ['200', '404']. */
export function documentedStatuses(spec: OpenApiSpec, method: string, route: string): string[] {
  return Object.keys(spec.paths[route]?.[method.toLowerCase()]?.responses ?? {});
}

/** The JSON schema of a response; undefined when the status has no JSON body in the description. */
export function responseSchema(spec: OpenApiSpec, method: string, route: string, status: number): Json {
  const response = resolve(spec, spec.paths[route]?.[method.toLowerCase()]?.responses?.[String(status)]);
  return response?.content?.['application/json']?.schema;
}

/** Problems of `value` against `schema`, as "$.path: what" lines; [] when it conforms. */
export function checkAgainstSchema(spec: OpenApiSpec, schema: Json, value: unknown, at = '$'): string[] {
  const s = resolve(spec, schema);
  if (!s) return [];
  if (value === null) return s.nullable || s.type === undefined ? [] : [`${at}: null but not nullable`];
  if (Array.isArray(s.allOf)) return s.allOf.flatMap((part: Json) => checkAgainstSchema(spec, part, value, at));
  const branches: Json[] | undefined = s.oneOf ?? s.anyOf;
  if (branches) {
    const discriminator = s.discriminator?.propertyName;
    const picked = discriminator
      ? s.discriminator.mapping?.[(value as Record<string, unknown>)?.[discriminator] as string]
      : undefined;
    if (picked) return checkAgainstSchema(spec, { $ref: picked }, value, at);
    const results = branches.map((branch) => checkAgainstSchema(spec, branch, value, at));
    return results.some((r) => r.length === 0) ? [] : (results.sort((a, b) => a.length - b.length)[0] ?? []);
  }
  const type = s.type ?? (s.properties || s.required ? 'object' : undefined);
  switch (type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
      const record = value as Record<string, unknown>;
      const missing = ((s.required ?? []) as string[])
        .filter((key) => !(key in record))
        .map((key) => `${at}.${key}: required, missing`);
      const nested = Object.entries(s.properties ?? {}).flatMap(([key, child]) =>
        key in record ? checkAgainstSchema(spec, child, record[key], `${at}.${key}`) : [],
      );
      return [...missing, ...nested];
    }
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return value.flatMap((item, index) => checkAgainstSchema(spec, s.items, item, `${at}[${index}]`));
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: expected a string, got ${JSON.stringify(value)}`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean, got ${JSON.stringify(value)}`];
    default:
      return [];
  }
}

/** The JSON schema of a route's request body; undefined when it takes none. */
export function requestSchema(spec: OpenApiSpec, method: string, route: string): Json {
  const body = resolve(spec, spec.paths[route]?.[method.toLowerCase()]?.requestBody);
  return body?.content?.['application/json']?.schema;
}

/** Request fields the schema does not know (GitHub answers 422 to some, ignores others: neither is what we mean). */
function unknownFields(spec: OpenApiSpec, schema: Json, value: unknown): string[] {
  const s = resolve(spec, schema);
  if (!s?.properties || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !(key in s.properties))
    .map((key) => `$.${key}: not in the request schema`);
}

/** One answer of the fake server, as recorded for checking. */
export interface CheckedExchange {
  method: string;
  route: string;
  status: number;
  body: unknown;
  /** What the client sent, checked against the route's request schema. */
  requestBody?: unknown;
}

/**
 * Problems of recorded answers: an undocumented route, a success status the
 * description does not list for it, or a body missing required fields.
 * Error statuses need not be listed: the description omits most of them
 * (no 404 for a missing variable, no 5xx or 429 anywhere), but where it has
 * a schema for one, the body is checked against it.
 */
export function checkExchanges(spec: OpenApiSpec, exchanges: readonly CheckedExchange[]): string[] {
  const problems: string[] = [];
  for (const x of exchanges) {
    const name = `${x.method} ${x.route} → ${x.status}`;
    if (!hasRoute(spec, x.method, x.route)) {
      problems.push(`${name}: route not in GitHub's OpenAPI description`);
      continue;
    }
    if (x.requestBody !== undefined) {
      const wanted = requestSchema(spec, x.method, x.route);
      if (!wanted) problems.push(`${name}: request has a body but the route takes none`);
      else {
        const sent = [
          ...checkAgainstSchema(spec, wanted, x.requestBody),
          ...unknownFields(spec, wanted, x.requestBody),
        ];
        problems.push(...sent.map((p) => `${name}: request ${p}`));
      }
    }
    const schema = responseSchema(spec, x.method, x.route, x.status);
    if (!schema) {
      const documented = documentedStatuses(spec, x.method, x.route).includes(String(x.status));
      if (!documented && x.status < 400) problems.push(`${name}: status not documented for this route`);
      continue;
    }
    problems.push(...checkAgainstSchema(spec, schema, x.body).map((p) => `${name}: ${p}`));
  }
  return problems;
}
