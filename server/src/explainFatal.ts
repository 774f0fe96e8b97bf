/** Errors whose message is already written for the person at the terminal. */
const EXPLAINED = new Set([
  'ConfigError',
  'JdkNotFoundError',
  'LauncherBuildError',
  'EmbeddedNeo4jError',
  'Neo4jUnreachableError',
  'PortInUseError',
  'DatasetInvalidError',
]);

/** One clear message for a start-up failure: ours as written, anything else with its stack. */
export function explainFatal(error: unknown): string {
  if (error instanceof Error && EXPLAINED.has(error.name)) return `Cannot start: ${error.message}`;
  return `Cannot start: unexpected error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
