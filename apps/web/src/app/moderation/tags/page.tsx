import type { Metadata } from 'next';

import { PageHeading } from '~/components/page-heading';
import { plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import tableStyles from '~/components/citizen-table.module.css';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../docket';
import { DocketTabs } from '../docket-tabs';
import { TagActions } from './tag-actions';

export const metadata: Metadata = { title: 'Tags' };
export const dynamic = 'force-dynamic';

const PATH = '/moderation/tags';

/** Tag administration (docs/product.md §12), admins+: every tag with its use; rename and merge. */
export default async function TagsPage() {
  const tags = await readDocket(getServerApi().tags.usage.query());
  if (!tags) return <DocketSignIn what="tags" path={PATH} />;
  return (
    <div className={styles.page} data-testid="tags-admin">
      <PageHeading
        kicker="Central Committee · Tag register"
        title="Tags"
        lede={`${plural(tags.length, 'tag')}, most used first. Renaming keeps every use; merging moves a tag’s topics and statements onto another and removes it.`}
      />
      <DocketTabs current={PATH} admin />
      <TagActions slugs={tags.map((t) => t.slug)} />
      <div className={tableStyles.scroller}>
        <table className={tableStyles.table}>
          <caption className="visually-hidden">Tags and how often they are used</caption>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">Label</th>
              <th scope="col">Topics</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => (
              <tr key={t.slug} data-testid="tag-row" data-slug={t.slug}>
                <th scope="row">#{t.slug}</th>
                <td>{t.label}</td>
                <td>{t.topics}</td>
                <td>{t.posts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
