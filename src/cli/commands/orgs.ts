import {
  type CliArgs,
  formatDay,
  type NetworkIndex,
  type OrganisationCandidate,
  organisationRows,
  organisations,
  safeJson,
  table,
} from '../../core';

/** `orgs`: each organisation, then each contact sphere, with its people (stage, last contact), summed balance and warmest contact. */
export function orgsCommand(args: CliArgs, index: NetworkIndex, notes: OrganisationCandidate[], today: number): string {
  const groups = organisations(index.resolve(), index.settings, today, notes);
  if (args.json) return safeJson(organisationRows(groups).map(({ members: _members, ...row }) => row));
  if (groups.length === 0) return 'No organisations or spheres: give people a company (text or a [[link]]) or a sphere.';
  return table(
    ['KIND', 'NAME', 'PEOPLE', 'BALANCE', 'WARMEST', 'FILE'],
    groups.map((g) => [
      g.kind,
      g.name,
      g.members
        .map((m) => `${m.person.name} (${m.stage ?? '-'}, ${m.lastContact === null ? 'never' : formatDay(m.lastContact)})`)
        .join('; ') || '-',
      (g.balance > 0 ? '+' : '') + g.balance,
      g.warmest?.name ?? '-',
      g.file ?? '—',
    ]),
  );
}
