/**
 * The parse worker's code (parse-worker.ts, bundled, minified and gzipped,
 * in base64), or null. The plugin build replaces this module with the built
 * code (esbuild.config.mjs); tests and anything else that loads the source as
 * it stands read notes on the calling thread.
 */
export const PARSE_WORKER_PACKED: string | null = null;
