'use client';

import { PAGE_CACHE } from '~/lib/offline';

/**
 * Submits the sign-out form, and first drops the pages kept for offline reading: they carry
 * the citizen's name in their header and must not outlive the session on a shared device.
 */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <button
      type="submit"
      className={className}
      onClick={() => {
        if ('caches' in window) void caches.delete(PAGE_CACHE);
      }}
    >
      Sign out
    </button>
  );
}
