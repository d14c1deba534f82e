/** Numbers the dashboard derives from the turn history (rolling DORA keys). Pure. */
import type { Dora } from '../engine/index.ts';
import type { TurnRecord } from '../replay/index.ts';

/** The DORA four keys over the last `n` turns (deploy-weighted), as a team would see on its own dashboard. */
export function rollingDora(history: readonly TurnRecord[], n: number, weeksPerTurn: number): Dora | null {
  const recent = history.slice(-n);
  if (recent.length === 0) return null;
  let deploys = 0;
  let failures = 0;
  let lead = 0;
  let recovery = 0;
  for (const r of recent) {
    const sn = r.snapshot;
    deploys += sn.deploys;
    failures += sn.failures;
    lead += sn.leadTimeDays * sn.deploys;
    recovery += sn.recoveryHours * sn.failures;
  }
  const weeks = recent.length * weeksPerTurn;
  return {
    deploysPerWeek: deploys / weeks,
    leadTimeDays: deploys > 0 ? lead / deploys : weeks * 7,
    changeFailureRate: deploys > 0 ? failures / deploys : 0,
    recoveryHours: failures > 0 ? recovery / failures : 0,
  };
}
