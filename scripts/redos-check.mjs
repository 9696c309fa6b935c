// The ReDoS check of `npm run lint`: every regular expression written in src/ —
// a literal, or `new RegExp(...)` with a literal source — is rated by recheck,
// and the check fails on any that backtracks polynomially or exponentially.
// A pattern built from data at run time cannot be rated here: each file that
// builds one is listed in DYNAMIC below with why it is safe (for the core, the
// test that rates what it builds), and a new one fails the check until listed. A few reviewed
// patterns may be allowed in redos-allow-list.json, each with its reason; an
// entry that no longer matches a pattern is reported so the list can shrink.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { rate } from './redos-rating.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/**
 * Files that build a pattern from data, and why that is safe. A new one fails
 * the check until it is listed here, with a test that rates what it builds.
 */
const DYNAMIC = [
  { file: 'src/core/language/vocabulary.ts', why: 'each language’s words: test/core/built-patterns.test.ts rates them all' },
  { file: 'src/core/answers/terms.ts', why: 'the user’s multi-word synonyms: test/core/built-patterns.test.ts rates them' },
  {
    file: 'src/core/text/date-format.ts',
    why: 'the daily-note date format setting, one pattern per format, anchored at both ends and matched against file names',
  },
];

const allowList = JSON.parse(readFileSync(new URL('./redos-allow-list.json', import.meta.url), 'utf8')).allowed;

/** Every pattern written in one file: literals and RegExp calls with a literal source; `dynamic` for the rest. */
function patternsIn(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const literal = (node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null);
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const written = node.text;
      const end = written.lastIndexOf('/');
      found.push({ line: line(node), source: written.slice(1, end), flags: written.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments?.length
    ) {
      const [pattern, flags] = node.arguments;
      const written = literal(pattern);
      const writtenFlags = flags === undefined ? '' : literal(flags);
      if (written !== null && writtenFlags !== null) found.push({ line: line(node), source: written, flags: writtenFlags });
      else found.push({ line: line(node), dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = readdirSync(SRC, { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(SRC, f))
  .sort();
const sites = files.flatMap((file) => patternsIn(file).map((p) => ({ ...p, file: relative(ROOT, file) })));

const problems = [];
const dynamic = sites.filter((s) => s.dynamic);
for (const d of DYNAMIC)
  if (!dynamic.some((s) => s.file === d.file)) console.log(`redos: ${d.file} builds no pattern any more (remove it from DYNAMIC)`);
for (const site of dynamic) {
  if (!DYNAMIC.some((d) => d.file === site.file)) {
    problems.push(
      `${site.file}:${site.line}: a pattern built at run time; list it in DYNAMIC (scripts/redos-check.mjs) and rate what it builds in a test`,
    );
  }
}

const written = sites.filter((s) => !s.dynamic);
// Each distinct pattern is rated once.
const distinct = [...new Map(written.map((s) => [`${s.flags}/${s.source}`, s])).values()];
const ratings = new Map(await Promise.all(distinct.map(async (s) => [`${s.flags}/${s.source}`, await rate(s.source, s.flags)])));

const allowedUsed = new Set();
let allowedSites = 0;
for (const site of written) {
  const rating = ratings.get(`${site.flags}/${site.source}`);
  if (rating.safe) continue;
  const allowed = allowList.find((a) => a.file === site.file && a.pattern === site.source && a.flags === site.flags);
  if (allowed) {
    allowedUsed.add(allowed);
    allowedSites++;
    continue;
  }
  problems.push(
    `${site.file}:${site.line}: /${site.source}/${site.flags} is ${rating.complexity}${rating.attack ? `; attack: ${rating.attack}` : ''}`,
  );
}
for (const a of allowList)
  if (!allowedUsed.has(a)) console.log(`redos allow-list entry no longer needed (remove it): ${a.file} /${a.pattern}/${a.flags}`);

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} regular expression(s) not rated safe; make each linear (or a hand-written scan).`);
  process.exit(1);
}
console.log(
  `redos: ${written.length - allowedSites} patterns written in src/ rated safe, ${allowedSites} allowed by the list; ${dynamic.length} built at run time, in the files listed`,
);
