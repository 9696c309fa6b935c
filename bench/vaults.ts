import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_VERSION, type VaultSpec, writeSyntheticVault } from './synthetic-vault';

/** The synthetic vault of this size under bench/vaults/, written anew only when its spec or the generator changed. */
export function vaultFor(name: string, spec: VaultSpec): string {
  const dir = join('bench', 'vaults', name);
  const marker = join(dir, '.spec.json');
  const want = JSON.stringify({ ...spec, generator: GENERATOR_VERSION });
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== want) {
    const t = performance.now();
    const n = writeSyntheticVault(dir, spec);
    writeFileSync(marker, want);
    console.log(`  wrote ${n} notes to ${dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return dir;
}
