import { Hono } from 'hono';
import { clientModule, vendorFile } from './assets.js';
import { PAGE_HTML } from './page.js';
import { STYLES_CSS } from './styles.js';

const JS = 'text/javascript; charset=utf-8';

/**
 * The offline dashboard: one HTML page, its stylesheet, the client modules and the vendored map
 * libraries, all from this server. Files are looked up by name in fixed tables or a strict
 * pattern, never by joining a request path, so `/assets/app/../../package.json` is a 404.
 */
export function dashboardRoutes(): Hono {
  const app = new Hono();
  app.get('/', (c) => c.html(PAGE_HTML));
  app.get('/assets/app.css', (c) => c.body(STYLES_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/assets/app/:file', async (c) => {
    const source = await clientModule(c.req.param('file'));
    return source === undefined ? c.notFound() : c.body(source, 200, { 'content-type': JS });
  });
  app.get('/assets/vendor/:file', async (c) => {
    const file = await vendorFile(c.req.param('file'));
    return file === undefined ? c.notFound() : c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
