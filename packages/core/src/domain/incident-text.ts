// Text put into an incident (a GitHub issue body or comment) from outside:
// a workflow's input, an error message a server sent, an item id or title.
// It is shown as the characters it holds, never as markup — escaped with the
// helper the job summaries use (escapeMarkdownText: no link, image, HTML,
// table or code span can start or end in it) — and it never reaches anyone:
//
// - `@name` and `@org/team` would notify them. An incident pings nobody from
//   its text: a zero-width space goes after every `@`, so GitHub sees no
//   mention and a reader sees `@name` unchanged.
// - `#123`, `GH-123` and `owner/repo#123` would link (and cross-reference)
//   another issue or pull request: the same zero-width space goes after the
//   `#` / `GH-`, so the text stays and the reference does not.
//
// Line breaks are kept (a multi-line message stays readable, a `- ` line
// stays a list item); emphasis marks are left, as in the summaries. A bare
// URL still shows as a link, its text being the address itself, so it cannot
// pose as another. Values in code spans (the key, the trace id) go through
// codeSpan: a backtick in them cannot close the span early. Pure.
import { escapeMarkdownText } from '../util/markdown-text';

/** U+200B: invisible, and no username, issue number or URL character. */
const ZWSP = '\u200b';

/** `@mentions` and issue references made inert (see above); everything else unchanged. */
export function neutralizeReferences(text: string): string {
  return text.replace(/@/g, `@${ZWSP}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZWSP}`);
}

/** Untrusted text as literal markdown for an incident body: escaped, inert, its lines kept. */
export function incidentText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => neutralizeReferences(escapeMarkdownText(line)))
    .join('\n');
}

/**
 * A code span that shows `text` exactly: fenced by more backticks than the
 * longest run inside it (CommonMark), padded when it starts or ends with a
 * backtick, on one line (a blank line would end the paragraph and the span).
 */
export function codeSpan(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
