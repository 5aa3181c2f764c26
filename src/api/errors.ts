import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON body of every error response: a stable code, a one-sentence message, and what to send instead. */
export interface ApiErrorBody {
  readonly error: {
    readonly status: number;
    /** Stable machine-readable code, e.g. `bad-parameter`, `not-found`, `unauthorized`. */
    readonly code: string;
    /** What was wrong and how to fix it, e.g. "limit must be a whole number from 1 to 500, not 'ten'." */
    readonly message: string;
    /** The parameter at fault, when there is one. */
    readonly parameter?: string;
  };
}

/** An error the API answers with its own status and message (bad parameter, unknown id, missing token). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** A 400 for a query or body parameter, naming it. */
export function badParameter(parameter: string, message: string): ApiError {
  return new ApiError(400, 'bad-parameter', message, parameter);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not-found', message);
}

function body(status: number, code: string, message: string, parameter?: string): ApiErrorBody {
  return { error: { status, code, message, ...(parameter === undefined ? {} : { parameter }) } };
}

/**
 * The one place errors become responses (Hono's `app.onError`). ApiError and Hono's HTTPException
 * (body limit → 413) keep their status; a RangeError from the store is a caller mistake the
 * parameter checks missed, so it is a 400 with the store's message; anything else is a 500 whose
 * details go to the log, not to the client.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    // 503 is "starting": the dashboard and scripts may ask again in a second.
    if (error.status === 503) c.header('retry-after', '1');
    return c.json(body(error.status, error.code, error.message, error.parameter), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code = status === 413 ? 'payload-too-large' : status === 401 ? 'unauthorized' : 'http-error';
    const message = error.message || (status === 413 ? 'The request body is too large.' : 'The request failed.');
    return c.json(body(status, code, message), status);
  }
  if (error instanceof RangeError) return c.json(body(400, 'bad-parameter', error.message), 400);
  console.error('chronicle serve: unexpected error', error);
  return c.json(body(500, 'internal', 'The server failed to answer this request; see its log for details.'), 500);
}

/** JSON 404 for unknown routes under /api. */
export function handleNotFound(c: Context): Response {
  return c.json(body(404, 'not-found', `No route ${c.req.method} ${new URL(c.req.url).pathname}; see /api/openapi.json.`), 404);
}
