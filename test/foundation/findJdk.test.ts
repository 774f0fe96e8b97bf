import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeJdk, findJdk, javaMajor, JdkNotFoundError } from '../../server/src/neo4j/embedded/findJdk.js';

/** A folder that looks like a JDK of the given version (a `release` file and bin/java). */
function fakeJdk(root: string, name: string, version: string): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'bin', 'java'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  writeFileSync(join(home, 'release'), `JAVA_VERSION="${version}"\n`);
  return home;
}

describe('findJdk', () => {
  it('reads Java majors from old and new version strings', () => {
    expect(javaMajor('1.8.0_392')).toBe(8);
    expect(javaMajor('17.0.15')).toBe(17);
    expect(javaMajor('21')).toBe(21);
    expect(javaMajor('25.0.3')).toBe(25);
  });

  it('prefers a supported JAVA_HOME', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdks-'));
    const home = fakeJdk(root, 'jdk-21', '21.0.4');
    fakeJdk(root, 'jdk-17', '17.0.9');
    expect(findJdk({ JAVA_HOME: home, PATH: '' }, [root])).toMatchObject({ major: 21, version: '21.0.4' });
  });

  it('passes over an unsupported JAVA_HOME for a supported JDK on the machine', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdks-'));
    const java25 = fakeJdk(root, 'jdk-25', '25.0.3');
    fakeJdk(root, 'jdk-17', '17.0.9');
    expect(findJdk({ JAVA_HOME: java25, PATH: '' }, [root])).toMatchObject({ major: 17 });
  });

  it('refuses unsupported JDKs with a message that says which to install', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdks-'));
    const java11 = fakeJdk(root, 'jdk-11', '11.0.2');
    fakeJdk(root, 'jdk-25', '25.0.3');
    const attempt = () => findJdk({ JAVA_HOME: java11, PATH: '' }, [root]);
    expect(attempt).toThrow(JdkNotFoundError);
    expect(attempt).toThrow(/needs a JDK 17 or 21/);
    expect(attempt).toThrow(/Java 11\.0\.2 at .*jdk-11; Java 25\.0\.3 at .*jdk-25/);
    expect(attempt).toThrow(/NEO4J_URI/);
  });

  it('says when there is no Java at all', () => {
    expect(() => findJdk({ PATH: '' }, [])).toThrow(/no Java installation found/);
  });

  it('ignores folders that are not JDKs', () => {
    const root = mkdtempSync(join(tmpdir(), 'jdks-'));
    mkdirSync(join(root, 'not-a-jdk'));
    expect(describeJdk(join(root, 'not-a-jdk'))).toBeUndefined();
  });
});
