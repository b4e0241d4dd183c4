import type { MetadataRoute } from 'next';

// The installable app (docs/architecture.md §13): the poster's red and paper, the Overlord's
// lens as the icon. Icons are drawn from app/icon.svg by scripts/pwa-icons.ts.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'The Robot Overlord',
    short_name: 'Overlord',
    description:
      'A debate arena where every statement is judged in public by the Overlord: logic, tone, relevance.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#f4ecd8',
    theme_color: '#c8102e',
    categories: ['news', 'social'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      // The lens sits inside the central 80% circle, so the same drawing survives any mask.
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
