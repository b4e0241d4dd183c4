// An anonymous visitor's composition survives the sign-in round trip (docs/product.md §3): kept in
// this browser only, never sent anywhere until the citizen, signed in, submits it. One mechanism
// for every kind of composition: statements (per topic) and topic proposals.
export interface Drafts {
  post: { body: string; parentId: string | null };
  topic: { title: string; description: string };
}

export type DraftKind = keyof Drafts;
/** A statement draft (kept for existing callers). */
export type Draft = Drafts['post'];

const key = (kind: DraftKind, scope: string) => `overlord.draft.${kind}.${scope}`;

const str = (value: unknown) => (typeof value === 'string' ? value : null);

/** Stored drafts are untrusted input (another tab, an older version): read them defensively. */
const readers: { [K in DraftKind]: (raw: Record<string, unknown>) => Drafts[K] | null } = {
  post: (raw) => {
    const body = str(raw.body);
    return body === null ? null : { body, parentId: str(raw.parentId) };
  },
  topic: (raw) => {
    const title = str(raw.title);
    const description = str(raw.description);
    return title === null || description === null ? null : { title, description };
  },
};

export function saveDraft<K extends DraftKind>(kind: K, scope: string, draft: Drafts[K]) {
  try {
    window.localStorage.setItem(key(kind, scope), JSON.stringify(draft));
  } catch {
    // Storage disabled: the draft is lost, as it would be without this feature.
  }
}

export function takeDraft<K extends DraftKind>(kind: K, scope: string): Drafts[K] | null {
  try {
    const raw = window.localStorage.getItem(key(kind, scope));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    return readers[kind](parsed as Record<string, unknown>);
  } catch {
    return null;
  }
}

export function clearDraft(kind: DraftKind, scope: string) {
  try {
    window.localStorage.removeItem(key(kind, scope));
  } catch {
    // nothing to clear
  }
}
