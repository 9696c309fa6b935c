import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('npm version bumps manifest.json and versions.json together', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodwill-version-'));
  copyFileSync('manifest.json', join(dir, 'manifest.json'));
  copyFileSync('versions.json', join(dir, 'versions.json'));
  execFileSync(process.execPath, [resolve('version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '9.8.7' } });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string; minAppVersion: string };
  const versions = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8')) as Record<string, string>;
  expect(manifest.version).toBe('9.8.7');
  expect(versions['9.8.7']).toBe(manifest.minAppVersion);
  expect(Object.keys(versions)).toContain('0.1.0');
});
