import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'quiet' | 'alarm';

const classOf = (variant: ButtonVariant) =>
  variant === 'primary' ? 'button' : `button button-${variant}`;

/** A form button. In-character text may carry a plain `aria-label` for screen readers. */
export function Button({
  variant = 'primary',
  children,
  ...rest
}: ComponentProps<'button'> & { variant?: ButtonVariant; children: ReactNode }) {
  return (
    <button type="button" {...rest} className={classOf(variant)}>
      {children}
    </button>
  );
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({
  variant = 'primary',
  children,
  ...rest
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; children: ReactNode }) {
  return (
    <Link {...rest} className={classOf(variant)}>
      {children}
    </Link>
  );
}
