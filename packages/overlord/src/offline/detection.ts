import type { Dimension } from '../schemas';

/**
 * What a rule found, before the voice turns it into a public Finding.
 * `hard` problems decide a rejection on their own; `soft` ones can be fixed
 * by the author, so they lead to calibration.
 */
export type Severity = 'hard' | 'soft';

export type Detection = {
  dimension: Dimension;
  code: string;
  quote: string | null;
  severity: Severity;
};

/** One detection per code: the first quote is the one the author is shown. */
export function dedupeByCode(list: readonly Detection[]): Detection[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    if (seen.has(d.code)) return false;
    seen.add(d.code);
    return true;
  });
}
