/** Types for the build script (plain JavaScript, so it runs before anything is compiled). */
export declare const DIST_DIR: string;
export declare const ENTRY_POINTS: Readonly<Record<string, string>>;
export declare const MISSING_BUILD_MESSAGE: string;
export declare function buildBot(options?: { outdir?: string; esbuild?: typeof import('esbuild') }): Promise<import('esbuild').Metafile>;
