// The credentials the Sheets client sends: a service account's key JSON, a
// ready OAuth access token, or Application Default Credentials — in that
// order of preference. A malformed key is the user's mistake and says so,
// naming the setting, without echoing the (secret) content.
import { GoogleAuth, JWT, OAuth2Client } from 'google-auth-library';
import { UserError } from '../../errors';

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export interface SheetsAuthOptions {
  serviceAccountJson?: string;
  accessToken?: string;
  useAdc?: boolean;
}

export type SheetsAuth = JWT | OAuth2Client | GoogleAuth;

export function createSheetsAuth(options: SheetsAuthOptions): SheetsAuth {
  if (options.serviceAccountJson?.trim()) {
    const key = parseServiceAccount(options.serviceAccountJson);
    return new JWT({ email: key.client_email, key: key.private_key, scopes: [SHEETS_SCOPE] });
  }
  if (options.accessToken?.trim()) {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: options.accessToken.trim() });
    return client;
  }
  if (options.useAdc) return new GoogleAuth({ scopes: [SHEETS_SCOPE] });
  throw new UserError(
    'Google Sheets needs credentials: set GOOGLE_SERVICE_ACCOUNT_JSON (a service account key JSON) or ' +
      'GOOGLE_OAUTH_ACCESS_TOKEN, or use Application Default Credentials.',
  );
}

function parseServiceAccount(text: string): { client_email: string; private_key: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(
      'GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON; expected the key file of a service account, as downloaded from Google Cloud.',
    );
  }
  const key = (parsed ?? {}) as Record<string, unknown>;
  const missing = ['client_email', 'private_key'].filter(
    (field) => typeof key[field] !== 'string' || key[field] === '',
  );
  if (missing.length > 0) {
    throw new UserError(
      `GOOGLE_SERVICE_ACCOUNT_JSON has no ${missing.join(' or ')}; expected a service account key JSON (type "service_account").`,
    );
  }
  return { client_email: key.client_email as string, private_key: key.private_key as string };
}
