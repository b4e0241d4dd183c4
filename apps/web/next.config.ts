import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship as TypeScript source (the Prisma client imports with .ts specifiers).
  transpilePackages: [
    '@overlord/trpc',
    '@overlord/core',
    '@overlord/db',
    '@overlord/redis',
    '@overlord/jobs',
    '@overlord/overlord',
    '@overlord/validators',
  ],
  serverExternalPackages: ['pg', 'ioredis', '@prisma/adapter-pg', 'graphile-worker'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `forbidden()` answers a sealed page with a real 403 (app/forbidden.tsx), not a 200 refusal.
  experimental: { authInterrupts: true },
};

// Serwist bundles the service worker with esbuild at build time (app/serwist/[path]/route.ts);
// this keeps esbuild out of the server bundle.
export default withSerwist(nextConfig);
