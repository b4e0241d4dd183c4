import { z } from 'zod';

export const MAX_BODY_LENGTH = 10_000;

/**
 * User text is stored as plain text: normalised, control characters removed (except newlines
 * and tabs), trimmed. Rendering escapes it, so nothing in it can execute in a browser.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g,
      '',
    )
    .trim();
}

/** Cleaned, then bounded; the two messages name what is being written. */
function bodyText(empty: string, tooLong: string) {
  return z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, empty).max(MAX_BODY_LENGTH, tooLong));
}

/** A statement (post or reply) as the compose form and `posts.submit` check it. */
export const bodySchema = bodyText(
  'The statement is empty. The Overlord cannot judge silence.',
  `Statements are limited to ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`,
);

/** A private message as the thread form and `messages.send` check it. */
export const messageBodySchema = bodyText(
  'The message is empty. The Overlord does not deliver silence.',
  `Messages are limited to ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`,
);
