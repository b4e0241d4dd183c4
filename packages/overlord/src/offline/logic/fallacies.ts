import type { Detection } from '../detection';
import { findAll, type Span } from '../text';
import { findEitherOrDichotomy } from './dichotomy';

type Rule = {
  code: string;
  patterns: RegExp[];
  /** For shapes a single bounded regex cannot express. */
  find?: (text: string) => Span | null;
  needsNoEvidence?: boolean;
};

const LABELS =
  '(?:shill|troll|bot|leftist|liberal|lefty|commie|communist|fascist|nazi|socialist|tankie|libtard|conservative|right-winger|boomer|zoomer|snowflake|kid|child|teenager|capitalist|landlord|bureaucrat)';

/**
 * Phrase-level fallacy detectors. They are deliberately literal: a phrase the
 * author can find and rewrite is better guidance than a vague suspicion.
 */
const RULES: Rule[] = [
  {
    code: 'ad_hominem',
    patterns: [
      /\b(?:of course )?you(?:'d| would) say that\b/i,
      /\b(?:obviously|of course|naturally|no wonder)\s+you(?:'d| would)\s+(?:say|oppose|support|defend|think|want|argue|be against)\b/i,
      /\byour (?:opinion|view|vote|voice|argument|input) (?:doesn'?t|does not|don'?t|won'?t) (?:count|matter)\b/i,
      new RegExp(
        `\\b(?:anyone|anybody|everyone|people|those) who (?:\\w+\\s+){0,4}?(?:is|are) (?:just |only |clearly |obviously |probably )?(?:an? )?(?:paid )?${LABELS}s?\\b`,
        'i',
      ),
      /\bonly (?:an? )?(?:lazy|selfish|greedy|heartless|ignorant|privileged|entitled|spoiled|naive|gullible|brainwashed) (?:person|people|man|woman|fool|fools|idiot|idiots|moron|morons|coward|cowards) (?:would|could|thinks?|believes?|opposes?|supports?)\b/i,
      new RegExp(`\\bcoming from (?:you|someone (?:who|like you)|an? (?:\\w+ )?${LABELS})\\b`, 'i'),
      new RegExp(
        `\\byou(?:'re| are) (?:just |only |clearly |obviously |probably |such )?(?:a |an )?(?:paid )?${LABELS}\\b`,
        'i',
      ),
      /\byou only (?:say|think|believe|support|argue|want) (?:this|that|it) because\b/i,
      /\bwhat would (?:you|an? \w+) know\b/i,
      /\byou(?:'re| are) (?:not|hardly) (?:qualified|an expert|smart enough|educated enough)\b/i,
      /\b(?:says|said) the (?:person|guy|man|woman|one) who\b/i,
      new RegExp(`\\btypical ${LABELS}\\b`, 'i'),
      /\b(?:you|he|she|they) (?:can't|cannot) be trusted\b(?! with)/i,
      /\bconsider the source\b/i,
      /\byou(?:'re| are) (?:too )?(?:young|old|rich|poor|privileged|naive) to (?:understand|know|get it|have an opinion)\b/i,
      /\bonly (?:an? )?(?:idiot|fool|moron|imbecile|child|lunatic)s? (?:would|could|believes?|thinks?)\b/i,
      /\bno (?:sane|rational|intelligent|serious|reasonable) person (?:would|could|believes?|thinks?)\b/i,
    ],
  },
  {
    code: 'straw_man',
    patterns: [
      /\bso (?:what )?you(?:'re| are) (?:saying|telling (?:me|us)|suggesting|claiming|arguing)\b/i,
      /\bso you (?:think|believe|want|would rather)\b/i,
      /\bso basically,? you\b/i,
      /\bin other words,? you(?:'re| are)? (?:want|think|believe|saying)\b/i,
      /\bwhat you(?:'re| are) really saying\b/i,
      /\byou (?:must|probably|clearly) (?:think|believe|want)\b/i,
      /\byou (?:just )?want (?:everyone|us all|people|children|kids|the poor|workers|old people) to (?:die|starve|suffer|be poor|freeze)\b/i,
      /\bby your logic\b/i,
    ],
  },
  {
    // "either ... or ... only two options" is handled in dichotomy.ts; these stand alone.
    code: 'false_dichotomy',
    find: findEitherOrDichotomy,
    patterns: [
      /\bthere (?:are|is) only two (?:options|choices|possibilities|kinds of people|sides)\b/i,
      /\b(?:you(?:'re| are)|you) (?:either )?with us or (?:you(?:'re| are) )?against us\b/i,
      /\bif you(?:'re| are) not (?:with|for) us,? you(?:'re| are) (?:against|with) (?:us|them)\b/i,
      /\beither you\b[^.?!]{2,80}\bor (?:else )?you(?:'re| are)?\s+(?:simply\s+|just\s+)?(?:don'?t care|do not care|hate|want\b[^.?!]{0,40}\bto (?:die|suffer|starve)|(?:are )?(?:part of the problem|complicit|against|on (?:their|the wrong) side))/i,
    ],
  },
  {
    code: 'slippery_slope',
    find: findNamedSlipperySlope,
    patterns: [
      /\b(?:the )?next thing (?:you|we) know\b/i,
      /\b(?:will|would) (?:inevitably|invariably) (?:lead|result|end up|turn|descend|slide)\b/i,
      /\binevitably lead(?:s)? to\b/i,
      /\bwhere does it (?:end|stop)\b/i,
      /\bbefore you know it\b/i,
      /\bopens? the floodgates?\b/i,
      /\bit'?s (?:only|just) a matter of time before\b/i,
      /\bfirst (?:they|it|we)\b[^.?!]{0,80}\bthen (?:they|it|we)\b[^.?!]{0,80}\b(?:then|and soon|next|before long)\b/i,
      /\bthen (?:they'?ll|they will|it'?ll|it will|we'?ll|you'?ll)\b[^.?!]{0,80}\bthen (?:they'?ll|they will|it'?ll|it will|we'?ll|you'?ll)\b/i,
      /\bnext (?:it'?ll|it will|they'?ll|they will|you'?ll|you will|we'?ll) (?:be|ban|tax|want|come for|take|outlaw|force)\b/i,
    ],
  },
  {
    code: 'appeal_to_popularity',
    needsNoEvidence: true,
    patterns: [
      /\b(?:everyone|everybody) (?:knows|agrees|can see|understands)\b/i,
      /\bit'?s common knowledge\b|\bcommon sense (?:says|tells us|dictates)\b/i,
      /\bmost people (?:agree|know|think|believe|want|understand)\b/i,
      /\bthe majority (?:agrees|believes|thinks|knows|wants) (?:that|this|it)\b/i,
      /\bmillions of people can'?t be wrong\b/i,
      /\b(?:nobody|no one) (?:seriously )?(?:believes|thinks|disputes|denies)\b/i,
      /\bany (?:reasonable|sane|sensible|normal) person (?:knows|agrees|can see)\b/i,
      /\b(?:it'?s|it is) obvious to (?:everyone|anyone)\b/i,
    ],
  },
  {
    code: 'appeal_to_authority',
    needsNoEvidence: true,
    patterns: [
      /\b(?:all |the |most )?experts (?:agree|say|know|believe|confirm|have (?:said|shown|proven))\b/i,
      /\b(?:all |most )?scientists (?:agree|say|know|have proven|proved|confirm)\b/i,
      /\bscience (?:says|has proven|proves|is settled)\b/i,
      /\b(?:studies|research|statistics|the data|the numbers) (?:show|shows|prove|proves|have shown|has shown|say|says|confirm|confirms|are clear|is clear)\b/i,
      /\b(?:doctors|economists|lawyers|historians) (?:agree|say|recommend|know)\b/i,
      /\b(?:\w+\s+)?(?:psychologists|psychiatrists|experts|scientists|researchers|economists|doctors|professionals|specialists|paediatricians|pediatricians|analysts|engineers) (?:all )?(?:agree|say|know|confirm|warn|are clear|have shown)\b/i,
      /\b(?:my|a) (?:professor|doctor|teacher|expert|uncle|friend) (?:said|says|told me)\b/i,
      /\bas any (?:expert|scientist|economist|doctor|lawyer|historian) (?:will|would|can) tell you\b/i,
      /\btrust the (?:experts|science)\b/i,
      /\b(?:it is|it's) (?:a )?(?:scientific(?:ally)?|proven) (?:fact|proven)\b/i,
    ],
  },
  {
    code: 'sweeping_generalisation',
    patterns: [
      /\b(?:all|every)\s+(?:politicians|immigrants|men|women|liberals|conservatives|leftists|socialists|capitalists|scientists|economists|teachers|doctors|cops|police officers|landlords|tenants|rich people|poor people|young people|old people|boomers|millennials|americans|europeans|voters|bureaucrats|journalists|students)\s+(?:are|is|want|hate|love|think|believe|do|lie|always|never)\b/i,
      /\b(?:politicians|landlords|economists|bureaucrats|journalists|the media|scientists|immigrants|liberals|conservatives|men|women|boomers|millennials)\s+(?:always|never)\s+\w+/i,
    ],
  },
  {
    code: 'tu_quoque',
    patterns: [
      /\blook who'?s talking\b/i,
      /\byou(?:'re| are) one to talk\b/i,
      /\b(?:you|your side|you people) (?:do|did) (?:it|the same(?: thing)?|this) too\b/i,
      /\bwhat about when you\b/i,
      /\byou(?:'re| are) (?:a|such a|just a|being a) hypocrite\b/i,
      /\bpot calling the kettle black\b/i,
    ],
  },
  {
    code: 'appeal_to_emotion',
    patterns: [
      /\bthink (?:of|about) the children\b/i,
      /\bwon'?t (?:somebody|someone|anyone) (?:please )?think of\b/i,
      /\bif you had (?:a heart|any compassion|a conscience|any decency)\b/i,
      /\b(?:the )?blood (?:is|will be) on your hands\b/i,
    ],
  },
];

/**
 * "Slippery slope" named by an author who is rebutting it ("calling this a slippery slope
 * ignores ...", "the slope isn't as slippery as claimed", "the 'next they'll ban burgers' line is
 * a slippery slope") is not the fallacy; "it's a slippery slope" with nothing else is.
 */
const NAMED_SLOPE = /\bslippery slope\b(?! (?:fallacy|argument)s?\b)/i;
const REBUTTAL =
  /\b(?:call(?:s|ed|ing)? (?:this|it|that|them|\w+) an?|isn'?t|is not|not (?:as|so|that|really)|ignores?|fallacy|(?:argument|line|claim) is|but|however|in fact|precedent|nobody|no one|never)\b|"|(?:^|[\s(])'[^']{2,80}'/i;

function findNamedSlipperySlope(text: string): Span | null {
  const m = NAMED_SLOPE.exec(text);
  if (!m || REBUTTAL.test(text)) return null;
  return { index: m.index, quote: m[0] };
}

/** Inside quotation marks the words are the other side's, quoted to be answered. */
function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const doubles = (before.match(/"/g) ?? []).length;
  const singles = (before.match(/(?:^|[\s(])'|'(?=[\s.,;:!?)]|$)/g) ?? []).length;
  return doubles % 2 === 1 || singles % 2 === 1;
}

function firstUnquoted(patterns: readonly RegExp[], text: string): Span | null {
  let best: Span | null = null;
  for (const re of patterns) {
    for (const span of findAll(re, text)) {
      if (insideQuotes(text, span.index)) continue;
      if (best === null || span.index < best.index) best = span;
      break;
    }
  }
  return best;
}

export function findFallacies(text: string, hasEvidence: boolean): Detection[] {
  const out: Detection[] = [];
  for (const rule of RULES) {
    if (rule.needsNoEvidence && hasEvidence) continue;
    const span = firstUnquoted(rule.patterns, text) ?? rule.find?.(text) ?? null;
    if (span)
      out.push({ dimension: 'logic', code: rule.code, quote: span.quote, severity: 'soft' });
  }
  return out;
}
