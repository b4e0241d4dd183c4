import { z } from 'zod';

/**
 * The contract every Overlord provider (offline rules today, LLMs later) must
 * honour. Providers validate their own output against these schemas, so the
 * api and worker can trust a verdict without knowing who produced it.
 */

export const ContentKindSchema = z.enum(['topic', 'post', 'message']);
export type ContentKind = z.infer<typeof ContentKindSchema>;

export const SafetyCategorySchema = z.enum([
  'threat',
  'harassment',
  'doxxing',
  'hate',
  'explicit',
  'spam',
  'self_harm',
  'illegal',
]);
export type SafetyCategory = z.infer<typeof SafetyCategorySchema>;

export const ScreenInputSchema = z.object({
  text: z.string(),
  kind: ContentKindSchema,
});
export type ScreenInput = z.infer<typeof ScreenInputSchema>;

export const ScreenResultSchema = z
  .object({
    passed: z.boolean(),
    category: SafetyCategorySchema.nullable(),
    reason: z.string(),
    spans: z.array(z.string()),
  })
  .refine((r) => r.passed === (r.category === null), {
    message: 'category must be set exactly when the screen fails',
  });
export type ScreenResult = z.infer<typeof ScreenResultSchema>;

export const TopicContextSchema = z.object({
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
});
export type TopicContext = z.infer<typeof TopicContextSchema>;

export const EvaluateInputSchema = z.object({
  kind: ContentKindSchema,
  text: z.string(),
  title: z.string().optional(),
  topic: TopicContextSchema.optional(),
  parent: z.object({ text: z.string() }).optional(),
  knownTags: z.array(z.string()).optional(),
});
export type EvaluateInput = z.infer<typeof EvaluateInputSchema>;

export const DimensionSchema = z.enum(['logic', 'tone', 'relevance', 'effort']);
export type Dimension = z.infer<typeof DimensionSchema>;

export const FindingSchema = z.object({
  dimension: DimensionSchema,
  code: z.string().min(1),
  quote: z.string().nullable(),
  explanation: z.string().min(1),
});
export type Finding = z.infer<typeof FindingSchema>;

