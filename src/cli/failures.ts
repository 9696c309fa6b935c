import { safeValue } from '../core';

/** A failure the user can act on (a missing folder, a note Goodwill will not touch): its message is the whole story. */
export class InputError extends Error {}

/**
 * What stderr gets for every failure but a usage error: one line, `goodwill: …`,
 * so a script or a cron mail shows the reason and not a stack. The stack is
 * for whoever debugs, with GOODWILL_DEBUG=1.
 */
export function failureText(err: unknown, debug: boolean): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = err instanceof InputError ? message : `unexpected error: ${message}`;
  const stack = debug && err instanceof Error && err.stack ? `${safeStack(err.stack)}\n` : '';
  // safeValue also turns the message's own line breaks into U+FFFD: one line, whatever it says.
  return `goodwill: ${safeValue(line)}\n${stack}`;
}

function safeStack(stack: string): string {
  return stack.split('\n').map(safeValue).join('\n');
}
