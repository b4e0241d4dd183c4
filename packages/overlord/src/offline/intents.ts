// Ask the Overlord acts (docs/product.md §23) without a model: plain requests parsed by rules
// into the same intents a model names through tool calling. What is not recognised is a question,
// answered as before. Order matters: the specific forms ("lift the sanction on @x") are tried
// before the general ones ("my sanctions").
import { type ChatIntent, ChatIntentSchema } from '../schemas';

const clean = (s: string) =>
  s
    .trim()
    .replace(/^["“'‘]+|["”'’.?!]+$/g, '')
    .trim();

/** "#tag", "tag" → "tag". */
const tagName = (s: string) => clean(s).replace(/^#/, '');

/** A decision note given after a colon, a dash or "note:"/"because". */
function splitNote(rest: string): { ref: string; note?: string } {
  const m = /^(.*?)(?:\s*(?::|—|–|\s-\s|\bnote\b:?|\bbecause\b)\s*)(.+)$/i.exec(rest);
  if (m && m[1]!.trim()) return { ref: clean(m[1]!), note: clean(m[2]!) || undefined };
  return { ref: clean(rest) };
}

/** "from @vera: a note" → ref "@vera", note "a note". */
function withNote(rest: string): { ref: string; note?: string } {
  const { ref, note } = splitNote(rest);
  const bare = ref.replace(/^(?:from|of|by|on|against|number|no\.?)\s+/i, '');
  return note ? { ref: bare, note } : { ref: bare };
}

type Rule = (q: string) => ChatIntent | null;

const rules: Rule[] = [
  // Admins: tags.
  (q) => {
    const m = /\bmerge\s+(?:the\s+)?tag\s+(\S+)\s+(?:into|with)\s+(?:the\s+tag\s+)?(\S+)/i.exec(q);
    return m ? { kind: 'mergeTags', from: tagName(m[1]!), into: tagName(m[2]!) } : null;
  },
  (q) => {
    const m = /\brename\s+(?:the\s+)?tag\s+(\S+)\s+(?:to|as|into)\s+(\S+)/i.exec(q);
    return m ? { kind: 'renameTag', from: tagName(m[1]!), to: tagName(m[2]!) } : null;
  },
  // Admins: sanctions.
  (q) => {
    const m =
      /\b(?:lift|remove|end|revoke)\s+(?:the\s+|all\s+)?(?:active\s+)?sanctions?\s+(?:on|of|against|from|for)\s+@?([\p{L}\p{N}_.-]+)/iu.exec(
        q,
      );
    return m ? { kind: 'liftSanction', username: clean(m[1]!) } : null;
  },
  // Moderators: decisions.
  (q) => {
    const m =
      /\b(approve|sustain|grant|uphold|accept|deny|reject|refuse|dismiss)\s+(?:the\s+)?appeal\s+(.+)$/is.exec(
        q,
      );
    if (!m) return null;
    const outcome = /^(approve|sustain|grant|uphold|accept)$/i.test(m[1]!) ? 'sustained' : 'denied';
    return { kind: 'decideAppeal', outcome, ...withNote(m[2]!) };
  },
  (q) => {
    const m =
      /\b(sustain|uphold|accept|approve|dismiss|reject|deny)\s+(?:the\s+)?(?:report|flag)\s+(.+)$/is.exec(
        q,
      );
    if (!m) return null;
    const outcome = /^(sustain|uphold|accept|approve)$/i.test(m[1]!) ? 'sustained' : 'dismissed';
    return { kind: 'decideFlag', outcome, ...withNote(m[2]!) };
  },
  (q) => {
    const m =
      /\b(release|reject)\s+(?:the\s+)?held\s+(?:item|post|statement|topic|message)?\s*(.+)$/is.exec(
        q,
      );
    if (!m) return null;
    return {
      kind: 'decideHeld',
      outcome: m[1]!.toLowerCase() === 'release' ? 'release' : 'reject',
      ...withNote(m[2]!),
    };
  },
  (q) =>
    /\b(my|the)\s+docket\b|\bshow\s+(?:me\s+)?(?:the\s+)?(?:pending\s+)?(?:appeals|reports)\b|\bwhat\s+(?:is\s+)?(?:waiting|pending)\s+for\s+(?:me|review)\b/i.test(
      q,
    )
      ? { kind: 'docket' }
      : null,
  // Citizens: appeals.
  (q) => {
    const m =
      /\bappeal\s+(?:against\s+)?(?:my|the)\s+(?:rejected\s+|buried\s+)?(?:topic proposal|statement|post|topic|proposal|item|rejection)?\s*(?:about|on|regarding|titled|called|in|that said|saying)?\s*(.+)$/is.exec(
        q,
      );
    if (!m || /\b(approve|sustain|deny|reject|dismiss|grant)\s+(?:the\s+)?appeal\b/i.test(q))
      return null;
    const split = /^(.*?)\s*(?:\bbecause\b|:|—)\s*(.*)$/is.exec(m[1]!);
    const [about, reason] = split ? [split[1], split[2]] : [m[1], undefined];
    const a = clean(about ?? '');
    if (!a) return null;
    return reason && clean(reason)
      ? { kind: 'appeal', about: a, reason: clean(reason) }
      : { kind: 'appeal', about: a };
  },
  // Citizens: similar (or opposing) voices.
  (q) => {
    const m =
      /\bwho\s+(argued|argues|thinks?|thought|agreed|agrees|disagreed|disagrees|argued against|opposed|opposes)\s+(?:like|as|with)?\s*me\s+(?:on|about|regarding)\s+(.+)$/is.exec(
        q,
      ) ??
      /\b(similar|opposing|like-minded|contrary)\s+(?:voices|citizens|positions)\s+(?:on|about|regarding)\s+(.+)$/is.exec(
        q,
      );
    if (!m) return null;
    const opposing = /disagree|against|oppos|contrary/i.test(m[1]!);
    const topic = clean(m[2]!);
    return topic ? { kind: 'voices', topic, stance: opposing ? 'opposing' : 'similar' } : null;
  },
  // Citizens: standing.
  (q) =>
    /\b(my|am\s+i)\s+(?:own\s+)?(standing|rank|ranking|badges?|sanctions?|sanctioned|loyalty|score)\b|\bhow\s+(?:loyal|ranked)\s+am\s+i\b|\bwhy\s+(?:am\s+i|is\s+my\s+\w+)\s+(?:sanctioned|frozen|limited|restricted)\b/i.test(
      q,
    )
      ? { kind: 'standing' }
      : null,
];

/** The request a question makes, or null when it is only a question. */
export function parseIntent(question: string): ChatIntent | null {
  const q = question.replace(/\s+/g, ' ').trim();
  for (const rule of rules) {
    const intent = rule(q);
    if (intent) {
      const parsed = ChatIntentSchema.safeParse(intent);
      return parsed.success ? parsed.data : null;
    }
  }
  return null;
}
