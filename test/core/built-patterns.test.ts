import { describe, expect, it } from 'vitest';
import { rate } from '../../scripts/redos-rating.mjs';
import { Synonyms } from '../../src/core/answers/terms';
import { LANGUAGES } from '../../src/core/language/languages';
import { TAG_KINDS, vocabularyFor } from '../../src/core/language/vocabulary';

/**
 * Patterns built at run time from data cannot be rated where they are
 * written (scripts/redos-check.mjs rates the ones written in src/): here every
 * one of them is built as the product builds it and rated by the same checker.
 * None may be polynomial or exponential.
 */

/** The patterns of every language's vocabulary. */
function vocabularyPatterns(): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const language of LANGUAGES) {
    const v = vocabularyFor(language);
    v.anywhere.forEach(({ pattern, rule }) => out.push([`${language} ${rule.group} phrases`, pattern]));
    out.push([`${language} thanks hint`, v.thanksHint], [`${language} thanks words`, v.thanksWords]);
    out.push([`${language} cancelled hint`, v.cancelledHint], [`${language} cancelled words`, v.cancelledWords]);
    out.push([`${language} together hint`, v.togetherHint], [`${language} and hint`, v.andHint]);
    v.kinds.forEach(([re, kind]) => out.push([`${language} kind ${kind}`, re]));
    out.push([`${language} kind hint`, v.kindHint]);
    out.push([`${language} deadline words`, v.deadlineWords]);
    out.push([`${language} deadline at`, v.deadlineAt]);
    out.push([`${language} from before a link`, v.fromBeforeLink]);
  }
  TAG_KINDS.forEach(([re, kind]) => out.push([`tag ${kind}`, re]));
  return out;
}

/** Synonym lists a user might write, metacharacters and odd spacing included. */
const SYNONYM_LINES = [
  'VC = investor = venture capital',
  'UX = user experience = user  experience design',
  'node.js = node js = (node) [js]',
  'c++ = c plus plus = c+ +',
  'a|b = x* y? = $ ^ {1,2} \\d',
  'über = sehr gut = très bien = とても 良い',
];

/** Rates each distinct pattern once, and lists the unsafe ones with why. */
async function unsafe(patterns: [string, RegExp][]): Promise<string[]> {
  const distinct = new Map<string, [string, RegExp]>();
  for (const [name, re] of patterns) distinct.set(`${re.flags}/${re.source}`, [name, re]);
  const rated = await Promise.all(
    [...distinct.values()].map(async ([name, re]) => {
      const r = await rate(re.source, re.flags);
      return r.safe ? null : `${name}: ${re} is ${r.complexity}${r.attack ? `; attack: ${r.attack}` : ''}`;
    }),
  );
  return rated.filter((x): x is string => x !== null);
}

describe('patterns built at run time are rated safe by recheck', () => {
  it('the vocabularies of all languages', async () => {
    const patterns = vocabularyPatterns();
    expect(patterns.length).toBeGreaterThan(LANGUAGES.length * 10);
    expect(await unsafe(patterns)).toEqual([]);
  }, 300_000);

  it('multi-word synonyms', async () => {
    const synonyms = new Synonyms(SYNONYM_LINES);
    const patterns = synonyms.phrases.map(([re, canonical]): [string, RegExp] => [`synonym of ${canonical}`, re]);
    expect(patterns.length).toBeGreaterThan(5);
    expect(await unsafe(patterns)).toEqual([]);
  }, 300_000);
});
