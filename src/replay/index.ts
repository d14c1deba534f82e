/** Decision logs and their replay (the classroom's run codes will live here too). */
export { replay, type ReplayResult } from './replay.ts';
export { snapshot, type TurnRecord, type TurnSnapshot } from './history.ts';
