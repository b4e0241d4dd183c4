'use client';

// The phone's menu: one button in the compact header opens a modal <dialog> holding every
// destination that has no bottom tab, and the account. A modal dialog makes the rest of the page
// inert, closes on Escape and is announced by its heading; Tab and Shift+Tab wrap inside it, so
// focus never leaves it while it is open (docs/product.md §13: every page works from the
// keyboard). Server-rendered links come in as children.
import { usePathname } from 'next/navigation';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';

import styles from './site-header.module.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function SiteMenu({ title, children }: { title: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const pathname = usePathname();

  // A destination was chosen (client-side navigation): the menu has done its job.
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  const show = () => {
    dialog.current?.showModal();
    setOpen(true);
  };
  const close = () => dialog.current?.close();

  function wrapFocus(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  // A click on the backdrop lands on the dialog itself; a click on a link leaves the page.
  function closeOnOutsideOrLink(event: MouseEvent<HTMLDialogElement>) {
    const target = event.target as Element;
    if (target === dialog.current || target.closest('a')) close();
  }

  return (
    <>
      <button
        type="button"
        className={styles.menuButton}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={show}
        data-testid="menu-button"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.menuIcon}>
          <path d="M3 6h18M3 12h18M3 18h18" />
        </svg>
        Menu
      </button>
      <dialog
        ref={dialog}
        id={`${id}-menu`}
        className={styles.menu}
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
        onKeyDown={wrapFocus}
        onClick={closeOnOutsideOrLink}
        data-testid="site-menu"
      >
        <div className={styles.menuSheet}>
          <div className={styles.menuHead}>
            <h2 id={`${id}-title`} className={styles.menuTitle}>
              {title}
            </h2>
            <button type="button" className={styles.menuClose} onClick={close}>
              Close
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  );
}
