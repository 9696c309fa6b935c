/**
 * Work written as a generator that pauses (yields) now and then, so that a
 * caller can spread it over several frames; this runs it all at once.
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
