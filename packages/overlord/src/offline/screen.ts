import { ScreenInputSchema, type ScreenInput, type ScreenResult } from '../schemas';
import { runSafety } from './safety';
import { passedReason, safetyReason } from './voice/safety';

const MAX_SPANS = 5;

export function screenOffline(input: ScreenInput): ScreenResult {
  const { text, kind } = ScreenInputSchema.parse(input);
  const report = runSafety(text, kind);
  if (report.category === null)
    return { passed: true, category: null, reason: passedReason(), spans: [] };
  const spans = [...new Set(report.hits.map((h) => h.quote))].slice(0, MAX_SPANS);
  return {
    passed: false,
    category: report.category,
    reason: safetyReason(report.category, text),
    spans,
  };
}
