'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { requestError } from '~/components/folded-body-form';
import { api } from '~/trpc/react';

/** Rename a tag or merge one into another; the register is re-read afterwards. */
export function TagActions({ slugs }: { slugs: string[] }) {
  const router = useRouter();
  const ids = useId();
  const [rename, setRename] = useState({ slug: slugs[0] ?? '', label: '', newSlug: '' });
  const [merge, setMerge] = useState({ from: slugs[1] ?? '', into: slugs[0] ?? '' });
  const [message, setMessage] = useState<string | null>(null);
  const onError = (err: { message: string; data?: unknown }) =>
    setMessage(requestError(err, 'label', 'The register jammed. Nothing was changed; try again.'));
  const renameTag = api.tags.rename.useMutation({
    onSuccess: (t) => {
      setMessage(`#${t.slug} now reads “${t.label}”.`);
      router.refresh();
    },
    onError,
  });
  const mergeTags = api.tags.merge.useMutation({
    onSuccess: (r) => {
      setMessage(`Merged into #${r.slug}: ${r.topics} topic(s), ${r.posts} statement(s) moved.`);
      router.refresh();
    },
    onError,
  });

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rename.label.trim()) return setMessage('A tag needs a label.');
    renameTag.mutate({
      slug: rename.slug,
      label: rename.label.trim(),
      ...(rename.newSlug.trim() ? { newSlug: rename.newSlug.trim() } : {}),
    });
  }
  function onMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (merge.from === merge.into) return setMessage('A tag cannot be merged into itself.');
    mergeTags.mutate(merge);
  }

  const options = slugs.map((slug) => (
    <option key={slug} value={slug}>
      #{slug}
    </option>
  ));
  return (
    <>
      <form className={styles.form} onSubmit={onRename} aria-label="Rename a tag">
        <div className={styles.row}>
          <label htmlFor={`${ids}-rename`} className={styles.label}>
            Tag to rename
          </label>
          <select
            id={`${ids}-rename`}
            className="field"
            value={rename.slug}
            onChange={(e) => setRename((r) => ({ ...r, slug: e.target.value }))}
          >
            {options}
          </select>
          <label htmlFor={`${ids}-label`} className={styles.label}>
            New label
          </label>
          <input
            id={`${ids}-label`}
            className="field"
            maxLength={60}
            value={rename.label}
            onChange={(e) => setRename((r) => ({ ...r, label: e.target.value }))}
          />
          <label htmlFor={`${ids}-slug`} className={styles.label}>
            New slug (optional)
          </label>
          <input
            id={`${ids}-slug`}
            className="field"
            maxLength={40}
            value={rename.newSlug}
            onChange={(e) => setRename((r) => ({ ...r, newSlug: e.target.value }))}
          />
          <button type="submit" className="button" disabled={renameTag.isPending}>
            Rename
          </button>
        </div>
      </form>
      <form className={styles.form} onSubmit={onMerge} aria-label="Merge two tags">
        <div className={styles.row}>
          <label htmlFor={`${ids}-from`} className={styles.label}>
            Merge
          </label>
          <select
            id={`${ids}-from`}
            className="field"
            value={merge.from}
            onChange={(e) => setMerge((m) => ({ ...m, from: e.target.value }))}
          >
            {options}
          </select>
          <label htmlFor={`${ids}-into`} className={styles.label}>
            into
          </label>
          <select
            id={`${ids}-into`}
            className="field"
            value={merge.into}
            onChange={(e) => setMerge((m) => ({ ...m, into: e.target.value }))}
          >
            {options}
          </select>
          <button type="submit" className="button" disabled={mergeTags.isPending}>
            Merge
          </button>
        </div>
      </form>
      <p aria-live="polite" className={message ? styles.notice : undefined}>
        {message}
      </p>
    </>
  );
}
