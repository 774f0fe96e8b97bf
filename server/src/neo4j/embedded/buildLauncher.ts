import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Jdk } from './findJdk.js';

export const MAIN_CLASS = 'org.atrocityprevention.launcher.EmbeddedNeo4j';

export interface LauncherBuild {
  /** Java class path: compiled launcher classes and every Neo4j jar. */
  classPath: string;
}

export class LauncherBuildError extends Error {
  override name = 'LauncherBuildError';
}

type Log = (line: string) => void;

/**
 * Builds the launcher with Maven once and reuses the result while pom.xml and the Java
 * source are unchanged (a stamp file records their hash). The first build downloads Neo4j's
 * jars from Maven Central (about 120 MB), so it reports progress as jars arrive.
 */
export async function buildLauncher(jdk: Jdk, log: Log = console.log): Promise<LauncherBuild> {
  const dir = launcherDir();
  const target = join(dir, 'target');
  const stamp = join(target, '.build-stamp');
  const wanted = sourceHash(dir);
  const classPath = [join(target, 'classes'), join(target, 'lib', '*')].join(delimiter);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return { classPath };

  const maven = findMaven(dir);
  log(`Building the embedded Neo4j launcher with ${maven.label} (first run downloads ~120 MB of jars from Maven Central)…`);
  await runMaven(maven.command, dir, jdk, log);
  writeFileSync(stamp, wanted);
  log('Launcher built.');
  return { classPath };
}

/** server/neo4j-launcher, found by walking up from this file (src/ under tsx, dist/ after a build). */
export function launcherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    const candidate = join(dir, 'neo4j-launcher');
    if (existsSync(join(candidate, 'pom.xml'))) return candidate;
    dir = dirname(dir);
  }
  throw new LauncherBuildError('Cannot find server/neo4j-launcher/pom.xml; is the checkout complete?');
}

function sourceHash(dir: string): string {
  const hash = createHash('sha256');
  const files = [join(dir, 'pom.xml'), ...listFiles(join(dir, 'src'))];
  for (const file of files.sort()) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** System Maven when on the PATH, else the Maven Wrapper committed beside pom.xml. */
function findMaven(dir: string): { command: string; label: string } {
  for (const pathDir of (process.env.PATH ?? '').split(delimiter)) {
    if (pathDir && existsSync(join(pathDir, 'mvn'))) return { command: join(pathDir, 'mvn'), label: 'Maven' };
  }
  return { command: join(dir, 'mvnw'), label: 'the Maven Wrapper' };
}

function runMaven(command: string, dir: string, jdk: Jdk, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['-B', '-DskipTests', 'package'], {
      cwd: dir,
      env: { ...process.env, JAVA_HOME: jdk.home, MAVEN_OPTS: process.env.MAVEN_OPTS ?? '-Xmx512m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    let downloaded = 0;
    let lastReport = 0;
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/^\s*(\[INFO\] )?Downloaded from /.test(line) && line.includes('.jar')) {
        downloaded += 1;
        const now = Date.now();
        if (now - lastReport > 2000) {
          lastReport = now;
          log(`  … ${downloaded} jars downloaded`);
        }
      }
    };
    splitLines(child.stdout, onLine);
    splitLines(child.stderr, onLine);
    child.on('error', (error) =>
      reject(new LauncherBuildError(`Could not run Maven (${command}): ${error.message}`)),
    );
    child.on('close', (code) => {
      if (downloaded > 0) log(`  ${downloaded} jars downloaded in all`);
      if (code === 0) resolve();
      else
        reject(
          new LauncherBuildError(
            `Building the Neo4j launcher failed (Maven exit code ${code}). Last lines:\n${tail.join('\n')}\n` +
              'Check your network access to Maven Central, or set NEO4J_URI to use an existing Neo4j.',
          ),
        );
    });
  });
}

export function splitLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let index: number;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
  });
}
