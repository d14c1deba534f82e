/** Types for web-harness.mjs (imported by the TypeScript e2e tests). */
import type { LaunchOptions } from 'playwright-core';
export { serveDist, type DistServer } from './serve-dist.mjs';
export declare const ROOT: string;
export declare const DIST: string;
export declare const CHROMIUM: string;
export declare function chromiumMissing(): boolean;
export declare const LAUNCH_OPTIONS: LaunchOptions;
export declare function buildWeb(options?: { quiet?: boolean; outDir?: string }): string;
export declare function privateBuildDir(label: string): string;
export declare function removeBuild(dir: string): void;
