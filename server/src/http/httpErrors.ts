import type { ErrorRequestHandler, Response } from 'express';

/**
 * Error codes the HTTP layer answers with before a request reaches GraphQL. The body has the
 * shape of a GraphQL response (`{ errors: [{ message, extensions: { code } }] }`) so a client
 * reads every failure the same way.
 */
export type HttpErrorCode = 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'BAD_REQUEST' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

export function sendError(res: Response, status: number, code: HttpErrorCode, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * The last middleware: failures of the body parser (too large, not JSON) become clear JSON
 * errors; anything else is logged and masked, like GraphQL's own internal errors.
 */
export function httpErrorHandler(options: { bodyLimit: string; log: (line: string) => void }): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = (error ?? {}) as BodyParserError;
    if (type === 'entity.too.large') {
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${options.bodyLimit}; send a shorter query or fewer variables.`);
    }
    if (type === 'entity.parse.failed') {
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON; send {"query": "…", "variables": {…}} as JSON.');
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, 'BAD_REQUEST', 'The request could not be read; send {"query": "…", "variables": {…}} as UTF-8 JSON.');
    }
    options.log(`Internal error in HTTP layer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  };
}
