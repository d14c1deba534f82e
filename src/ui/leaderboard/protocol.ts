/** Messages between the leaderboard and its verification worker. Plain data (structured clone). */
import type { Scenario } from '../../engine/index.ts';
import type { Competition, VerifyResult } from '../../replay/index.ts';

export interface VerifyRequest {
  job: number;
  competition: Competition;
  scenario: Scenario;
  inputs: string[];
}

export type VerifyMessage =
  | { job: number; type: 'progress'; done: number; total: number }
  | { job: number; type: 'done'; results: VerifyResult[]; ms: number };
