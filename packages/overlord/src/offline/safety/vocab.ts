/**
 * Shared regex fragments for the safety rules. Violence counts only when aimed
 * at people, which is what keeps "kill the bill" and "shoot down the proposal"
 * legal in the Ministry's eyes.
 */

/** Harmless continuations: "shoot you an email", "hang them out to dry". */
export const NOT_VIOLENT_AFTER =
  '(?!\\s+(?:an?\\s+|the\\s+)?(?:e-?mail|message|text|dm|pm|note|link|line|invite|reminder|out to dry|with kindness|down in (?:the|this) debate)\\b)';

/** A person addressed or referred to (never an object such as "the bill"). */
export const PERSON =
  "(?:you|u|ya|y'?all|you all|him|her|them|your (?:family|kids|children|wife|husband|mother|mom|mum|dad|father|son|daughter)|the (?:author|op|poster|mods?|moderators?)|@\\w+)";

/** First-person intent: "I will", "we're gonna", "I'd love to". */
export const INTENT =
  "(?:i|we)(?:'ll|'m going to|'m gonna|'m about to|'m coming to|'re going to|'re gonna|'d love to|\\s+(?:will|shall|am going to|are going to|am gonna|are gonna|gonna|wanna|want to|would love to|am about to|am coming to|plan to|intend to))";

export const VIOLENT_VERB =
  '(?:kill|murder|shoot|stab|strangle|choke|behead|decapitate|lynch|hang|torture|slaughter|butcher|rape|maim|execute|punch|shank|burn)';

/**
 * Groups defined by protected characteristics. Dehumanising or violent
 * statements about them are hate, whoever the author.
 */
export const GROUP =
  '(?:immigrants|migrants|refugees|asylum seekers|foreigners|muslims|jews|christians|hindus|sikhs|atheists|blacks|black people|whites|white people|asians|africans|arabs|mexicans|latinos|chinese|indians|gypsies|roma|gays|gay people|lesbians|homosexuals|trans people|transgender people|bisexuals|women|disabled people|the disabled)';

export const DEHUMANISING =
  '(?:animals|vermin|rats|cockroaches|roaches|parasites|insects|subhumans?|apes|monkeys|pigs|dogs|beasts|savages|filth|scum|a disease|a plague|a cancer|an infestation|a virus|diseased|not (?:really )?human|less than human)';
