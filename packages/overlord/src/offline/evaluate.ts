import {
  EvaluateInputSchema,
  type EvaluateInput,
  type EvaluateResult,
  type Finding,
  type SafetyCategory,
} from '../schemas';
import { confidenceOf } from './confidence';
import type { Detection } from './detection';
import { analyseEffort } from './effort';
import { hash } from './hash';
import { detectLanguage } from './language';
import { analyseLogic } from './logic';
import { findPlatformAttack } from './platform';
import { analyseRelevance } from './relevance';
import { runSafety } from './safety';
import { normaliseTag, suggestTags, vocabularyTags } from './tags';
import { prepare } from './text';
import { analyseTone } from './tone';
import { decide } from './verdict';
import { approvalCommentary } from './voice/commentary';
import { composeFeedback } from './voice/compose';
import { explain } from './voice/findings';

export const OFFLINE_JUDGE = 'offline-v1';

const PERSONAL_HARM: ReadonlySet<SafetyCategory> = new Set([
  'threat',
  'harassment',
  'hate',
  'self_harm',
]);

function toFinding(d: Detection): Finding {
  return {
    dimension: d.dimension,
    code: d.code,
    quote: d.quote,
    explanation: explain(d.code, d.quote),
  };
}

function tagsOf(title: string, body: string): string[] {
  return vocabularyTags(title, body).map((t) => t.tag);
}

/** What the text is measured against: a topic's own title, or a post's topic and parent. */
function referenceTags(input: EvaluateInput, title: string): string[] {
  if (input.kind === 'topic') return tagsOf(title, '');
  const topic = input.topic;
  const fromTopic = topic
    ? [...topic.tags.map(normaliseTag), ...tagsOf(topic.title, topic.description)]
    : [];
  const fromParent = input.parent ? tagsOf('', input.parent.text) : [];
  return [...fromTopic, ...fromParent];
}

export function evaluateOffline(raw: EvaluateInput): EvaluateResult {
  const input = EvaluateInputSchema.parse(raw);
  const title = input.kind === 'topic' ? (input.title ?? '') : '';
  const full = title ? `${title}\n\n${input.text}` : input.text;
  const seed = String(hash(`${input.kind}\u0000${full}`));

  const language = detectLanguage(full);
  const english = language === 'eng' || language === 'und';
  const topicLanguage = input.topic
    ? detectLanguage(`${input.topic.title}\n${input.topic.description}`)
    : 'eng';
  const lenient = !english || (topicLanguage !== 'eng' && topicLanguage !== 'und');

  const safety = runSafety(full, input.kind);
  const prepared = prepare(full);
  const logic = analyseLogic(prepared);
  const tone = analyseTone(prepared, safety.profanity, logic.evidence !== null);
  const effort = analyseEffort({ kind: input.kind, text: input.text, title });

  const relevance = analyseRelevance({
    kind: input.kind,
    text: input.text,
    title,
    topic: input.topic,
    parent: input.parent,
    textTags: tagsOf('', input.text),
    referenceTags: referenceTags(input, title),
    lenient,
  });

  // A complaint about the judge or the platform instead of the topic: off topic, unless the
  // text also argues the topic (then the complaint is a fixable aside).
  const platformAttack = input.kind === 'message' ? null : findPlatformAttack(prepared);
  const relevanceDetections = !platformAttack
    ? relevance.detections
    : relevance.sharedStems.length >= 2
      ? [...relevance.detections, { ...platformAttack, severity: 'soft' as const }]
      : [platformAttack];

  // "lol" alone is one problem (no content), not two.
  const fluff = effort.some((d) => d.code === 'fluff');
  const toneDetections = fluff
    ? tone.detections.filter((d) => d.code !== 'dismissive')
    : tone.detections;

  const decision = decide({
    safety: safety.category,
    tone: toneDetections,
    logic: logic.detections,
    relevance: relevanceDetections,
    effort,
  });

  // No quote: the Overlord never repeats withheld words, not even to their author.
  const safetyDetections: Detection[] = [...new Set(safety.hits.map((h) => h.category))]
    .slice(0, 3)
    .map((category) => ({
      dimension: category === 'spam' ? 'effort' : 'tone',
      code: `safety_${category}`,
      quote: null,
      severity: 'hard',
    }));
  const all = [
    ...safetyDetections,
    ...toneDetections,
    ...logic.detections,
    ...relevanceDetections,
    ...effort,
  ];
  const ordered = [...decision.decisive, ...all.filter((d) => !decision.decisive.includes(d))];
  // Withheld content gets no other findings: they would quote it, and its logic is moot.
  const findings = (
    decision.rejectionReason === 'terms_violation' ? safetyDetections : ordered
  ).map(toFinding);

  const reasoned = logic.reasoning.includes('cause') || logic.reasoning.includes('consequence');
  const feedback = composeFeedback({
    kind: input.kind,
    decision,
    safety: safetyDetections,
    evidence: logic.evidence,
    reasoning: logic.reasoning,
    untranslated: !lenient
      ? null
      : english
        ? { language: topicLanguage, whose: 'topic' }
        : { language, whose: 'statement' },
    seed,
  });
  const harmful = safety.category !== null && PERSONAL_HARM.has(safety.category);
  const tags =
    decision.rejectionReason === 'terms_violation'
      ? []
      : suggestTags(title, input.text, input.knownTags);

  return {
    verdict: decision.verdict,
    rejectionReason: decision.rejectionReason,
    scores: {
      logic: logic.score,
      tone: harmful ? 0 : tone.score,
      relevance: relevance.score,
    },
    findings,
    feedback,
    commentary:
      decision.verdict === 'approved'
        ? approvalCommentary(seed, logic.evidence !== null, reasoned)
        : null,
    tags,
    confidence: confidenceOf(decision, {
      english: !lenient,
      words: input.text.split(/\s+/).length,
      evidence: logic.evidence !== null,
      reasoned,
    }),
    judge: OFFLINE_JUDGE,
    language,
    evidence: logic.evidence !== null,
  };
}
