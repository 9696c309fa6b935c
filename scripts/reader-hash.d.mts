/** A hash, hex, of the files that decide what the reader makes of a note (see reader-hash.mjs). */
export function readerHash(root?: string): string;
