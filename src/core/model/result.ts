/**
 * The outcome of whatever may be refused: reading a setting or a path,
 * parsing a query or a date format, editing a line, capturing a sentence.
 * Either the value, or why not: a message by default, or a richer error
 * where the caller acts on its details (a query's line and column, the
 * people a capture could not choose between).
 */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A result that holds its value. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** A result that says why there is no value. */
export function fail<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
