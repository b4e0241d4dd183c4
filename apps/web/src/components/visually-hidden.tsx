import type { ReactNode } from 'react';

/** Read by screen readers, invisible on screen (the plain words behind in-character labels). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
