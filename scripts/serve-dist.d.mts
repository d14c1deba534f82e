/** Types for serve-dist.mjs (imported by the TypeScript e2e tests). */
export declare const MIME: Record<string, string>;
export interface DistServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveDist(
  dir: string,
  port?: number,
  options?: { headers?: Record<string, string>; gzip?: boolean },
): Promise<DistServer>;
