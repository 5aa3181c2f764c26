import type { ApiErrorBody } from '../../api/errors.js';

/** An error answer from the API, carrying its message for the error banner. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
}

/** GET a JSON resource of this server's API; API errors become ApiRequestError with the server's message. */
export async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && params.toString() ? `?${params.toString()}` : '';
  const res = await fetch(`${path}${query}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const message = (body as ApiErrorBody | null)?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiRequestError(message);
  }
  return body as T;
}
