// The client credentials grant: an app of the store's own organisation
// exchanges its client id and secret for an Admin API token (valid ~24 h),
// POST https://{store}/admin/oauth/access_token.
import { ServiceError, UserError } from '../../errors';

export interface ClientCredentials {
  tokenUrl: string;
  storeDomain: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof fetch;
}

export async function exchangeClientCredentials(options: ClientCredentials): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: options.clientId,
    client_secret: options.clientSecret,
  });
  let response: Response;
  try {
    response = await options.fetch(options.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
    });
  } catch (error) {
    throw new ServiceError(
      'shopify',
      `could not reach ${options.tokenUrl}: ${(error as Error).message}`,
      undefined,
      true,
    );
  }
  if (response.status >= 400 && response.status < 500) {
    throw new UserError(
      `Shopify refused the client credentials for ${options.storeDomain} (HTTP ${response.status}): check ` +
        'SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET, and that the app is installed on this store',
    );
  }
  if (!response.ok) {
    throw new ServiceError('shopify', `token exchange failed with HTTP ${response.status}`, response.status, true);
  }
  const data = (await response.json().catch(() => undefined)) as { access_token?: unknown } | undefined;
  if (typeof data?.access_token !== 'string' || !data.access_token) {
    throw new ServiceError('shopify', 'token exchange answered without an access_token', response.status);
  }
  return data.access_token;
}
