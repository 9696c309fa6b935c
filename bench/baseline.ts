/**
 * `npm run bench -- --baseline <git-ref>`: the working tree against an earlier
 * commit, on the same vault, in alternating runs. Single runs on a busy
 * machine vary by about 20%, so only the ratio of medians of runs taken side
 * by side says whether a change made Goodwill slower.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { floor } from './floor';
import { SIZES } from './synthetic-vault';
import { vaultFor } from './vaults';

interface Side {
  label: string;
  root: string;
  probe: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The entry that times one cold index in a fresh process. A tree that has
 * bench/cold-index.ts uses it; older trees (before the core's stage folders)
 * get the same work spelled with their own module paths.
 */
function probeSource(root: string): string {
  const timed = (setup: string, run: string) =>
    `${setup}\nconst dir = process.argv[2];\nconst t = performance.now();\n${run}\nconsole.log(JSON.stringify({ ms: performance.now() - t }));\n`;
  if (existsSync(join(root, 'bench', 'cold-index.ts'))) {
    return timed(`import { coldIndex } from ${JSON.stringify(join(root, 'bench', 'cold-index'))};`, 'await coldIndex(dir);');
  }
  const at = (p: string) => JSON.stringify(join(root, p));
  return timed(
    [
      `import { indexFolder } from ${at('src/cli/run')};`,
      `import { balances } from ${at('src/core/balance')};`,
      `import { followUps } from ${at('src/core/followups')};`,
      `import { introductionCandidates } from ${at('src/core/introductions')};`,
      `import { resolveSettings } from ${at('src/core/settings')};`,
      `import { parseIsoDay } from ${at('src/core/day')};`,
      `const settings = resolveSettings({});`,
      `const today = parseIsoDay('2026-11-25');`,
    ].join('\n'),
    [
      'const network = (await indexFolder(dir, settings)).resolve();',
      'followUps(network, settings, today);',
      'balances(network, settings, today);',
      'introductionCandidates(network, today, { limit: 10 });',
    ].join('\n'),
  );
}

/** Builds a tree's CLI with its own build script, and the cold-index probe over its sources. */
async function build(label: string, root: string, scratch: string): Promise<Side> {
  execFileSync(process.execPath, ['esbuild.config.mjs', 'cli'], { cwd: root, stdio: 'ignore' });
  const entry = join(scratch, `${label}-probe.ts`);
  writeFileSync(entry, probeSource(root));
  const probe = join(scratch, `${label}-probe.mjs`);
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    outfile: probe,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...builtinModules],
    nodePaths: [join(root, 'node_modules')],
    banner: { js: "import { createRequire as __goodwillRequire } from 'node:module'; const require = __goodwillRequire(import.meta.url);" },
    define: { GOODWILL_VERSION: JSON.stringify(version) },
    logLevel: 'error',
  });
  return { label, root, probe };
}

