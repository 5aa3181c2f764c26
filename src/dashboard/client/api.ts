import type { ApiErrorBody } from '../../api/errors.js';

/** An error answer from the API, carrying its message for the error banner. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
}

/** How long to keep asking while the server says it is still opening the store. */
const STARTING_TRIES = 60;

/** Called with true while the server is starting (the header shows it), false once it answers. */
let onStarting: (starting: boolean) => void = () => undefined;

export function whenStarting(listener: (starting: boolean) => void): void {
  onStarting = listener;
}

/**
 * GET a JSON resource of this server's API; API errors become ApiRequestError with the server's
 * message. A 503 "starting" (the server listens before its store is open) is asked again each
 * second for up to a minute.
 */
export async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && params.toString() ? `?${params.toString()}` : '';
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${path}${query}`, { headers: { accept: 'application/json' } });
    const body = (await res.json().catch(() => null)) as unknown;
    const error = (body as ApiErrorBody | null)?.error;
    if (res.status === 503 && error?.code === 'starting' && attempt < STARTING_TRIES) {
      onStarting(true);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    onStarting(false);
    if (!res.ok) throw new ApiRequestError(error?.message ?? `${res.status} ${res.statusText}`);
    return body as T;
  }
}
