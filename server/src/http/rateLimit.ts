import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { sendError } from './httpErrors.js';

/**
 * A per-client (per IP address) limit on requests, from express-rate-limit. Health probes are
 * exempt: a load balancer polling them must never be turned away. `max` 0 switches it off.
 */
export function perClientRateLimit(options: { max: number; windowMs: number }): RequestHandler {
  if (options.max === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => req.path === '/healthz' || req.path === '/readyz',
    handler: (_req, res) => {
      const seconds = Math.ceil(options.windowMs / 1000);
      sendError(res, 429, 'RATE_LIMITED', `Too many requests: at most ${options.max} every ${seconds} s from one client. Wait and try again (see the RateLimit and Retry-After headers).`);
    },
  });
}
