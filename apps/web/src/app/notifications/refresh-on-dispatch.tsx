'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

import { DISPATCH_EVENT } from '~/components/unread-count';

/** A new dispatch while the list is open: the page is read again (docs/product.md §13). */
export function RefreshOnDispatch() {
  const router = useRouter();
  useEffect(() => {
    const refresh = () => router.refresh();
    window.addEventListener(DISPATCH_EVENT, refresh);
    return () => window.removeEventListener(DISPATCH_EVENT, refresh);
  }, [router]);
  return null;
}
