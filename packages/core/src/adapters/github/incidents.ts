// Incidents as GitHub issues. An incident is an issue labelled `incident`
// whose body carries the hidden marker `<!-- autopilot-incident:KEY -->`; the
// key lives only in the marker (labels are capped at 50 characters and a
// label per key would clutter the repository's label list). Issues are found
// through the issues list endpoint — the search API lags behind writes and
// has a much lower rate limit.
//
// last_comment_at: find() reads the issue's comments and takes the newest one
// carrying our marker (we add it to every comment we post), so a human's
// comment never throttles our repeats. list() skips that (one more request per
// issue) and leaves last_comment_at unset.
import type { Incident } from '../../model';
import type { IncidentTracker, OpenIncident } from '../../ports';
import { INCIDENT_LABEL, incidentLabels, markerKey, severityFromLabels, withMarker } from '../incident-labels';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError } from './errors';
import { postOnce } from './post-once';

/** The fields of an issue we read (a subset of GitHub's issue). */
interface IssueData {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  labels: (string | { name?: string })[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  html_url: string;
  pull_request?: unknown;
}

export interface GitHubIncidentOptions extends GitHubOptions {
  /** Applied to every title, body and comment posted. */
  redact?: (text: string) => string;
}

export class GitHubIncidentTracker implements IncidentTracker {
  private readonly ctx: GitHubContext;
  private readonly redact: (text: string) => string;
  private readonly waitMs: number;

  constructor(options: GitHubIncidentOptions) {
    this.ctx = gitHubContext(options);
    this.redact = options.redact ?? ((text) => text);
    this.waitMs = options.retryBaseMs ?? 1000;
  }

  async find(key: string): Promise<Incident | undefined> {
    try {
      // Newest first, so the first match is the one we want and we can stop paging.
      for await (const issue of this.issues('all')) {
        if (markerKey(issue.body) !== key) continue;
        const incident = toIncident(issue, key);
        const last = await this.lastOwnCommentAt(issue.number, key);
        if (last) incident.last_comment_at = last;
        return incident;
      }
      return undefined;
    } catch (error) {
      throw gitHubError(error, `find incident ${key}`);
    }
  }

  async list(state: 'open' | 'closed' | 'all'): Promise<Incident[]> {
    const found: Incident[] = [];
    try {
      for await (const issue of this.issues(state)) {
        const key = markerKey(issue.body);
        if (key !== undefined) found.push(toIncident(issue, key));
      }
    } catch (error) {
      throw gitHubError(error, `list ${state} incidents`);
    }
    return found;
  }

  /**
   * Creates the issue. The caller opens only when no issue with this key is
   * open, so after a 5xx or no answer an open issue with the key's marker is
   * this write's effect (or a concurrent one's): found, it is not posted again.
   */
  async open(input: OpenIncident): Promise<Incident> {
    const { client, owner, repo } = this.ctx;
    try {
      return await postOnce({
        what: `open incident ${input.key}`,
        post: async () => {
          const { data } = await client.request('POST /repos/{owner}/{repo}/issues', {
            owner,
            repo,
            title: this.redact(input.title),
            body: withMarker(this.redact(input.body), input.key),
            labels: incidentLabels(input.severity, input.labels),
          });
          return toIncident(data as IssueData, input.key);
        },
        find: () => this.findOpen(input.key),
        waitMs: this.waitMs,
        log: this.ctx.log,
      });
    } catch (error) {
      throw gitHubError(error, `open incident ${input.key}`);
    }
  }

  async comment(incident: Incident, body: string): Promise<Incident> {
    try {
      const at = await this.postComment(incident, body);
      return { ...incident, last_comment_at: at, updated_at: at };
    } catch (error) {
      throw gitHubError(error, `comment on incident ${incident.key} (#${incident.id})`);
    }
  }

  async reopen(incident: Incident, body: string): Promise<Incident> {
    try {
      const reopened = await this.setState(incident, 'open');
      const at = await this.postComment(incident, body);
      return { ...reopened, last_comment_at: at, updated_at: at };
    } catch (error) {
      throw gitHubError(error, `reopen incident ${incident.key} (#${incident.id})`);
    }
  }

  /** Comment first, so the closing comment is the last word on the issue. */
  async close(incident: Incident, body: string): Promise<Incident> {
    try {
      const at = await this.postComment(incident, body);
      return { ...(await this.setState(incident, 'closed')), last_comment_at: at };
    } catch (error) {
      throw gitHubError(error, `close incident ${incident.key} (#${incident.id})`);
    }
  }

  private async findOpen(key: string): Promise<Incident | undefined> {
    for await (const issue of this.issues('open')) {
      if (markerKey(issue.body) === key) return toIncident(issue, key);
    }
    return undefined;
  }

  /** Issues labelled `incident`, newest first, pull requests left out (the issues endpoint lists both). */
  private async *issues(state: 'open' | 'closed' | 'all'): AsyncGenerator<IssueData> {
    const { client, owner, repo } = this.ctx;
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
      owner,
      repo,
      labels: INCIDENT_LABEL,
      state,
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    });
    for await (const page of pages) {
      for (const issue of page.data as IssueData[]) {
        if (!issue.pull_request) yield issue;
      }
    }
  }

  private async lastOwnCommentAt(issueNumber: number, key: string): Promise<string | undefined> {
    const { client, owner, repo } = this.ctx;
    const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const ours = comments.filter((c) => markerKey(c.body) === key).map((c) => c.created_at);
    return ours.sort().at(-1);
  }

  /**
   * After a 5xx or no answer, a comment with exactly this text made since the
   * issue was last seen is this write's effect: found, it is not posted again.
   */
  private async postComment(incident: Incident, body: string): Promise<string> {
    const { client, owner, repo } = this.ctx;
    const text = withMarker(this.redact(body), incident.key);
    const issue_number = Number(incident.id);
    return postOnce({
      what: `comment on incident ${incident.key} (#${incident.id})`,
      post: async () => {
        const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number,
          body: text,
        });
        return data.created_at;
      },
      find: async () => {
        const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number,
          since: incident.updated_at,
          per_page: 100,
        });
        return comments.find((c) => c.body === text && c.created_at >= incident.updated_at)?.created_at;
      },
      waitMs: this.waitMs,
      log: this.ctx.log,
    });
  }

  private async setState(incident: Incident, state: 'open' | 'closed'): Promise<Incident> {
    const { client, owner, repo } = this.ctx;
    const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner,
      repo,
      issue_number: Number(incident.id),
      state,
      state_reason: state === 'closed' ? 'completed' : 'reopened',
    });
    return toIncident(data as IssueData, incident.key);
  }
}

function toIncident(issue: IssueData, key: string): Incident {
  const labels = issue.labels
    .map((label) => (typeof label === 'string' ? label : label.name))
    .filter((name): name is string => Boolean(name));
  const incident: Incident = {
    key,
    id: String(issue.number),
    state: issue.state === 'closed' ? 'closed' : 'open',
    title: issue.title,
    severity: severityFromLabels(labels),
    labels,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    url: issue.html_url,
  };
  if (issue.closed_at) incident.closed_at = issue.closed_at;
  return incident;
}
