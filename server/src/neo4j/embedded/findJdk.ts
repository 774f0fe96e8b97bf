import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Java majors that Neo4j 5.26 runs on; anything else fails at start with obscure errors. */
export const SUPPORTED_JAVA_MAJORS = [17, 21] as const;

export interface Jdk {
  home: string;
  major: number;
  version: string;
}

/** Raised when no JDK 17 or 21 can be found; its message tells the user what to install. */
export class JdkNotFoundError extends Error {
  override name = 'JdkNotFoundError';
}

/**
 * Finds a JDK that Neo4j 5.26 supports: JAVA_HOME first, then the JDKs installed in the
 * usual places, then `java` on the PATH. Prefers JAVA_HOME when it is supported, otherwise
 * the newest supported major (21 before 17).
 */
export function findJdk(env: NodeJS.ProcessEnv = process.env, roots: string[] = JDK_ROOTS): Jdk {
  const seen: Jdk[] = [];
  const fromJavaHome = env.JAVA_HOME ? describeJdk(env.JAVA_HOME) : undefined;
  if (fromJavaHome && isSupported(fromJavaHome)) return fromJavaHome;
  if (fromJavaHome) seen.push(fromJavaHome);

  const candidates = installedJdkHomes(env, roots)
    .map(describeJdk)
    .filter((jdk): jdk is Jdk => jdk !== undefined);
  seen.push(...candidates);
  const supported = candidates
    .filter(isSupported)
    .sort((a, b) => b.major - a.major);
  if (supported[0]) return supported[0];

  const found = dedupe(seen)
    .map((jdk) => `Java ${jdk.version} at ${jdk.home}`)
    .join('; ');
  throw new JdkNotFoundError(
    [
      'The embedded Neo4j 5.26 needs a JDK 17 or 21, and none was found' +
        (found ? ` (found only: ${found}).` : ' (no Java installation found).'),
      'Install one, for example `sudo apt-get install openjdk-17-jdk-headless` on Debian/Ubuntu,',
      '`brew install openjdk@21` on macOS, or Temurin 21 from adoptium.net, then set JAVA_HOME to it.',
      'Or skip the embedded database: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a running Neo4j 5.',
    ].join('\n'),
  );
}

function isSupported(jdk: Jdk): boolean {
  return (SUPPORTED_JAVA_MAJORS as readonly number[]).includes(jdk.major);
}

function dedupe(jdks: Jdk[]): Jdk[] {
  const byHome = new Map(jdks.map((jdk) => [jdk.home, jdk]));
  return [...byHome.values()];
}

/** Where package managers and installers put JDKs (Debian/Ubuntu, RPM, macOS, SDKMAN, IntelliJ). */
export const JDK_ROOTS = [
  '/usr/lib/jvm',
  '/usr/java',
  '/opt/java',
  '/Library/Java/JavaVirtualMachines',
  join(homedir(), '.sdkman/candidates/java'),
  join(homedir(), '.jdks'),
];

/** Homes of the JDKs installed under `roots`, and the one of `java` on the PATH. */
function installedJdkHomes(env: NodeJS.ProcessEnv, roots: string[]): string[] {
  const homes: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const entry of safeReaddir(root)) {
      const home = join(root, entry);
      // macOS bundles keep the JDK under Contents/Home.
      homes.push(existsSync(join(home, 'Contents/Home')) ? join(home, 'Contents/Home') : home);
    }
  }
  const onPath = javaOnPath(env);
  if (onPath) homes.push(onPath);
  return homes;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function javaOnPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(':')) {
    const java = join(dir, 'java');
    if (existsSync(java)) {
      try {
        return dirname(dirname(realpathSync(java)));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Reads a JDK's version from its `release` file, or asks its `java` binary. */
export function describeJdk(home: string): Jdk | undefined {
  const java = join(home, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  let version: string | undefined;
  const release = join(home, 'release');
  if (existsSync(release)) {
    version = /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(release, 'utf8'))?.[1];
  }
  if (!version) {
    // `java -version` writes to stderr and exits 0.
    const out = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 15_000 });
    version = /version "([^"]+)"/.exec(`${out.stderr ?? ''}${out.stdout ?? ''}`)?.[1];
  }
  if (!version) return undefined;
  return { home: realpathSync(home), major: javaMajor(version), version };
}

/** "1.8.0_392" → 8, "17.0.15" → 17, "21" → 21. */
export function javaMajor(version: string): number {
  const parts = version.split(/[.+_-]/);
  const first = Number(parts[0]);
  return first === 1 ? Number(parts[1]) : first;
}
