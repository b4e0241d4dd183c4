// Next.js resolves `server-only` itself (an import that fails the build in client bundles).
declare module 'server-only';
