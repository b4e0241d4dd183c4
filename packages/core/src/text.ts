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

export const bodySchema = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(1, 'The statement is empty. The Overlord cannot judge silence.')
      .max(
        MAX_BODY_LENGTH,
        `Statements are limited to ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`,
      ),
  );
