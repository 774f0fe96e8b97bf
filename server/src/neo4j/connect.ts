import neo4j, { type Driver } from 'neo4j-driver';

export interface ConnectOptions {
  uri: string;
  user: string;
  password?: string | undefined;
  database: string;
  /** Give up after this long; until then retry with backoff (the database may still be starting). */
  timeoutMs: number;
  log?: (line: string) => void;
}

/** Raised when Neo4j cannot be reached in time; says where we tried and what to check. */
export class Neo4jUnreachableError extends Error {
  override name = 'Neo4jUnreachableError';
}

/** One driver per process: it pools connections and is safe to share across requests. */
export async function connect(options: ConnectOptions): Promise<Driver> {
  const log = options.log ?? console.log;
  // A database without authentication (the embedded one by default) ignores the token.
  const auth = neo4j.auth.basic(options.user, options.password ?? '');
  const driver = neo4j.driver(options.uri, auth, {
    // Fail a request fast when the database is down instead of queueing it for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 50,
    // Retry a transient failure once (the driver waits about 1 s before its first retry, and
    // retries again only while less than this has passed since the first failure): enough to
    // replace a pooled connection gone stale when the database restarted, while a database
    // that is down answers SERVICE_UNAVAILABLE in about a second instead of after 7 s of
    // back-off (test/hardening/outage.test.ts).
    maxTransactionRetryTime: 500,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
  const deadline = Date.now() + options.timeoutMs;
  let delay = 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await driver.verifyConnectivity({ database: options.database });
      return driver;
    } catch (error) {
      const reason = describe(error);
      if (isAuthError(error)) {
        await driver.close();
        throw new Neo4jUnreachableError(
          `Neo4j at ${options.uri} refused the credentials for user "${options.user}" (${reason}). Check NEO4J_USER and NEO4J_PASSWORD.`,
        );
      }
      if (Date.now() + delay > deadline) {
        await driver.close();
        throw new Neo4jUnreachableError(
          `Cannot reach Neo4j at ${options.uri} after ${attempt} attempts in ${Math.round(options.timeoutMs / 1000)}s (${reason}).\n` +
            'Check that the database is running and NEO4J_URI is right (raise NEO4J_CONNECT_TIMEOUT_MS to wait longer), ' +
            'or unset NEO4J_URI to use the embedded Neo4j.',
        );
      }
      log(`Waiting for Neo4j at ${options.uri} (attempt ${attempt}: ${reason}); retrying in ${delay} ms…`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}

function isAuthError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('Neo.ClientError.Security.');
}
