import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, NextFunction } from 'express';

const FALLBACK = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>GraphQL API</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>GraphQL API</h1>
<p>This is the Atrocity Prevention Explorer's GraphQL endpoint. POST a JSON body
<code>{"query": "…", "variables": {…}}</code> here; introspection describes every type and field.</p>
<p>The GraphiQL page appears here once the client is built (<code>npm run build</code>).</p>
</body></html>`;

const DISABLED = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>GraphQL API</title>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>GraphQL API</h1>
<p>This is the Atrocity Prevention Explorer's GraphQL endpoint. POST a JSON body
<code>{"query": "…", "variables": {…}}</code> here.</p>
<p>GraphiQL is switched off on this server (set <code>GRAPHIQL=true</code> to serve it).</p>
</body></html>`;

/**
 * GET /graphql from a browser: the GraphiQL page bundled with the client (no CDN), or a
 * short note when the client is not built or GraphiQL is switched off. Other requests (JSON
 * POST, GET with a query string asking for JSON) continue to Apollo.
 */
export function graphiqlPage(clientDir: string | undefined, enabled: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.query.query !== undefined) return next();
    const accepted = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']);
    if (accepted !== 'text/html') return next();
    if (!enabled) return res.status(404).type('html').send(DISABLED);
    const page = clientDir ? join(clientDir, 'graphiql.html') : undefined;
    if (page && existsSync(page)) return res.sendFile(page);
    res.type('html').send(FALLBACK);
  };
}
