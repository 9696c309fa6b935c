import matter from 'gray-matter';
import { type Result, fail, ok } from '../core';

/**
 * Frontmatter that the fast reader leaves (nesting, block lists, multi-line
 * strings) is read here by a full YAML parser, within bounds: a note comes
 * from anyone, and YAML can make a small text into a huge value.
 *
 * - Anchors and aliases are refused. js-yaml 3 (gray-matter's parser) has no
 *   limit on them: a 1 KB alias bomb in `attendees` grew to 2 GB when read,
 *   and a list that contains itself never ends. A scan finds them before
 *   parsing where YAML starts a node; js-yaml also reads an anchor straight
 *   after a value on the same line (`b: ''&a? :`, `b: []&a? :`), so the
 *   parse itself stops at the first anchor it defines, before any alias can
 *   reach one.
 * - The value is walked once, and refused when deeper or larger than a note's
 *   frontmatter has any reason to be.
 * - gray-matter itself is bypassed: it runs the `---js` language through eval
 *   and scans blank lines with a quadratic pattern. Its YAML engine (js-yaml's
 *   safe loader) is called on the block between the fences.
 */

/** gray-matter's YAML engine, js-yaml's safe loader (no functions, no regular expressions). */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(yaml: string, options: object): unknown } } }).engines.yaml;

/** What js-yaml's listener is handed: the anchors defined so far, and the line it is reading (from 0). */
interface ParseState {
  anchorMap: object;
  line: number;
}

/** Thrown from the listener when the parse has defined an anchor. */
class AnchorMet extends Error {
  constructor(readonly line: number) {
    super('anchor');
  }
}

/**
 * js-yaml calls its listener as each node opens and closes; an anchor is
 * defined inside a node, and an alias is looked up as a node opens, so a
 * throw at the first event after an anchor is defined comes before any alias
 * reaches it.
 */
function refuseAnchors(_event: string, state: ParseState): void {
  if (Object.keys(state.anchorMap).length > 0) throw new AnchorMet(state.line);
}

const anchorsRefused = (line: number, near = '') =>
  `YAML anchors and aliases (& and *, ${near}line ${line}) are not read, as they can grow without end`;

/** Deeper than any frontmatter written by hand (a list of maps of lists is 3). */
export const MAX_FRONTMATTER_DEPTH = 32;
/** More values (keys, items, scalars) than any note's frontmatter holds. */
export const MAX_FRONTMATTER_VALUES = 100_000;

export type YamlFrontmatter = Result<Record<string, unknown>>;

/**
 * The YAML between the fences, as the core counts them (`frontmatterLineCount`):
 * a first line of `---`, up to a line `---` or `...`. Null without a closing
 * fence, as in Obsidian: such a note has no frontmatter.
 */
export function frontmatterBlock(text: string): string | null {
  const firstEnd = text.indexOf('\n');
  if (!text.startsWith('---') || firstEnd < 0 || text.slice(3, firstEnd).trim() !== '') return null;
  const start = firstEnd + 1;
  let pos = start;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line === '---' || line === '...') return text.slice(start, pos);
    if (end === text.length) break;
    pos = end + 1;
  }
  return null;
}

const isSpaceOrBreak = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isFlowIndicator = (c: string) => c === ',' || c === '[' || c === ']' || c === '{' || c === '}';

/**
 * The position of the first anchor (`&a`) or alias (`*a`) in a YAML text, or
 * -1: one pass, no backtracking. It errs on the safe side: a YAML node (and so
 * an anchor or alias) starts only after a space, a line break, `[`, `{`, `,`,
 * `:` or `?`, so every `&` or `*` there followed by a name is taken for one,
 * even inside a quoted string or a comment. (js-yaml also starts one straight
 * after a closing quote or bracket; the parse catches those, see refuseAnchors.) Such a note's frontmatter is then
 * not read, and `check` says why; `Tom & Jerry` and `R&D` are read as ever.
 */
