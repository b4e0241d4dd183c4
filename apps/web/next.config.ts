import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The typed client factory ships as TypeScript source inside the workspace.
  transpilePackages: ['@overlord/trpc'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
