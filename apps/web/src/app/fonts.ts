import localFont from 'next/font/local';

// Self-hosted from the @fontsource packages (npm), never fetched at build or run time.
// Paths are relative to this file: apps/web/src/app → the workspace root's node_modules.

export const displayFont = localFont({
  src: '../../../../node_modules/@fontsource/archivo-black/files/archivo-black-latin-400-normal.woff2',
  weight: '400',
  style: 'normal',
  variable: '--font-display',
  display: 'swap',
  fallback: ['Impact', 'Arial Black', 'sans-serif'],
});

export const sansFont = localFont({
  src: [
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-italic.woff2',
      weight: '400',
      style: 'italic',
    },
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2',
      weight: '600',
      style: 'normal',
    },
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-sans',
  display: 'swap',
  fallback: ['Helvetica Neue', 'Arial', 'sans-serif'],
});

export const monoFont = localFont({
  src: [
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../../../node_modules/@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-600-normal.woff2',
      weight: '600',
      style: 'normal',
    },
  ],
  variable: '--font-mono',
  display: 'swap',
  fallback: ['Courier New', 'monospace'],
});
