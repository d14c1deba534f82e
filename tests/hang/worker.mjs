// The worker of hang-guard.ts: imports a TypeScript module of the repository (with tsx) and calls one of its
// exported functions for each message, answering with the result or the error.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

parentPort.on('message', async ({ id, url, name, args }) => {
  try {
    const mod = await tsImport(url, import.meta.url);
    parentPort.postMessage({ id, ok: true, value: await mod[name](...args) });
  } catch (e) {
    parentPort.postMessage({
      id,
      ok: false,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
});
