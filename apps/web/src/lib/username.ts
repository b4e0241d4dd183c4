// Mirrors the api's username rule (packages/core accounts/username.ts) for instant feedback.
// The api stays the authority: it also enforces uniqueness and the single change.
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;

const RESERVED =
  /^(overlord|robot_?overlord|the_?overlord|admin|administrator|moderator|superadmin|ministry|system|anonymous(_citizen)?|root|support|staff)$/i;

export function validateUsername(value: string): string | null {
  const name = value.trim();
  if (name.length < USERNAME_MIN) return `A username needs at least ${USERNAME_MIN} characters.`;
  if (name.length > USERNAME_MAX) return `A username has at most ${USERNAME_MAX} characters.`;
  if (!/^[A-Za-z0-9_]+$/.test(name))
    return 'Letters, digits and underscores only: the Registry does not print ornaments.';
  if (!/^[A-Za-z]/.test(name)) return 'A username starts with a letter.';
  if (RESERVED.test(name)) return 'That title is reserved by the Ministry.';
  return null;
}
