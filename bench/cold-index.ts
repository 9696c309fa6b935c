/**
 * The cold index as the benchmark times it: the CLI's full index of a vault
 * folder, then the answers a morning needs (follow-ups, balance, the ten best
 * introductions). One home, so the table and the baseline comparison time the
 * same work.
 */
import { indexFolder } from '../src/cli/cached-index';
import { balances, followUps, introductionCandidates, parseIsoDay, resolveSettings } from '../src/core';

export const BENCH_TODAY = parseIsoDay('2026-11-25')!;

export async function coldIndex(dir: string, settings = resolveSettings({})) {
  const index = await indexFolder(dir, settings);
  const network = index.resolve();
  followUps(network, settings, BENCH_TODAY);
  balances(network, settings, BENCH_TODAY);
  introductionCandidates(network, BENCH_TODAY, { limit: 10 });
  return { index, network };
}
