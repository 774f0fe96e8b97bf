import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Error codes a client may act on; anything else is masked outside development. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'RESULT_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * A request the client must change: names the argument so a form can point at the field.
 * `argumentName` is the top-level argument (e.g. `ids`, `filter`); `path` narrows it when
 * the problem is inside an input object (e.g. `filter.withoutApprovalOf`).
 */
export function badUserInput(argumentName: string, message: string, path?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', argumentName, ...(path ? { argumentPath: path } : {}) },
  });
}

/** Throws BAD_USER_INPUT unless `value` is an integer within [min, max]. */
export function checkRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argumentName, `\`${argumentName}\` must be an integer from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // Sent by a database that is shutting down or still starting (test/hardening/outage.test.ts).
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Turns a neo4j-driver failure into an error the client can act on. The database being
 * unreachable is not the client's fault and is worth a retry, so it gets its own code;
 * a transaction that hit its timeout likewise. Anything else stays as it is (and is masked
 * by `formatError` outside development).
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  if ((typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || message.includes('Connection acquisition timed out')) {
    return new GraphQLError('The database is unavailable; try again in a moment.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      originalError: error instanceof Error ? error : undefined,
    });
  }
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GraphQLError('The query took too long and was stopped; narrow it (fewer ids, a smaller depth or limit).', {
      extensions: { code: 'QUERY_TIMEOUT' },
      originalError: error instanceof Error ? error : undefined,
    });
  }
  return error;
}

/**
 * Apollo's formatError: keeps errors with a public code; masks everything else as
 * INTERNAL_SERVER_ERROR with a generic message (the detail goes to the server log), so
 * no stack trace, driver message or Cypher text reaches a client outside development.
 */
export function createFormatError(options: { development: boolean; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) return formatted;
    if (options.development) return formatted;
    const original = unwrapResolverError(error);
    options.log(`Internal error in ${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return {
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
  };
}
