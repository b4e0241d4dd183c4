/**
 * Threats, self-harm encouragement and harassment in German, French and Spanish: the languages
 * citizens most often write in besides English. They run on every text whatever language was
 * detected (short texts are where detection is weakest and threats are shortest), and every
 * phrase is specific enough not to occur in ordinary English.
 */
import { wholeWords } from '../lexicon/words';

export const FOREIGN_THREATS: RegExp[] = [
  // German: "ich bring dich um", "ich werde dich abstechen", "ich schlag dir die Zähne ein"
  wholeWords(
    'ich\\s+(?:bring|bringe)\\s+(?:dich|euch|ihn|sie)\\s+um|ich\\s+(?:werde|will|w[üu]rde)\\s+(?:dich|euch|ihn|sie)\\s+(?:\\p{L}+\\s+){0,2}?(?:umbringen|t[öo]ten|abstechen|erstechen|erschie[ßs]en|abknallen|erschlagen|aufschlitzen|abschlachten|verpr[üu]geln|kaltmachen|fertigmachen|aufh[äa]ngen)|ich\\s+(?:stech|steche|knall|knalle|mach|mache)\\s+(?:dich|euch|ihn|sie)\\s+(?:ab|kalt)|ich\\s+(?:schlag|schlage|hau|haue)\\s+(?:dir|euch|ihm|ihr)\\s+(?:die\\s+(?:z[äa]hne|fresse|schnauze|nase)|den\\s+(?:sch[äa]del|kopf))\\s+ein',
  ),
  // German incitement: "dem gehört die Fresse poliert", "man sollte sie aufhängen"
  wholeWords(
    '(?:dem|der|denen|ihm|ihr|dir|euch)\\s+(?:geh[öo]rt|geh[öo]ren|sollte\\s+man)\\s+(?:mal\\s+)?(?:die\\s+fresse\\s+poliert|eine\\s+kugel|eins\\s+auf\\s+die\\s+fresse|der\\s+sch[äa]del\\s+eingeschlagen)|(?:man\\s+)?(?:sollte|m[üu]sste|muss)\\s+(?:man\\s+)?(?:\\p{L}+\\s+){0,4}?(?:aufh[äa]ngen|erschie[ßs]en|vergasen|umbringen|abknallen|an\\s+die\\s+wand\\s+stellen)|(?:geh[öo]ren|geh[öo]rt|sollten|sollen)\\s+(?:alle\\s+)?(?:aufgeh[äa]ngt|erschossen|vergast|umgebracht|an\\s+die\\s+wand\\s+gestellt)|tod\\s+(?:den|allen)\\s+\\p{L}+',
  ),
  // French: "je vais te tuer", "je te bute", "je vais te casser la gueule"
  wholeWords(
    "(?:je|on)\\s+(?:vais|va|veux)\\s+(?:te|vous|le|la|les)\\s+(?:tuer|buter|crever|descendre|[ée]gorger|massacrer|d[ée]foncer|fracasser|poignarder|flinguer|frapper|pendre|retrouver\\s+et\\s+te\\s+\\p{L}+)|(?:je|on)\\s+(?:vais|va)\\s+(?:te|vous|lui)\\s+(?:casser|p[ée]ter|exploser|d[ée]monter)\\s+la\\s+(?:gueule|t[êe]te|figure)|(?:je|on)\\s+(?:vais|va)\\s+te\\s+faire\\s+la\\s+peau|je\\s+(?:te|vous)\\s+(?:tue|bute|cr[èe]ve|d[ée]fonce|casse\\s+la\\s+gueule)|t'?es\\s+un\\s+homme\\s+mort|tu\\s+es\\s+un\\s+homme\\s+mort",
  ),
  // French incitement: "ils méritent une balle dans la tête", "il faut les pendre"
  wholeWords(
    "m[ée]rite(?:nt|rait|raient)?\\s+(?:une\\s+balle|la\\s+mort|de\\s+cr[èe]ver|d'[êe]tre\\s+(?:pendus?|tu[ée]s?|fusill[ée]s?|abattus?|[ée]gorg[ée]s?))|il\\s+faut\\s+(?:les|le|la)\\s+(?:tuer|pendre|fusiller|buter|abattre|gazer)|mort\\s+aux\\s+\\p{L}+",
  ),
  // Spanish: "te voy a matar", "te voy a romper la cara", "te mato"
  wholeWords(
    '(?:te|os|lo|la|los|las)\\s+(?:voy|vamos)\\s+a\\s+(?:matar|reventar|apu[ñn]alar|degollar|pegar\\s+un\\s+tiro|dar\\s+una\\s+paliza|romper\\s+(?:la\\s+cara|las\\s+piernas|los\\s+dientes|el\\s+cuello)|partir\\s+(?:la\\s+cara|la\\s+boca|las\\s+piernas))|voy\\s+a\\s+matarte|vamos\\s+a\\s+matarte|te\\s+(?:mato|reviento|parto\\s+la\\s+cara|rompo\\s+la\\s+cara|pego\\s+un\\s+tiro)|eres\\s+(?:hombre|mujer)\\s+muert[oa]',
  ),
  // Spanish incitement: "deberían fusilar a todos", "merecen morir"
  wholeWords(
    '(?:deber[íi]an|habr[íi]a\\s+que|hay\\s+que|tendr[íi]an\\s+que)\\s+(?:fusilar|matar|colgar|ahorcar|quemar|gasear)(?:los|las|lo|la)?|merece(?:n|r[íi]an)?\\s+(?:morir|la\\s+muerte|un\\s+tiro|una\\s+bala)|muerte\\s+a\\s+(?:los|las|todos)\\s+\\p{L}+',
  ),
];

