import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { env } from '~/env';
import { SiteFooter } from '~/components/site-footer';
import { SiteHeader } from '~/components/site-header';
import { TRPCReactProvider } from '~/trpc/react';

import { displayFont, monoFont, sansFont } from './fonts';
import '~/styles/globals.css';

export const metadata: Metadata = {
  title: {
    default: 'The Robot Overlord',
    template: '%s · The Robot Overlord',
  },
  description:
    'A debate arena where every statement is judged in public by the Overlord: logic, tone, relevance.',
  // Installed on a phone's home screen (the manifest is app/manifest.ts).
  appleWebApp: { capable: true, title: 'Overlord', statusBarStyle: 'default' },
};

// Every page renders per request: its scripts need that request's CSP nonce (src/proxy.ts), which a
// page prerendered at build time could not carry.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = {
  themeColor: '#c8102e',
  width: 'device-width',
  initialScale: 1,
  // The on-screen keyboard shrinks the layout, so a focused compose box scrolls into view
  // instead of sitting under the keyboard.
  interactiveWidget: 'resizes-content',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${displayFont.variable} ${sansFont.variable} ${monoFont.variable}`}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <TRPCReactProvider apiUrl={env.NEXT_PUBLIC_API_URL}>
          {/* Inside the provider: the header's unread count is live. */}
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </TRPCReactProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
