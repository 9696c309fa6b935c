import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every note of a folder on disk, and the settings files of its .obsidian folder, as path → text. */
export function filesOf(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, config: boolean) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, config || name === '.obsidian');
      else if (name.endsWith('.md') || (config && name.endsWith('.json')))
        out[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root, false);
  return out;
}
