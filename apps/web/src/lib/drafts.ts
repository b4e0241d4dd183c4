// An anonymous visitor's composition survives the sign-in round trip (SPEC §3): kept in this
// browser only, never sent anywhere until the citizen, signed in, submits it.
export interface Draft {
  body: string;
  parentId: string | null;
}

const key = (kind: 'post' | 'topic', scope: string) => `overlord.draft.${kind}.${scope}`;

export function saveDraft(kind: 'post' | 'topic', scope: string, draft: Draft) {
  try {
    window.localStorage.setItem(key(kind, scope), JSON.stringify(draft));
  } catch {
    // Storage disabled: the draft is lost, as it would be without this feature.
  }
}

export function takeDraft(kind: 'post' | 'topic', scope: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key(kind, scope));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    return typeof draft.body === 'string'
      ? { body: draft.body, parentId: draft.parentId ?? null }
      : null;
  } catch {
    return null;
  }
}

export function clearDraft(kind: 'post' | 'topic', scope: string) {
  try {
    window.localStorage.removeItem(key(kind, scope));
  } catch {
    // nothing to clear
  }
}