export const FOREIGN_SELF_HARM: RegExp[] = [
  wholeWords(
    'bring\\s+dich\\s+(?:doch\\s+)?(?:einfach\\s+|endlich\\s+)?um|(?:du\\s+solltest|geh)\\s+(?:dich\\s+)?(?:umbringen|dich\\s+umbringen|sterben)|h[äa]ng\\s+dich\\s+(?:doch\\s+)?auf|keiner\\s+w[üu]rde\\s+dich\\s+vermissen|niemand\\s+w[üu]rde\\s+dich\\s+vermissen',
  ),
  wholeWords(
    "(?:tu\\s+devrais|vous\\s+devriez|va|allez)\\s+(?:te|vous)\\s+(?:suicider|tuer|pendre|jeter\\s+d'un\\s+pont)|suicide[-\\s]toi|tue[-\\s]toi|pends[-\\s]toi|personne\\s+ne\\s+te\\s+regrettera|personne\\s+ne\\s+va\\s+te\\s+regretter",
  ),
  wholeWords(
    'deber[íi]as\\s+(?:suicidarte|matarte|ahorcarte|morirte)|(?:m[áa]tate|suic[íi]date|ah[óo]rcate)|nadie\\s+te\\s+(?:echar[íi]a|echar[áa])\\s+de\\s+menos|nadie\\s+te\\s+va\\s+a\\s+extra[ñn]ar',
  ),
];

export const FOREIGN_HARASSMENT: RegExp[] = [
  // Knowing where someone lives or works, said to them.
  wholeWords(
    'ich\\s+wei[ßs]\\s*,?\\s+wo\\s+du\\s+(?:wohnst|arbeitest|schl[äa]fst)|je\\s+sais\\s+o[ùu]\\s+tu\\s+(?:habites|vis|travailles|dors)|s[ée]\\s+d[óo]nde\\s+(?:vives|trabajas|duermes)|te\\s+estar[ée]\\s+esperando',
  ),
  // Demands for intimate images.
  wholeWords(
    'schick\\s+mir\\s+(?:\\p{L}+\\s+){0,2}?(?:nacktbilder|nacktfotos|nudes|nackte\\s+bilder)|envoie[-\\s]moi\\s+(?:des\\s+)?(?:photos\\s+(?:de\\s+toi\\s+)?nues?|nudes)|m[áa]ndame\\s+(?:fotos\\s+(?:desnud[oa]s?|sin\\s+ropa)|nudes)',
  ),
];
