/** Messages between the leaderboard and its verification worker. Plain data (structured clone). */
import type { Scenario } from '../../engine/index.ts';
import type { Competition, HostKey, VerifyResult } from '../../replay/index.ts';

export interface VerifyRequest {
  job: number;
  competition: Competition;
  scenario: Scenario;
  inputs: string[];
  /** The competition key, when this browser has it (extended-time codes are checked with it). */
  hostKey: HostKey | null;
  /** The release codes the instructor gave, round 2 first. */
  releases: string[];
}

export type VerifyMessage =
  | { job: number; type: 'progress'; done: number; total: number }
  | { job: number; type: 'done'; results: VerifyResult[]; ms: number };
