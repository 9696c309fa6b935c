// One way to rate a regular expression for ReDoS, shared by `npm run lint`
// (the patterns written in src/) and the test of the patterns built at run time
// (vocabularies, synonyms), so both hold every pattern to the same bar. recheck
// is the field's standard checker: it decides by automata theory where the
// pattern is small enough and by fuzzing with a fixed seed otherwise, and it
// runs from npm alone (a native build, or its pure JavaScript one).
import { check } from 'recheck';

/**
 * recheck's defaults, except that no limit is counted in milliseconds: its
 * fuzzer otherwise takes a match that is slow only because the machine is busy
 * for an attack, and the same pattern is rated differently from run to run.
 * Its limits counted in steps still bound each rating.
 */
const PARAMETERS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

/** Ratings run one at a time: they are CPU-bound, and the machine is shared. */
let queue = Promise.resolve();

/**
 * Rates one pattern: `safe` when recheck finds neither polynomial nor
 * exponential backtracking; otherwise `complexity` says which, and `attack`
 * shows the string that proves it (shortened).
 */
export function rate(source, flags) {
  const rating = queue.then(async () => {
    const d = await check(source, flags, PARAMETERS);
    if (d.status === 'safe') return { safe: true, complexity: d.complexity.type };
    if (d.status === 'vulnerable') {
      const degree = d.complexity.type === 'polynomial' ? ` (degree ${d.complexity.degree})` : '';
      const attack = d.attack.pattern.length > 120 ? `${d.attack.pattern.slice(0, 117)}...` : d.attack.pattern;
      return { safe: false, complexity: `${d.complexity.type}${degree}`, attack };
    }
    return { safe: false, complexity: `unknown (${d.error.kind}${d.error.message ? `: ${d.error.message}` : ''})` };
  });
  queue = rating.then(
    () => undefined,
    () => undefined,
  );
  return rating;
}
