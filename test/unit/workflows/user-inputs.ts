// The one list of the action inputs a user sets on GitHub, per action: each
// must reach the action from the repository's secrets or variables in the
// workflow that runs it (wiring.test.ts). A secret setting comes from
// `secrets.<ENV>`, any other from `vars.<ENV>`, where <ENV> is the setting's
// environment name (SHOPIFY_CLIENT_ID…), unless `from` names the expression.

export interface UserInput {
  input: string;
  /** The expression the workflow must pass, when it is not `secrets.<ENV>` / `vars.<ENV>`. */
  from?: RegExp;
}

const GITHUB_TOKEN = /^\$\{\{\s*secrets\.GITHUB_TOKEN\s*\}\}$/;

const SHEETS = [
  'sheets-id',
  'sheets-queue-tab',
  'sheets-runlog-tab',
  'google-service-account-json',
  'google-oauth-access-token',
];
const NOTIFY = ['slack-webhook-url', 'notify-webhook-url'];
const STATE = ['queue-backend', 'state-branch', 'request-timeout'];

const plain = (inputs: string[]): UserInput[] => inputs.map((input) => ({ input }));

export const USER_INPUTS: Record<string, { workflow: string; inputs: UserInput[] }> = {
  executor: {
    workflow: 'publish.yml',
    inputs: [
      ...plain([
        // Shopify: Dev Dashboard client credentials (primary), the legacy admin token (alternative).
        'shopify-store-domain',
        'shopify-client-id',
        'shopify-client-secret',
        'shopify-admin-token',
        'shopify-api-version',
        'shopify-blog-handle',
        'shopify-author',
        'llm-base-url',
        'llm-api-key',
        'llm-model',
        'llm-control-prompt',
        'config-file',
        'max-items',
        'require-approval',
        // The zone a publish_at without one is read in (the shop's readers').
        'timezone',
        ...SHEETS,
        ...NOTIFY,
        ...STATE,
      ]),
      { input: 'github-token', from: GITHUB_TOKEN },
    ],
  },
  'heartbeat-check': {
    workflow: 'publish.yml',
    inputs: [
      ...plain(['heartbeat-source', 'heartbeat-url', 'state-branch', 'request-timeout']),
      // The variable RUNBOOK.md names for it.
      { input: 'expect-local', from: /^\$\{\{\s*vars\.EXPECT_LOCAL_RUNNER(\s*\|\|\s*'(true|false)')?\s*\}\}$/ },
      { input: 'github-token', from: GITHUB_TOKEN },
    ],
  },
  supervisor: {
    workflow: 'supervisor.yml',
    inputs: [
      ...plain(['require-approval', 'timezone', 'heartbeat-source', 'heartbeat-url', ...SHEETS, ...NOTIFY, ...STATE]),
      {
        input: 'github-token',
        from: /^\$\{\{\s*steps\.app-token\.outputs\.token\s*\|\|\s*secrets\.AUTOPILOT_TOKEN\s*\}\}$/,
      },
    ],
  },
  reconcile: {
    workflow: 'supervisor.yml',
    inputs: [
      ...plain(['daily-cost-budget', ...SHEETS, ...NOTIFY, ...STATE]),
      { input: 'github-token', from: GITHUB_TOKEN },
    ],
  },
};
