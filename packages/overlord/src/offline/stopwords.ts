/**
 * English function words plus debate filler ("think", "really"). They carry no
 * topic signal, so relevance ignores them; language detection counts them as
 * evidence of English because franc-min misreads short English text.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any anyone
  anything are aren't around as at be became because been before being below between both but by can
  can't cannot could couldn't did didn't do does doesn't doing don't done down during each either else
  enough even ever every everyone everything few for from further get gets getting give given go goes
  going gone got had hadn't has hasn't have haven't having he he'd he'll her here hers herself him
  himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself just know let
  let's like likely made make makes many may maybe me might mine more most much must mustn't my myself
  need needs neither never no nobody none nor not nothing now of off often on once one only or other
  others our ours ourselves out over own per perhaps put quite rather really said same say says see
  seem seems shall shan't she she'd she'll should shouldn't since so some someone something still such
  sure take than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've thing things think this those though through thus to too toward towards
  under until up upon us use used very via want wants was wasn't way we we'd we'll we're we've well
  were weren't what what's whatever when where whether which while who who's whom whose why will with
  within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself
  yourselves also actually simply indeed point people new`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
