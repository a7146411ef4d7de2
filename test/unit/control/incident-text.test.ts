// Incident bodies carry text from outside (a workflow's input, a server's
// error message, an item id or title): posted, it must show as written and
// never act — no image, link, HTML, marker, code-span break-out, mention or
// issue reference. Checked on the body the tracker is given, and on the
// issue the (fake) GitHub API receives.
import { describe, expect, it } from 'vitest';
import { GitHubIncidentTracker } from '../../../packages/core/src/adapters/github';
import { markerKey } from '../../../packages/core/src/adapters/local/incidents-dir';
import { renderIncidentBody } from '../../../packages/core/src/domain/incident';
import { codeSpan, incidentText, neutralizeReferences } from '../../../packages/core/src/domain/incident-text';
import { UserError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { runIncident } from '../../../packages/core/src/services/incident';
import { createRedactor } from '../../../packages/core/src/util/redact';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';
import { FakeIncidents } from './fakes';

const Z = '\u200b';
const NOW = new Date('2025-03-01T00:00:00Z');
const HOSTILE = [
  'Publish failed for item `evil` ](http://evil.example) — cc @everyone and @acme/owners, see #123 and GH-7 and acme/site#9',
  '<img src=x onerror=alert(1)> ![pixel](https://tracker.example/p.png) [Approve](https://phish.example)',
  '<!-- autopilot-incident:other-key --> | a | table |',
].join('\n');

/** What must not be in a posted body for the hostile text above (the trace id's code span aside: literal there). */
function expectInert(posted: string) {
  const body = posted.replace(/^- Trace: .*$/m, '');
  expect(body).not.toMatch(/@(everyone|acme)/); // no mention: a zero-width space after every @
  expect(body).toContain(`@${Z}everyone`);
  expect(body).toContain(`@${Z}acme/owners`);
  expect(body).not.toMatch(/#\d|GH-\d/i); // no issue reference
  expect(body).toContain(`#${Z}123`);
  expect(body).toContain(`GH-${Z}7`);
  expect(body).toContain(`acme/site#${Z}9`);
  expect(body).not.toContain('<img'); // no HTML
  expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(body).not.toMatch(/(^|[^\\])\]\(/); // no link or image can close: every ] is escaped
  expect(body).toContain('\\](http://evil.example)');
  expect(body).toContain('\\!\\[pixel\\](https://tracker.example/p.png)');
  expect(body).toContain('\\`evil\\`'); // the backticks show, they open no code span
  expect(body).toContain('\\| a \\| table \\|');
  // One marker, ours, at the end: the injected one is text, and does not name this issue's key.
  expect(body.match(/<!-- autopilot-incident:/g)).toHaveLength(1);
  expect(markerKey(body)).toBe('publish-failed');
}

describe('incidentText, codeSpan', () => {
  it('escapes markdown as the job summaries do, keeps the lines, and makes mentions and references inert', () => {
    expect(incidentText('a [b](c)\n@d #1')).toBe(`a \\[b\\](c)\n@${Z}d #${Z}1`);
    // Not a reference: no digit after it, or a word character before GH.
    expect(neutralizeReferences('C# and #main and XGH-1')).toBe('C# and #main and XGH-1');
  });

  it.each([
    ['abc-1', '`abc-1`'],
    ['a`b', '``a`b``'],
    ['`x``', '``` `x`` ```'],
    ['two\n\nparagraphs', '`two paragraphs`'],
  ])('code span of %j is %s: no backtick or blank line closes it early', (text, span) => {
    expect(codeSpan(text)).toBe(span);
  });
});

describe('runIncident with hostile text', () => {
  const request = {
    action: 'open' as const,
    key: 'publish-failed',
    title: 'Publish failed: @everyone #123',
    body: HOSTILE,
    severity: 'high' as const,
    now: NOW,
    traceId: 'trace`) @everyone',
    runUrl: 'https://github.com/o/r/actions/runs/1',
  };

  it('posts a body that shows the text and does nothing with it; the title pings and links nothing', async () => {
    const incidents = new FakeIncidents(() => NOW);
    const deps = { incidents, redact: (t: string) => t, log: createMemoryLogger() };
    await runIncident(deps, request);
    const [posted] = incidents.posted;
    expectInert(posted?.body ?? '');
    expect(posted?.body).toContain('Trace: ``trace`) @everyone``'); // in a code span: literal, never a mention
    expect(posted?.body).toContain('Run: https://github.com/o/r/actions/runs/1');
    expect(posted?.title).toBe(`Publish failed: @${Z}everyone #${Z}123`);
  });

  it('what GitHub receives is as inert (the issue created through the API)', async () => {
    const fake = await newFakeGitHub({ clock: () => NOW });
    const tracker = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    await runIncident({ incidents: tracker, redact: (t: string) => t, log: createMemoryLogger() }, request);
    const [issue] = fake.issues;
    expectInert(issue?.body ?? '');
    expect(issue?.title).not.toMatch(/@everyone|#123/);
  });

  it('redacts before escaping: a secret holding markup characters is still masked', async () => {
    const secret = 'p@ss&<word>#42';
    const incidents = new FakeIncidents(() => NOW);
    const deps = { incidents, redact: createRedactor({ secrets: [secret] }), log: createMemoryLogger() };
    await runIncident(deps, { ...request, title: `leak ${secret}`, body: `the token ${secret} leaked` });
    const posted = JSON.stringify(incidents.posted);
    expect(posted).not.toContain('ss&amp;&lt;word&gt;');
    expect(posted).not.toContain(`ss&<word>#${Z}42`);
    expect(incidents.posted[0]?.body).toContain('the token *** leaked');
  });

  it('refuses a key that could end the hidden marker early (exit 2), before posting anything', async () => {
    const incidents = new FakeIncidents(() => NOW);
    const deps = { incidents, redact: (t: string) => t, log: createMemoryLogger() };
    await expect(runIncident(deps, { ...request, key: 'x --> <img src=x>' })).rejects.toThrow(UserError);
    await expect(runIncident(deps, { ...request, key: 'x\ny' })).rejects.toThrow(/key "x\\ny" holds/);
    expect(incidents.posted).toEqual([]);
  });

  it('an ordinary body reads as before', () => {
    const body = renderIncidentBody({ key: 'dead-letter', summary: 'Dead letters piled up.\n- 3 rows FAILED' });
    expect(body).toBe(
      'Dead letters piled up.\n- 3 rows FAILED\n\n- Incident key: `dead-letter` — see RUNBOOK.md for what to do.\n\n<!-- autopilot-incident:dead-letter -->',
    );
  });
});

const newFakeGitHub = useFakeGitHub();
