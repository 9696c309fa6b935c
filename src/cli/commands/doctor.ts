import {
  type CliArgs,
  type Day,
  type Finding,
  mergeIntoSettingsFile,
  type NetworkIndex,
  type NoteFacts,
  type ObsidianConfigFiles,
  safeJson,
  safeValue,
  survey,
} from '../../core';
import { configFolder, obsidianConfigFiles } from '../config-folder';
import { InputError } from '../failures';
import type { VaultWriter } from '../vault-writer';

/** The settings file the doctor merges into, and what it holds now (an object, or {} when missing). */
export interface SettingsFile {
  rel: string;
  current: Record<string, unknown>;
  /** Whether the file holds something other than a settings object (then it is not written over). */
  unusable: boolean;
}

/**
 * `doctor`: how Goodwill reads this vault, from the notes' facts and the
 * index; with --write, the proposal merged into the plugin's data.json
 * through the vault writer (inside the vault, all or nothing).
 */
export function doctor(
  args: CliArgs,
  index: NetworkIndex,
  facts: NoteFacts[],
  today: Day,
  file: SettingsFile,
  writer: () => VaultWriter,
): string {
  let config: ObsidianConfigFiles | string;
  try {
    config = obsidianConfigFiles(args.vault, configFolder());
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    config = err.message;
  }
  const findings = survey({ facts, network: index.resolve(), settings: index.settings, current: file.current, config, today });
  const proposal = findings[findings.length - 1];
  if (args.write && proposal.setting !== null) {
    if (file.unusable) throw new InputError(`${file.rel} holds no settings object; nothing was written`);
    const next = mergeIntoSettingsFile(file.current, proposal.setting);
    writer().writeWhole(file.rel, `${JSON.stringify(next, null, 2)}\n`);
    proposal.message += `. Written to ${file.rel}`;
  } else if (args.write) {
    proposal.message += `. Nothing was written to ${file.rel}`;
  } else if (proposal.setting !== null && !args.config) {
    proposal.message += `. \`doctor --write\` merges them into ${file.rel}`;
  }
  return args.json ? safeJson(findings) : text(findings);
}

/** The findings by topic, each with its examples. */
function text(findings: Finding[]): string {
  const out: string[] = [];
  let topic: string | null = null;
  for (const f of findings) {
    if (f.topic !== topic) {
      if (topic !== null) out.push('');
      topic = f.topic;
      out.push(topic.toUpperCase());
    }
    out.push(`  - ${safeValue(f.message)}`);
    if (f.examples.length > 0) out.push(`    e.g. ${f.examples.map(safeValue).join(', ')}`);
  }
  return out.join('\n');
}
