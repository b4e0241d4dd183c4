import { anyOf } from '../lexicon/words';
import { findAll, upperRatio, urls, words } from '../text';
import { STOPWORDS } from '../stopwords';
import type { SafetyHit, SafetyRule } from './types';

const MAX_URLS = 3;
const PROMO_THRESHOLD = 3;

/** Phrases that only sell; weight 3 fails alone, weight 2 needs one more signal. */
const PROMO: [RegExp, number][] = [
  [/\blimited[- ]time (?:offer|deal)\b/gi, 3],
  [/\buse (?:my )?(?:promo|discount|coupon|referral) code\b|\bpromo code\b/gi, 3],
  [/\b(?:earn|make) \$\d[\d,]*(?:\+)?\s*(?:a|per|every)?\s*(?:day|week|month|hour)?\b/gi, 3],
  [/\bwork from home and (?:earn|make)\b/gi, 3],
  [/\b100% free\b/gi, 3],
  [/\b(?:crypto|bitcoin) giveaway\b|\bdouble your (?:money|bitcoin|crypto|investment)\b/gi, 3],
  [/\bguaranteed (?:returns|profits?|income)\b/gi, 3],
  [/\b(?:check out|visit|subscribe to) my onlyfans\b/gi, 3],
  [/\bclick here to (?:buy|order|claim|win|get)\b/gi, 3],
  [/\bfree (?:iphone|gift cards?|bitcoin|money|followers)\b/gi, 3],
  [/\b(?:buy|order|shop|act|sign up|subscribe) now\b/gi, 2],
  [/\bclick (?:here|the link|this link)\b/gi, 2],
  [
    /\b(?:special|exclusive) (?:offer|deal|discount)\b|\bwhile stocks? lasts?\b|\bdon't miss out\b/gi,
    2,
  ],
  [/\b(?:lowest|best) prices? (?:guaranteed|online|in town|ever)\b/gi, 2],
  [/\b(?:visit|check out) my (?:store|shop|channel|website|site|page)\b|\bsubscribe to my\b/gi, 2],
  [
    /\bfollow me on (?:instagram|tiktok|twitter|youtube|telegram|onlyfans)\b|\b(?:whatsapp|telegram) (?:me|@\w+|\+\d)/gi,
    2,
  ],
];

/** The same sales copy in German, French and Spanish, weighted like the English. */
const phrases = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${anyOf(list)})(?![\\p{L}\\p{N}])`, 'giu');
const FOREIGN_PROMO: [RegExp, number][] = [
  [
    phrases([
      'gutscheincode',
      'rabattcode',
      'code promo',
      'offre limitée',
      'oferta limitada',
      'oferta por tiempo limitado',
      'código promocional',
      'código de descuento',
      'usa el código',
      'utiliza el código',
    ]),
    3,
  ],
  [
    /(?:verdiene|gagnez|gana)\s+\d[\d.,]*\s?[$€£]?\s*(?:am tag|pro tag|par jour|al día|por día)/giu,
    3,
  ],
  [
    phrases([
      'jetzt kaufen',
      'jetzt bestellen',
      'nur heute',
      'kostenloser versand',
      'gratis versand',
      'versandkostenfrei',
      'hier klicken',
      'klicken sie hier',
      'achetez maintenant',
      'commandez maintenant',
      'offre exceptionnelle',
      'offre spéciale',
      'livraison gratuite',
      'livraison offerte',
      'profitez-en',
      'cliquez ici',
      'compra ya',
      'compra ahora',
      'pide ya',
      'oferta especial',
      'envío gratis',
      'envío gratuito',
      'al mejor precio',
      'precios increíbles',
      'haz clic aquí',
      'pincha aquí',
      'regístrate ya',
    ]),
    2,
  ],
];

function promoHits(text: string): SafetyHit[] {
  let score = 0;
  const quotes: string[] = [];
  for (const [re, weight] of [...PROMO, ...FOREIGN_PROMO]) {
    for (const s of findAll(re, text)) {
      score += weight;
      quotes.push(s.quote);
      // Shouted or exclaimed sales copy is the ALL-CAPS promotional signal.
      if (s.quote.length >= 5 && s.quote === s.quote.toUpperCase()) score += 1;
      if (/^\s*!/.test(text.slice(s.index + s.quote.length))) score += 1;
      else if (/[¡!]\s*$/.test(text.slice(Math.max(0, s.index - 3), s.index))) score += 1;
    }
  }
  if (quotes.length === 0) return [];
  if (urls(text).length > 0) score += 1;
  if (/[$€£]\s?\d|\d\s?[$€£]|\b\d+% (?:off|rabatt|de (?:r[ée]duction|descuento))\b/i.test(text))
    score += 1;
  if ((upperRatio(text) ?? 0) >= 0.6) score += 2;
  if (score < PROMO_THRESHOLD) return [];
  return quotes.map((quote) => ({ category: 'spam', code: 'promotion', quote }));
}

function repetitionHits(text: string): SafetyHit[] {
  const hits: SafetyHit[] = [];
  const push = (code: string, quote: string) => hits.push({ category: 'spam', code, quote });
  // Markdown rules and headings repeat -, =, _, *, #; everything else may not.
  const run = /([^\s\-=_*#.~])\1{11,}/u.exec(text);
  if (run) push('repeated_characters', run[0]);
  const rep = /\b(\p{L}[\p{L}\p{N}']*)(?:[\s,.!?]+\1\b){4,}/iu.exec(text);
  if (rep) push('repeated_words', rep[0].slice(0, 80));
  const tokens = words(text).filter((w) => !STOPWORDS.has(w));
  if (tokens.length >= 12) {
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [token, n] of counts) {
      if (n / tokens.length <= 0.4) continue;
      const at = text.toLowerCase().indexOf(token);
      push('repeated_words', at >= 0 ? text.slice(at, at + token.length) : token);
    }
  }
  const lineCounts = new Map<string, { line: string; n: number }>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length < 3) continue;
    const key = line.toLowerCase();
    const seen = lineCounts.get(key);
    lineCounts.set(key, { line: seen?.line ?? line, n: (seen?.n ?? 0) + 1 });
  }
  for (const { line, n } of lineCounts.values()) {
    if (n >= 3) push('repeated_lines', line.slice(0, 80));
  }
  return hits;
}

export const spamRule: SafetyRule = ({ text }) => {
  const hits: SafetyHit[] = [];
  const links = urls(text);
  if (links.length > MAX_URLS) {
    hits.push(...links.map((quote) => ({ category: 'spam' as const, code: 'link_flood', quote })));
  }
  return [...hits, ...promoHits(text), ...repetitionHits(text)];
};