export function anchorOrAliasAt(yaml: string): number {
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c !== '&' && c !== '*') continue;
    const before = i === 0 ? '\n' : yaml[i - 1];
    if (!(isSpaceOrBreak(before) || before === '[' || before === '{' || before === ',' || before === ':' || before === '?')) continue;
    const after = yaml[i + 1];
    // A bare `&` or `*` names nothing: YAML refuses it rather than expanding anything.
    if (after === undefined || isSpaceOrBreak(after) || isFlowIndicator(after)) continue;
    return i;
  }
  return -1;
}

/**
 * Refuses a value deeper than MAX_FRONTMATTER_DEPTH, with more than
 * MAX_FRONTMATTER_VALUES values, or reaching one object twice (shared or
 * cyclic): a walk that stops at the bound, so it is bounded itself.
 */
export function boundedValueProblem(value: unknown): string | null {
  const seen = new Set<object>();
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (++count > MAX_FRONTMATTER_VALUES) return `more than ${MAX_FRONTMATTER_VALUES} values`;
    if (v === null || typeof v !== 'object' || v instanceof Date) continue;
    if (depth >= MAX_FRONTMATTER_DEPTH) return `nested deeper than ${MAX_FRONTMATTER_DEPTH} levels`;
    if (seen.has(v)) return 'a value that contains itself or repeats';
    seen.add(v);
    const children = Array.isArray(v) ? (v as unknown[]) : Object.values(v);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/** The note's frontmatter read as YAML, within the bounds above, with dates as written. */
export function yamlFrontmatter(text: string): YamlFrontmatter | null {
  const block = frontmatterBlock(text);
  if (block === null) return null;
  const at = anchorOrAliasAt(block);
  if (at >= 0) return fail(anchorsRefused(block.slice(0, at).split('\n').length + 1));
  let data: unknown;
  try {
    data = block.trim() === '' ? {} : yamlEngine.parse(block, { listener: refuseAnchors });
  } catch (err) {
    // The block starts on the note's second line.
    if (err instanceof AnchorMet) return fail(anchorsRefused(err.line + 2, 'near '));
    // A stack overflow on deep nesting lands here too: a RangeError like any parse error.
    return fail(err instanceof Error ? err.message.split('\n')[0] : String(err));
  }
  if (data === null || data === undefined) return ok({});
  if (typeof data !== 'object' || Array.isArray(data)) return fail('frontmatter is not a list of key: value pairs');
  const problem = boundedValueProblem(data);
  if (problem) return fail(`frontmatter holds ${problem}`);
  return ok(datesAsWritten(data as Record<string, unknown>, block));
}

/**
 * The YAML parser turns `2026-11-20` into a Date and silently rolls a day that
 * does not exist (2026-02-30) into March. Obsidian hands such values over as
 * the text written, so the CLI does the same: both sources then read alike.
 * The text is found on the key's own line of the block, by a plain scan (a
 * pattern over the whole note backtracked cubically on a crafted line).
 */
function datesAsWritten(data: Record<string, unknown>, block: string): Record<string, unknown> {
  const dateKeys = Object.keys(data).filter((k) => data[k] instanceof Date);
  if (dateKeys.length === 0) return data;
  const wanted = new Set(dateKeys);
  for (const line of block.split('\n')) {
    const entry = topLevelEntry(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (entry && wanted.has(entry.key)) {
      data[entry.key] = entry.value;
      wanted.delete(entry.key);
    }
  }
  return data;
}

/** `key: value` on a top-level line, the key plain or quoted, the value without quotes and comment. */
function topLevelEntry(line: string): { key: string; value: string } | null {
  let key: string;
  let rest: string;
  const quote = line[0];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, 1);
    if (close < 0) return null;
    key = line.slice(1, close);
    rest = line.slice(close + 1).trimStart();
    if (!rest.startsWith(':')) return null;
  } else {
    const colon = line.indexOf(':');
    if (colon <= 0 || line[0] === ' ' || line[0] === '\t') return null;
    key = line.slice(0, colon).trimEnd();
    rest = line.slice(colon);
  }
  let value = rest.slice(1);
  const hash = value.search(/[ \t]#/);
  if (hash >= 0) value = value.slice(0, hash);
  value = value.trim();
  const first = value[0];
  if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2) value = value.slice(1, -1);
  return { key, value: value.trim() };
}