export const VerdictSchema = z.enum(['approved', 'rejected', 'calibrate']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const RejectionReasonSchema = z.enum([
  'poor_logic',
  'poor_tone',
  'off_topic',
  'terms_violation',
]);
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;

const unit = z.number().min(0).max(1);

/** Lowercase kebab-case, so tags compare and display the same everywhere. */
export const TagSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const EvaluateResultSchema = z
  .object({
    verdict: VerdictSchema,
    rejectionReason: RejectionReasonSchema.nullable(),
    scores: z.object({ logic: unit, tone: unit, relevance: unit }),
    findings: z.array(FindingSchema),
    feedback: z.string().min(1),
    commentary: z.string().nullable(),
    tags: z.array(TagSchema).max(5),
    confidence: unit,
    judge: z.string().min(1),
    /** ISO 639-3 code of the detected language, or 'und' when undetermined. */
    language: z.string().min(3),
    /**
     * The text cites evidence (a link, a citation, "according to", a named
     * study). Loyalty badges such as "Defender of Evidence" read this.
     */
    evidence: z.boolean(),
  })
  .refine((r) => (r.verdict === 'rejected') === (r.rejectionReason !== null), {
    message: 'rejectionReason must be set exactly when the verdict is rejected',
  });
export type EvaluateResult = z.infer<typeof EvaluateResultSchema>;

export const CommentaryInputSchema = z.object({
  position: z.number().int(),
  total: z.number().int(),
  kind: ContentKindSchema,
});
export type CommentaryInput = z.infer<typeof CommentaryInputSchema>;

export const TagInputSchema = z.object({
  title: z.string(),
  text: z.string(),
  knownTags: z.array(z.string()).optional(),
});
export type TagInput = z.infer<typeof TagInputSchema>;
export const TagResultSchema = z.object({ tags: z.array(TagSchema).max(5) });
export type TagResult = z.infer<typeof TagResultSchema>;

export const TranslateInputSchema = z.object({
  text: z.string(),
  /** ISO 639-3 of the source when already detected; the provider may detect it otherwise. */
  from: z.string().min(3).optional(),
  to: z.string().min(3).default('eng'),
});
export type TranslateInput = z.input<typeof TranslateInputSchema>;
export const TranslateResultSchema = z.object({
  text: z.string(),
  from: z.string().min(3),
  to: z.string().min(3),
  /** false when nothing was translated (offline judge, or already in the target language). */
  translated: z.boolean(),
  provider: z.string().min(1),
});
export type TranslateResult = z.infer<typeof TranslateResultSchema>;

export const EmbedResultSchema = z.object({
  model: z.string().min(1),
  dimensions: z.number().int().positive(),
  vectors: z.array(z.array(z.number())),
});
export type EmbedResult = z.infer<typeof EmbedResultSchema>;

export const ChatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().min(1),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ChatInputSchema = z.object({
  messages: z.array(ChatMessageSchema).min(1),
  /** Who is asking (docs/product.md §12: the Overlord knows name, score and Graveyard count). */
  citizen: z
    .object({ username: z.string(), loyalty: z.number(), graveyard: z.number().int() })
    .optional(),
  /** Retrieved public content the answer may cite, with links. */
  context: z.array(z.object({ title: z.string(), url: z.string(), text: z.string() })).optional(),
});
export type ChatInput = z.infer<typeof ChatInputSchema>;

// Ask the Overlord acts (docs/product.md §23): what a plain request asks for. The model names one
// of these through tool calling; the offline judge parses them from the words. Either way this is
// only a request: the server resolves it, checks the asker's permissions, and any action waits for
// the asker's confirmation.
const ref = z.string().trim().min(1).max(120);
const note = z.string().trim().min(1).max(500).optional();
const tagRef = z.string().trim().min(1).max(40);
export const ChatIntentSchema = z.discriminatedUnion('kind', [
  /** One's own standing: loyalty, rank, badges, active sanctions and why. */
  z.object({ kind: z.literal('standing') }),
  /** A moderator's docket: pending appeals, reports and held items. */
  z.object({ kind: z.literal('docket') }),
  /** Citizens who argued like the asker (or against, with a model) on a topic. */
  z.object({
    kind: z.literal('voices'),
    topic: z.string().trim().min(1).max(200),
    stance: z.enum(['similar', 'opposing']),
  }),
  /** Appeal one of the asker's Graveyard items, found by what it was about. */
  z.object({
    kind: z.literal('appeal'),
    about: z.string().trim().min(1).max(200),
    reason: z.string().trim().max(2_000).optional(),
  }),
  z.object({
    kind: z.literal('decideAppeal'),
    ref,
    outcome: z.enum(['sustained', 'denied']),
    note,
  }),
  z.object({
    kind: z.literal('decideFlag'),
    ref,
    outcome: z.enum(['sustained', 'dismissed']),
    note,
  }),
  z.object({
    kind: z.literal('decideHeld'),
    ref,
    outcome: z.enum(['release', 'reject']),
    note,
  }),
  z.object({ kind: z.literal('liftSanction'), username: ref }),
  z.object({ kind: z.literal('renameTag'), from: tagRef, to: tagRef }),
  z.object({ kind: z.literal('mergeTags'), from: tagRef, into: tagRef }),
]);
export type ChatIntent = z.infer<typeof ChatIntentSchema>;
export type ChatIntentKind = ChatIntent['kind'];

export const InterpretInputSchema = z.object({ question: z.string().min(1) });
export type InterpretInput = z.infer<typeof InterpretInputSchema>;

export const StanceInputSchema = z.object({
  /** The position compared against (the asker's own words, or the topic). */
  position: z.string().min(1),
  statements: z.array(z.object({ id: z.string(), text: z.string() })).max(30),
});
export type StanceInput = z.infer<typeof StanceInputSchema>;
export const StanceSchema = z.enum(['agrees', 'opposes', 'neither']);
export type Stance = z.infer<typeof StanceSchema>;
