'use client';

import { adminReasonSchema, ADMIN_REASON_MAX, firstIssue } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';

import { requestError } from '~/components/folded-body-form';
import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

type Role = 'citizen' | 'moderator' | 'admin' | 'superadmin';
type Action =
  { kind: 'role'; role: Role } | { kind: 'ban' } | { kind: 'unban' } | { kind: 'delete' };

const ROLES: Role[] = ['citizen', 'moderator', 'admin', 'superadmin'];

function describe(action: Action, username: string): string {
  switch (action.kind) {
    case 'role':
      return `Make ${username} a ${action.role}?`;
    case 'ban':
      return `Ban ${username}? They are signed out at once and keep only what a visitor has.`;
    case 'unban':
      return `Lift the ban on ${username}?`;
    case 'delete':
      return `Delete the account of ${username}? It cannot be undone: their personal data is erased.`;
  }
}

/**
 * A superadmin's actions on one citizen (docs/product.md §2): role change, ban or unban, and
 * deletion. Each needs a reason, which goes into the audit log, and a second, explicit
 * confirmation.
 */
export function CitizenActions({
  userId,
  username,
  role,
  banned,
  deleted,
}: {
  userId: string;
  username: string;
  role: Role;
  banned: boolean;
  deleted: boolean;
}) {
  const router = useRouter();
  const ids = useId();
  const [newRole, setNewRole] = useState<Role>(role);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<Action | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const done = (text: string) => {
    setPending(null);
    setReason('');
    setProblem(null);
    setMessage(text);
    router.refresh();
  };
  const onError = (err: { message: string; data?: unknown }) => {
    setPending(null);
    setProblem(requestError(err, 'reason', 'The registry jammed. Nothing was changed; try again.'));
  };
  const setRole = api.admin.setRole.useMutation({
    onSuccess: (u) => done(`${u.username} is now a ${u.role}.`),
    onError,
  });
  const ban = api.admin.ban.useMutation({
    onSuccess: (u) => done(`${u.username} is banned.`),
    onError,
  });
  const unban = api.admin.unban.useMutation({
    onSuccess: (u) => done(`${u.username} is no longer banned.`),
    onError,
  });
  const remove = api.admin.deleteUser.useMutation({
    onSuccess: (u) => done(`The account of ${u.username} is deleted.`),
    onError,
  });
  const busy = setRole.isPending || ban.isPending || unban.isPending || remove.isPending;

  /** First press: check the reason and ask for confirmation. */
  function ask(action: Action) {
    setMessage(null);
    const invalid = firstIssue(adminReasonSchema, reason);
    setProblem(invalid);
    if (!invalid) setPending(action);
  }

  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) return;
    const why = reason.trim();
    if (pending.kind === 'role') setRole.mutate({ userId, role: pending.role, reason: why });
    else if (pending.kind === 'ban') ban.mutate({ userId, reason: why });
    else if (pending.kind === 'unban') unban.mutate({ userId, reason: why });
    else remove.mutate({ userId, reason: why });
  }

  if (deleted) return <p>This account is deleted; nothing more can be done to it.</p>;

  return (
    <div className={styles.form} data-testid="citizen-actions">
      <label htmlFor={`${ids}-reason`} className={styles.label}>
        Reason for the record
      </label>
      <textarea
        id={`${ids}-reason`}
        className="field"
        rows={2}
        maxLength={ADMIN_REASON_MAX}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby={problem ? `${ids}-error` : undefined}
        aria-invalid={problem ? true : undefined}
      />
      <div className={styles.row}>
        <label htmlFor={`${ids}-role`} className={styles.label}>
          Role
        </label>
        <select
          id={`${ids}-role`}
          className="field"
          value={newRole}
          onChange={(e) => setNewRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={busy || newRole === role}
          onClick={() => ask({ kind: 'role', role: newRole })}
        >
          Change role
        </button>
        {banned ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => ask({ kind: 'unban' })}
          >
            Lift the ban
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => ask({ kind: 'ban' })}
          >
            Ban
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          disabled={busy}
          onClick={() => ask({ kind: 'delete' })}
        >
          Delete account
        </button>
      </div>
      {pending ? (
        <form
          onSubmit={confirm}
          aria-label="Confirm the action"
          className={styles.form}
          data-testid="confirm-action"
        >
          <p role="alert">{describe(pending, username)}</p>
          <div className={styles.row}>
            <button type="submit" className="button" disabled={busy}>
              Confirm
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => setPending(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite">
        {problem ? (
          <p id={`${ids}-error`} className={styles.error}>
            {problem}
          </p>
        ) : message ? (
          <p data-testid="action-done">{message}</p>
        ) : null}
      </div>
    </div>
  );
}
