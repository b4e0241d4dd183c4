// Mirrors the api's report limits (packages/trpc flags.schema.ts) for instant feedback in the
// "Report treason" form. Re-declared here: server schema modules stay out of the browser bundle.
export const REPORT_MIN = 10;
export const REPORT_MAX = 500;

export function validateReport(text: string): string | null {
  const report = text.trim();
  if (report.length < REPORT_MIN)
    return 'Tell the Ministry what is wrong with it, in a sentence at least.';
  if (report.length > REPORT_MAX) return `Keep the report under ${REPORT_MAX} characters.`;
  return null;
}
