import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer, type GraphQLErrorBody, type TestServer } from '../support/http.js';

/** Counts read transactions (database round trips) that go through a driver. */
export interface RoundTripCounter {
  driver: Driver;
  count: number;
  reset(): void;
}

/**
 * Wraps a driver so every session's executeRead and run is counted; the app cannot tell the
 * difference. One executeRead runs one query here, so the count is the number of round trips.
 */
export function countRoundTrips(driver: Driver): RoundTripCounter {
  const counter = {
    count: 0,
    reset() {
      counter.count = 0;
    },
  } as RoundTripCounter;
  counter.driver = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(sessionTarget, name, sessionReceiver) {
            const value = Reflect.get(sessionTarget, name, sessionReceiver) as unknown;
            if ((name === 'executeRead' || name === 'run') && typeof value === 'function') {
              return (...callArgs: unknown[]) => {
                counter.count += 1;
                return (value as (...a: unknown[]) => unknown).apply(sessionTarget, callArgs);
              };
            }
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(sessionTarget) : value;
          },
        });
      };
    },
  });
  return counter;
}

/** The app on the shared test database, plus helpers that keep each test to its point. */
export async function startApiServer(options: { countRoundTrips?: boolean } = {}) {
  const driver = await testDriver();
  const counter = options.countRoundTrips ? countRoundTrips(driver) : undefined;
  const server = await startTestServer({ driver: counter?.driver ?? driver, database: testDatabase().database });
  return { server, counter, ...helpers(server) };
}

export function helpers(server: TestServer) {
  return {
    /** Runs an operation that must succeed and returns its data. */
    async query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { status, body } = await server.graphql<T>(query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      return body.data as T;
    },
    /** Runs an operation that must fail and returns its first error. */
    async queryError(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorBody & { status: number }> {
      const { status, body } = await server.graphql(query, variables);
      expect(body.errors?.length, 'expected an error').toBeGreaterThan(0);
      return { ...body.errors![0]!, status };
    },
  };
}
