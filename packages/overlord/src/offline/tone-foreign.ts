/**
 * Name-calling in German, French and Spanish: the same rule as in English (an insult aimed at
 * a person or at the people holding a view is a hard tone problem), with each language's own
 * frames ("du Idiot", "espèce de crétin", "qué estúpido eres"). A bare insult word is not
 * enough: "con" is Spanish for "with", "Depp" is also a surname.
 */
import { anyOf, wholeWords } from './lexicon/words';

const DE_NOUNS = [
  'idiot',
  'idioten',
  'vollidiot',
  'vollidioten',
  'depp',
  'deppen',
  'trottel',
  'volltrottel',
  'vollpfosten',
  'arschloch',
  'arschlöcher',
  'wichser',
  'spast',
  'spasti',
  'spacko',
  'penner',
  'hurensohn',
  'missgeburt',
  'dummkopf',
  'schwachkopf',
  'blödmann',
  'honk',
  'pisser',
  'lappen',
  'witzfigur',
  'vollhonk',
  'schwachmat',
  'dummschwätzer',
  'hohlkopf',
  'knallkopf',
];
const DE_ADJECTIVES = [
  'dumm',
  'blöd',
  'bescheuert',
  'behindert',
  'hirnlos',
  'hohl',
  'strunzdumm',
  'saudumm',
  'geistig zurückgeblieben',
  'erbärmlich',
];
const FR_NOUNS = [
  'idiot',
  'idiote',
  'idiots',
  'imbécile',
  'imbéciles',
  'abruti',
  'abrutie',
  'abrutis',
  'crétin',
  'crétine',
  'crétins',
  'connard',
  'connards',
  'connasse',
  'con',
  'conne',
  'cons',
  'débile',
  'débiles',
  'enfoiré',
  'enfoirée',
  'enfoirés',
  'salaud',
  'salauds',
  'taré',
  'tarée',
  'tarés',
  'bouffon',
  'bouffons',
  'minable',
  'ordure',
  'tocard',
  'naze',
  'blaireau',
  'andouille',
  'cinglé',
  'guignol',
  'demeuré',
  'attardé',
  'pauvre type',
];
const ES_NOUNS = [
  'idiota',
  'idiotas',
  'imbécil',
  'imbéciles',
  'estúpido',
  'estúpida',
  'estúpidos',
  'estúpidas',
  'gilipollas',
  'pendejo',
  'pendeja',
  'pendejos',
  'cabrón',
  'cabrona',
  'cabrones',
  'tonto',
  'tonta',
  'tontos',
  'subnormal',
  'subnormales',
  'retrasado',
  'retrasada',
  'retrasados',
  'payaso',
  'payasos',
  'capullo',
  'capullos',
  'hijo de puta',
  'mamón',
  'boludo',
  'pelotudo',
  'huevón',
  'mongólico',
  'anormal',
  'lerdo',
  'inútil',
  'inútiles',
  'imbecil',
  'estupido',
];

const DE = anyOf(DE_NOUNS);
const FR = anyOf(FR_NOUNS);
const ES = anyOf(ES_NOUNS);

export const FOREIGN_INSULTS: RegExp[] = [
  // German: "du Vollpfosten", "du bist so ein Trottel", "ihr seid Idioten", "halt die Klappe"
  wholeWords(
    `(?:du|ihr)\\s+(?:(?:bist|seid|bleibst)\\s+)?(?:(?:ja|echt|doch|so|wirklich|nur|einfach|total|voll|der|die|das|letzte|ein|eine|einer|echter|totaler|riesiger|kompletter|verdammter|kleiner|dummer|alter)\\s+){0,3}(?:${DE})`,
  ),
  wholeWords(
    `(?:du\\s+bist|ihr\\s+seid)\\s+(?:(?:so|echt|total|einfach|wirklich|doch|ja|völlig|komplett)\\s+)*(?:${anyOf(DE_ADJECTIVES)})`,
  ),
  wholeWords(`(?:sind|seid)\\s+(?:(?:alle|doch|nur|echt|einfach|lauter)\\s+)*(?:${DE})`),
  wholeWords(
    "halt\\s+(?:die|deine)\\s+(?:klappe|fresse|schnauze)|halt'?s\\s+maul|verpiss\\s+dich|fick\\s+dich|leck\\s+mich",
  ),
  // French: "t'es un abruti", "espèce de crétin", "quel connard", "ferme ta gueule"
  wholeWords(
    `(?:t'es|t'êtes|tu\\s+es|vous\\s+êtes|t'es\\s+qu'|tu\\s+n'es\\s+qu')\\s*(?:(?:vraiment|juste|complètement|totalement|qu'|un|une|vrai|vraie|gros|grosse|pauvre|sacré|sacrée|sale|putain\\s+d')\\s*){0,3}(?:${FR})`,
  ),
  wholeWords(
    `(?:espèce\\s+d['e]\\s*|bande\\s+d['e]\\s*|quel(?:le)?s?\\s+|pauvre\\s+|sale\\s+|sont\\s+(?:tous\\s+|toutes\\s+|que\\s+)?des\\s+)(?:${FR})`,
  ),
  wholeWords(
    'ferme\\s+ta\\s+(?:gueule|bouche)|ta\\s+gueule|va\\s+te\\s+faire\\s+(?:foutre|voir)|casse[-\\s]toi|nique\\s+ta\\s+mère',
  ),
  // Spanish: "eres un imbécil", "qué estúpido eres", "son unos idiotas", "cállate"
  wholeWords(
    `(?:eres|sois|es\\s+usted)\\s+(?:(?:un|una|muy|tan|puto|puta|completo|completa|menudo|menuda|pedazo\\s+de)\\s+){0,3}(?:${ES})`,
  ),
  wholeWords(
    `qu[ée]\\s+(?:${ES})\\s+(?:eres|sois|es\\s+usted)|(?:son|sois)\\s+(?:(?:unos|unas|todos|todas|muy|tan|puros)\\s+){1,2}(?:${ES})`,
  ),
  wholeWords(
    'c[áa]llate|cierra\\s+(?:la\\s+boca|el\\s+pico|el\\s+hocico)|vete\\s+a\\s+la\\s+mierda|que\\s+te\\s+jodan|vete\\s+al\\s+carajo',
  ),
];
