// Values the global setup (tests/setup/global.ts) provides to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
    redisUrl: string;
  }
}

export {};
