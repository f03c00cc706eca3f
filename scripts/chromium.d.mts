export declare const MISSING: string;
export declare function findChromium(env?: NodeJS.ProcessEnv, systemPath?: string): string | null;
export declare function canInstallChromium(): boolean;
export declare function ensureChromium(options?: {
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  systemPath?: string;
  canInstall?: () => boolean;
}): string | null;