function timeCold(side: Side, vault: string): number {
  const out = execFileSync(process.execPath, [side.probe, vault], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
}

/** Whether a tree's CLI keeps a cache (it knows --no-cache). */
const keepsCache = (side: Side) => readFileSync(join(side.root, 'src', 'cli', 'args.ts'), 'utf8').includes("'--no-cache'");

/** One CLI run, asking for the follow-ups as of `day`; `cacheDir` is the side's own cache, or none for a cold run. */
function timeCli(side: Side, vault: string, cacheDir: string | null = null, day = '2026-11-25'): number {
  // Cold on both sides: a CLI that keeps a cache is told not to.
  const noCache = cacheDir === null && keepsCache(side) ? ['--no-cache'] : [];
  const t = performance.now();
  execFileSync(process.execPath, [join(side.root, 'dist', 'cli.js'), vault, 'followups', '--json', '--today', day, ...noCache], {
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
    env: cacheDir === null ? process.env : { ...process.env, GOODWILL_CACHE_DIR: cacheDir },
  });
  return performance.now() - t;
}

export async function compareWithBaseline(ref: string, size: keyof typeof SIZES, rounds: number): Promise<void> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number of at least 1');
  const sha = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const vault = resolve(vaultFor(size, SIZES[size]));
  const scratch = mkdtempSync(join(tmpdir(), 'goodwill-baseline-'));
  const tree = join(scratch, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, sha], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    console.log(`Building ${ref} (${sha}) in a temporary worktree, and the working tree…`);
    const sides = [await build('baseline', tree, scratch), await build('current', process.cwd(), scratch)];
    const measures = ['cold index', 'CLI cold', 'CLI warm', 'CLI warm, another day', 'CLI warm, 1 changed'] as const;
    const times = new Map<Side, Record<(typeof measures)[number], number[]>>(
      sides.map((s) => [s, Object.fromEntries(measures.map((m) => [m, []])) as unknown as Record<(typeof measures)[number], number[]>]),
    );
    // Each side's own cache, made by one unrecorded run (which also warms the file cache for both).
    const caches = new Map<Side, string | null>(sides.map((s) => [s, keepsCache(s) ? join(scratch, `${s.label}-cache`) : null]));
    for (const side of sides) {
      timeCold(side, vault);
      timeCli(side, vault, caches.get(side)!);
    }
    const floors: number[] = [];
    const paths = (readdirSync(vault, { recursive: true }) as string[]).filter((p) => p.endsWith('.md'));
    for (let i = 0; i < rounds; i++) {
      floors.push(await floor(vault, paths));
      // Alternate which goes first, so neither always runs right after the other's garbage.
      for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
        const t = times.get(side)!;
        const cache = caches.get(side)!;
        t['cold index'].push(timeCold(side, vault));
        t['CLI cold'].push(timeCli(side, vault));
        if (cache === null) continue;
        t['CLI warm'].push(timeCli(side, vault, cache));
        // A day not asked before: every note's records from the cache, the answer worked out.
        t['CLI warm, another day'].push(timeCli(side, vault, cache, `2026-12-${String(i + 1).padStart(2, '0')}`));
      }
      console.log(`  round ${i + 1} of ${rounds}`);
    }
    // One note changed before each round, then both sides asked: each reads that note again.
    const meeting = join(vault, paths.filter((p) => p.startsWith('Meetings/')).sort()[0]);
    const original = readFileSync(meeting, 'utf8');
    try {
      for (let i = 0; i < rounds; i++) {
        writeFileSync(meeting, `${original}- give:: one more tip ${i} #info\n`);
        for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
          const cache = caches.get(side)!;
          if (cache !== null) times.get(side)!['CLI warm, 1 changed'].push(timeCli(side, vault, cache));
        }
      }
    } finally {
      writeFileSync(meeting, original);
    }
    const [old, cur] = sides;
    const floorMs = median(floors);
    const rows = measures.map((m) => ({
      what: `${size} ${m}`,
      baseline: times.get(old)![m].length > 0 ? median(times.get(old)![m]) : NaN,
      current: times.get(cur)![m].length > 0 ? median(times.get(cur)![m]) : NaN,
    }));
    console.log(`\nMedians of ${rounds} alternating runs each: ${ref} (${sha}) against the working tree; floor ${floorMs.toFixed(0)} ms\n`);
    const w = 28;
    const cell = (n: number, digits: number, width: number) => (Number.isNaN(n) ? '-' : n.toFixed(digits)).padStart(width);
    console.log(
      `${'measure'.padEnd(w)}${'baseline ms'.padStart(13)}${'/floor'.padStart(8)}${'current ms'.padStart(12)}${'/floor'.padStart(8)}${'current/baseline'.padStart(18)}`,
    );
    for (const r of rows) {
      console.log(
        `${r.what.padEnd(w)}${cell(r.baseline, 0, 13)}${cell(r.baseline / floorMs, 2, 8)}${cell(r.current, 0, 12)}${cell(r.current / floorMs, 2, 8)}${cell(r.current / r.baseline, 3, 18)}`,
      );
    }
    mkdirSync(join('bench', 'results'), { recursive: true });
    const out = join('bench', 'results', 'baseline.json');
    const runs = { floor: floors, ...Object.fromEntries(sides.map((s) => [s.label, times.get(s)])) };
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), ref, sha, size, rounds, floorMs, rows, runs }, null, 2)}\n`);
    console.log(`\nwritten ${out}`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(scratch, { recursive: true, force: true });
  }
}
