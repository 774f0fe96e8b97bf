import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throw-away Neo4j for the whole run, started here and shared by the database tests.
    globalSetup: ['test/setup/neo4j.ts'],
    // Test files share that database (Community has a single user database), so they run one
    // after another; each test still creates and removes only its own uniquely named data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
