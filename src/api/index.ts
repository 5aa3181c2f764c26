export { createApp, API_VERSION, type AppOptions } from './app.js';
export { serve, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from './serve.js';
export { ApiError, type ApiErrorBody } from './errors.js';
export type { IngestCoder, IngestOptions, IngestRequest, IngestResult } from './ingest.js';
export { buildOpenApi } from './openapi.js';
