// Finding the JSON object in a model's plain-text answer, for servers that do
// not support structured output: "Here is your article: ```json {...} ```".
// Hand-written because no installed library finds a balanced object inside
// prose; JSON.parse does the actual parsing.

/** The whole text as JSON, a ```json fenced block, or the first balanced {...} that parses; undefined if none. */
export function extractJsonObject(text: string): Record<string, unknown> | undefined {
  const whole = tryObject(text.trim());
  if (whole) return whole;
  for (const match of text.matchAll(/```[a-zA-Z]*[ \t]*\r?\n([\s\S]*?)```/g)) {
    const fenced = tryObject((match[1] ?? '').trim());
    if (fenced) return fenced;
  }
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end === -1) continue;
    const candidate = tryObject(text.slice(start, end + 1));
    if (candidate) return candidate;
  }
  return undefined;
}

function tryObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Index of the brace closing the one at `start`, skipping braces inside strings; -1 when unbalanced. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
