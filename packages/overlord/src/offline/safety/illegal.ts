import { findAll } from '../text';
import type { SafetyRule } from './types';

/**
 * Instructions for, or trade in, serious crime. Debating drug policy or fraud
 * law is fine; asking for the recipe or the merchandise is not, so every
 * pattern needs a how-to or a buy/sell verb next to the item.
 */
const DANGEROUS =
  '(?:crystal\\s+)?(?:meth|methamphetamine|fentanyl|heroin|crack(?: cocaine)?|cocaine|lsd|mdma|ecstasy|ghb|explosives?|(?:a\\s+)?(?:pipe\\s+)?bombs?|napalm|ricin|sarin|nerve gas|thermite|molotov(?: cocktails?)?|ghost guns?|untraceable guns?|silencers?)';

const HOW_TO =
  "(?:(?:i can|i'll|i will|let me)\\s+(?:show|teach) (?:you|u) (?:how )?to|how (?:to|do (?:i|you)|can (?:i|you))|steps? to|recipe for|guide to|tutorial (?:on|for)|instructions (?:on|for|to)|teach (?:me|you) (?:to|how to)|here(?:'s| is) how to)";

const STOLEN =
  '(?:stolen|cloned|skimmed|hacked|counterfeit|fake)\\s+(?:credit\\s+|debit\\s+)?(?:cards?|card details|cvvs?|accounts?|identit(?:y|ies)|passports?|ids?|bank logins?|bills|money|currency)';

/** Street drugs as sold, not as debated ("weed" in a legalisation debate is fine). */
const STREET_DRUGS =
  '(?:weed|coke|cocaine|pills|molly|mdma|meth|xanax|oxy|oxycontin|fentanyl|heroin|ketamine|ket|crack|lsd|acid|shrooms)';

const PATTERNS: RegExp[] = [
  // "I sell pills and coke", "selling weed, DM me"
  new RegExp(
    `\\b(?:i|we)\\s+(?:sell|deliver|supply|ship|do deliveries of|can get you|can sort you out with)\\s+(?:some\\s+)?${STREET_DRUGS}\\b|\\bselling\\s+(?:some\\s+)?${STREET_DRUGS}\\b`,
    'i',
  ),
  // a drug offer plus a private channel or a delivery: "need coke? message me on telegram"
  new RegExp(
    `\\b${STREET_DRUGS}\\b[^.!?]{0,60}[.!?]?[^.!?]{0,40}\\b(?:(?:dm|message|text|hit)\\s+me(?:\\s+up)?\\s+on\\s+(?:telegram|whatsapp|snap(?:chat)?|signal|wickr|wire)|i deliver|fast delivery|discreet delivery)\\b`,
    'i',
  ),
  // breaking into someone else's account
  new RegExp(
    `\\b${HOW_TO}\\s+(?:\\w+\\s+)?(?:hack|get|break)\\s+into\\s+(?:your|someone'?s?|anyone'?s?|his|her|their|my|the\\s+\\w+'s)\\s+(?:ex'?s?\\s+|\\w+'s\\s+)?(?:e-?mail|account|accounts|instagram|facebook|snapchat|phone|icloud|whatsapp)\\b`,
    'i',
  ),
  new RegExp(
    `\\b${HOW_TO}\\s+(?:\\w+\\s+){0,2}?(?:make|cook|synthesi[sz]e|produce|brew|build|manufacture|3d print|extract)\\s+(?:your own\\s+|some\\s+|homemade\\s+)?${DANGEROUS}\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:buy|buying|sell|selling|order|get|cheap|fresh)\\s+(?:some\\s+)?${STOLEN}\\b`,
    'i',
  ),
  /\b(?:selling|buy|cheap|fresh)\s+(?:fullz|cc dumps|dumps with pin|cvv dumps)\b/i,
  // "fullz" (complete stolen identities) has no innocent use.
  /\bfullz\b/i,
  new RegExp(
    `\\b(?:dm|message|text|contact)\\s+me\\s+(?:for|to buy)\\s+(?:some\\s+)?${STOLEN}\\b`,
    'i',
  ),
  /\b(?:dm|message|text|contact)\s+me\s+(?:for|to buy)\s+(?:weed|coke|cocaine|pills|molly|meth|xanax|oxy|oxycontin|fentanyl|heroin|guns)\b/i,
  /\b(?:hire|find|need) a (?:hitman|hit man|contract killer)\b/i,
  new RegExp(
    `\\b${HOW_TO}\\s+(?:\\w+\\s+)?(?:launder (?:money|cash)|hack into (?:someone'?s?|an?|my (?:ex|neighbou?r)'?s?)|evade (?:the )?police|poison (?:someone|a person|my|your)|steal (?:a car|credit cards|identities)|hotwire a car|make counterfeit (?:money|bills))\\b`,
    'i',
  ),
];

export const illegalRule: SafetyRule = ({ text }) =>
  PATTERNS.flatMap((re) => findAll(re, text)).map((s) => ({
    category: 'illegal' as const,
    code: 'illegal_instructions',
    quote: s.quote,
  }));
