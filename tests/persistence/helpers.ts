/** Shared setup for persistence tests: a code-built scenario, a fresh store ("reload"), and recorded deps. */
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { buildScenario, stateHash } from '../../src/engine/index.ts';
import type { PersistenceDeps, PersistenceNotice, StorageLike } from '../../src/persistence/index.ts';
import { sealSave, type Save } from '../../src/persistence/save-format.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { store } from '../../src/store/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';

export const APP_VERSION = '0.1.0';

export function loadedScenario(id = 'persist', turns = 12, title = 'Persistence test'): LoadedScenario {
  return asLoaded(buildScenario({ id, title, turns }));
}

/** What a reload leaves: the store as at boot, with the catalogue. */
export function freshStore(catalogue: LoadedScenario[] = []): void {
  store.setState({
    screen: 'title',
    catalogue,
    chosen: null,
    game: null,
    notice: null,
    draftError: null,
    competitions: {},
    runShown: null,
  });
}

export interface Recorded {
  deps: PersistenceDeps;
  notices: (PersistenceNotice | null)[];
  readOnlyCalls: number;
  /** The last notice shown (null once cleared). */
  current(): PersistenceNotice | null;
}

export function recordedDeps(storage: StorageLike | null, extra: Partial<PersistenceDeps> = {}): Recorded {
  let clock = 1_700_000_000_000;
  const rec: Recorded = {
    notices: [],
    readOnlyCalls: 0,
    current: () => rec.notices[rec.notices.length - 1] ?? null,
    deps: {
      storage,
      clock: () => (clock += 1000),
      appVersion: APP_VERSION,
      onNotice: (n) => rec.notices.push(n),
      onReadOnly: () => rec.readOnlyCalls++,
      ...extra,
    },
  };
  return rec;
}

export const game = () => store.getState().game!;
export const currentHash = (): string => stateHash(game().state);

/** Never resolves a custom scenario: for tests on built-ins only. */
export const noParse = (): string => 'no custom scenarios in this test';

/** A valid save built by hand (not replayable: for format tests). */
export function sampleSave(over: Partial<Save> = {}): Save {
  return sealSave({
    format: 'tradeoffs-save',
    formatVersion: 4,
    engineVersion: ENGINE_VERSION,
    appVersion: '0.1.0',
    savedAt: 1_700_000_000_000,
    sequence: 4,
    game: 'g-sample',
    scenario: {
      id: 'persist',
      hash: '0123456789abcdef',
      source: { fileName: 'mine.yaml', text: 'id: mine\ntitle: "Mine"\n' },
    },
    seed: 'seed-1',
    mode: 'practice',
    log: [[{ type: 'release/set', mode: 'gate' }], []],
    draft: [{ type: 'team/hire', role: 'engineer', count: 2 }],
    turn: 2,
    competition: null,
    ...over,
  });
}
