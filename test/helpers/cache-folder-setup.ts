import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI keeps a cache of each vault it reads; in tests it goes to a folder of the test file's own, never the real home's.
process.env.GOODWILL_CACHE_DIR = mkdtempSync(join(tmpdir(), 'goodwill-cache-'));
