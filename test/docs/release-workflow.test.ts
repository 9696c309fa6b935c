import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yamlFrontmatter } from '../../src/cli/yaml-frontmatter';

/**
 * The release workflow cannot run here, so its shape is checked: read with
 * the YAML reader the CLI reads frontmatter with (the workflow put between
 * fences, as a note's frontmatter).
 */

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

function workflow(): Workflow {
  const read = yamlFrontmatter(`---\n${readFileSync('.github/workflows/release.yml', 'utf8')}---\n`);
  if (!read?.ok) throw new Error(`release.yml does not read as YAML: ${read?.error}`);
  return read.value as unknown as Workflow;
}

/** A tag filter as GitHub reads it: `+` repeats the character (or class) before it, `.` is a dot. */
function tagFilter(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.')}$`);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
const RELEASED = ['main.js', 'manifest.json', 'styles.css'];

describe('.github/workflows/release.yml', () => {
  const flow = workflow();
  const steps = Object.values(flow.jobs).flatMap((job) => job.steps);
  const at = (found: (s: Step) => boolean, what: string): number => {
    const i = steps.findIndex(found);
    expect(i, what).toBeGreaterThanOrEqual(0);
    return i;
  };
  const running = (command: string) => (s: Step) => (s.run ?? '').split('\n').some((line) => line.trim().startsWith(command));

  it("runs on a tag x.y.z without a v, such as the manifest's version, and on nothing else", () => {
    expect(Object.keys(flow.on)).toEqual(['push']);
    expect(flow.on.push.tags).toEqual(['[0-9]+.[0-9]+.[0-9]+']);
    const filter = tagFilter(flow.on.push.tags[0]);
    expect(filter.test(manifest.version)).toBe(true);
    for (const other of [`v${manifest.version}`, '1.2', '1.2.3-beta', '1.2.x']) expect(filter.test(other), other).toBe(false);
  });

  it("stops unless the tag is the manifest's version, before anything is built", () => {
    const check = at((s) => (s.run ?? '').includes('manifest.json') && (s.run ?? '').includes('$GITHUB_REF_NAME'), 'a version check');
    expect(steps[check].run).toContain('exit 1');
    expect(check).toBeLessThan(at(running('npm run build'), 'the build'));
  });

  it('installs from the lock file, runs the tests and the lint, then builds', () => {
    const install = at(running('npm ci'), 'npm ci');
    const tests = at(running('npm test'), 'the tests');
    const lint = at(running('npm run lint'), 'the lint');
    const build = at(running('npm run build'), 'the build');
    expect(install).toBeLessThan(tests);
    expect(tests).toBeLessThan(build);
    expect(lint).toBeLessThan(build);
  });

  it('attests the build provenance of main.js, manifest.json and styles.css, with the permissions it needs', () => {
    const attest = at((s) => (s.uses ?? '').startsWith('actions/attest-build-provenance@'), 'the attestation');
    const subjects = String(steps[attest].with?.['subject-path'] ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(subjects.sort()).toEqual(RELEASED);
    expect(attest).toBeGreaterThan(at(running('npm run build'), 'the build'));
    expect(flow.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write', contents: 'write' });
  });

  it('attaches main.js, manifest.json and styles.css to the release named after the tag', () => {
    const release = at(running('gh release create'), 'the release');
    const command = steps[release].run!;
    expect(command).toContain('gh release create "$GITHUB_REF_NAME"');
    for (const file of RELEASED) expect(command.split(/\s+/)).toContain(file);
    expect(steps[release].env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(release).toBeGreaterThan(at((s) => (s.uses ?? '').startsWith('actions/attest-build-provenance@'), 'the attestation'));
  });
});
