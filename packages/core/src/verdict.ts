import type { Prisma } from '@overlord/db';
import type { EvaluateResult } from '@overlord/overlord';

import type { JudgedText } from './translation/translations.ts';

/** The stored fields of a judged item (topic, post), identical for every kind of content. */
export function verdictFields(result: EvaluateResult, judged: JudgedText) {
  return {
    status: result.verdict,
    decidedAt: new Date(),
    rejectionReason: result.rejectionReason,
    termsViolation: result.rejectionReason === 'terms_violation',
    feedback: result.feedback,
    // Public commentary only accompanies an approval.
    commentary: result.verdict === 'approved' ? result.commentary : null,
    evaluation: {
      ...result,
      language: judged.language,
      translated: judged.translated,
    } as unknown as Prisma.InputJsonValue,
    judge: result.judge,
    language: judged.language,
  };
}
