import { formatDay } from '../model/day';
import type { Group } from '../answers/organisations';

/**
 * `orgs --json`: one row per organisation, then per contact sphere. `file` is
 * null for a company written only as text, and for a sphere. Keys are a
 * contract: add keys, never rename them.
 */
export function organisationRows(groups: readonly Group[]) {
  return groups.map((g) => ({
    kind: g.kind,
    name: g.name,
    file: g.file,
    people: g.members.map((m) => m.person.name),
    balance: g.balance,
    warmest: g.warmest?.name ?? null,
    members: g.members.map((m) => ({
      name: m.person.name,
      stage: m.stage,
      lastContact: m.lastContact === null ? null : formatDay(m.lastContact),
    })),
  }));
}
