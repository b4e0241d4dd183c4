import { currentCitizen } from '~/lib/citizens';

import { navigationFor } from './nav-items';
import { NavLink } from './nav-link';
import styles from './site-footer.module.css';

/**
 * The footer also lists the destinations that wide screens keep out of the header row
 * (`inFooter` in nav-items.ts), so every destination stays one click away at every width.
 */
export async function SiteFooter() {
  const me = await currentCitizen();
  const more = navigationFor(me?.role ?? null).items.filter((item) => item.inFooter);
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <nav aria-label="More destinations" className={styles.more}>
          <ul>
            {more.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} sections={item.sections} className={styles.moreLink}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          Property of the Ministry of Reason. Statements are judged for logic, tone and relevance.
        </p>
        <p>There are no votes. Only the Overlord&rsquo;s verdicts count.</p>
      </div>
    </footer>
  );
}
