/**
 * Once per e2e run: `vite build` (the real production build with its CSP and service worker) into a private
 * folder (a build someone else starts in this checkout writes dist/, not the files under test), then a static
 * server for it on 127.0.0.1 at a free port. The tests get its address with inject('baseURL') and the folder
 * with inject('distDir').
 * Without Chromium the run is skipped loudly, or fails when CI is set (see harness.ts).
 */
import type { TestProject } from 'vitest/node';
import {
  buildWeb,
  chromiumMissing,
  privateBuildDir,
  removeBuild,
  serveDist,
} from '../../scripts/web-harness.mjs';
import { missingChromiumMessage } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (chromiumMissing()) {
    if (process.env['CI']) throw new Error(missingChromiumMessage());
    project.provide('baseURL', '');
    project.provide('distDir', '');
    return undefined;
  }
  const dist = buildWeb({ outDir: privateBuildDir('e2e') });
  const server = await serveDist(dist);
  project.provide('baseURL', server.url);
  project.provide('distDir', dist);
  return async () => {
    await server.close();
    removeBuild(dist);
  };
}
