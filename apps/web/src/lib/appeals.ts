// Mirrors the api's appeal limits (packages/trpc appeals.schema.ts) for instant feedback in the
// appeal and decision forms. Re-declared here: server schema modules stay out of the browser
// bundle.
export const PLEA_MIN = 10;
export const PLEA_MAX = 1_000;
export const NOTE_MIN = 3;
export const NOTE_MAX = 500;

export function validatePlea(text: string): string | null {
  const plea = text.trim();
  if (plea.length < PLEA_MIN)
    return 'Give the Ministry at least a sentence: why was the Overlord wrong?';
  if (plea.length > PLEA_MAX)
    return `Keep the plea under ${PLEA_MAX.toLocaleString('en')} characters.`;
  return null;
}

export function validateNote(text: string): string | null {
  const note = text.trim();
  if (note.length < NOTE_MIN) return 'Write a short note for the citizen.';
  if (note.length > NOTE_MAX) return `Keep the note under ${NOTE_MAX} characters.`;
  return null;
}

export const APPEAL_STATUS = {
  pending: 'Appeal pending',
  sustained: 'Appeal sustained',
  denied: 'Appeal denied',
} as const;
