import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throw-away Neo4j for the whole run, started here and shared by the database tests.
    // Then the built client for the browser tests (test/client), rebuilt only when stale.
    globalSetup: ['test/setup/neo4j.ts', 'test/client/setup/buildClient.ts'],
    // Test files share that database (Community has a single user database), so they run one
    // after another; each test still creates and removes only its own uniquely named data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
