import { SafetyCategorySchema } from '../../schemas';
import { pick } from '../hash';
import { safetyFinding } from './safety';

/**
 * The Overlord's explanation for each finding code. Every line names the
 * problem, quotes it when there is a quote, and says what to do instead.
 */
type Line = (q: string) => string;

const LINES: Record<string, readonly [Line, ...Line[]]> = {
  insult: [
    (q) =>
      `"${q}" is an insult aimed at a citizen, not an argument. Strike it and address the claim instead of the claimant.`,
    (q) =>
      `The Ministry has intercepted name-calling: "${q}". Citizens are debated, not denounced. Remove it and rebut the reasoning itself.`,
  ],
  profanity_at_person: [
    (q) =>
      `Profanity aimed at a citizen ("${q}") is not admissible. Delete it and state what, precisely, you dispute.`,
    (q) =>
      `"${q}", directed at a fellow citizen, has been noted in your file. Replace it with a reason.`,
  ],
  profanity: [
    (q) =>
      `The word "${q}" lowers the tone of the Ministry's archives. Remove the vulgarity; your point survives without it.`,
    (q) =>
      `Vulgarity detected ("${q}"). The Ministry prefers its citizens' statements unsoiled. Rephrase without it.`,
  ],
  quoted_slur: [
    (q) =>
      `You quote a slur ("${q}") in order to discuss it. The Ministry permits the discussion, not the spelling: write it elided (for example with asterisks) and resubmit.`,
  ],
  contempt: [
    (q) => `"${q}" expresses contempt, not a counter-argument. Say which premise is false and why.`,
    (q) =>
      `Dismissing a position as worthless ("${q}") proves nothing. Identify the flaw and explain it.`,
  ],
  dismissive: [
    (q) => `"${q}" is a sneer, not a statement. Remove it and engage with the substance.`,
    (q) =>
      `The Ministry does not process sniggering ("${q}"). Delete it and make your case plainly.`,
  ],
  condescension: [
    (q) =>
      `"${q}" talks down to your fellow citizen. Drop the condescension and present your evidence.`,
    (q) =>
      `Patronising remarks ("${q}") persuade no one, not even the Ministry. Remove them and argue the point.`,
  ],
  shouting: [
    (q) =>
      `Your statement is shouted ("${q}"). The Ministry hears perfectly well. Use ordinary capitalisation and punctuation.`,
    (q) =>
      `Volume is not validity ("${q}"). Lower your capitals and your exclamation marks, then resubmit.`,
  ],
  ad_hominem: [
    (q) =>
      `"${q}" attacks the person rather than the argument (ad hominem). Show why the claim is wrong, whoever made it.`,
    (q) =>
      `Ad hominem detected: "${q}". A claim's truth does not depend on its author. Address the claim.`,
  ],
  straw_man: [
    (q) =>
      `"${q}" restates your opponent's view in a form they did not argue (straw man). Quote what they actually said and answer that.`,
    (q) =>
      `Straw man detected: "${q}". Rebut the position as stated, not a weaker version of your own invention.`,
  ],
  false_dichotomy: [
    (q) =>
      `"${q}" presents two options as the only ones (false dichotomy). Acknowledge the alternatives, or show why they fail.`,
    (q) =>
      `The Ministry counts more than two options where you see only two: "${q}". Justify the exclusion or widen the choice.`,
  ],
  slippery_slope: [
    (q) =>
      `"${q}" predicts a chain of consequences without showing each link (slippery slope). Support every step or drop the prediction.`,
    (q) =>
      `Slippery slope detected: "${q}". Inevitability must be demonstrated, not announced. Give the mechanism and the evidence.`,
  ],
  appeal_to_popularity: [
    (q) =>
      `"${q}" appeals to what everyone supposedly knows. Popularity is not proof; cite evidence or reason from premises.`,
    (q) =>
      `The Ministry has not polled "everyone" ("${q}"), and neither have you. Replace the appeal with a source or an argument.`,
  ],
  appeal_to_authority: [
    (q) =>
      `"${q}" invokes unnamed authorities. Name the study, expert or data set, preferably with a link.`,
    (q) =>
      `Which experts? Which studies? "${q}" cites no one in particular. Provide the source so the Ministry may verify it.`,
  ],
  circular_reasoning: [
    (q) =>
      `"${q}" uses its conclusion as its reason (circular reasoning). Give a reason that does not already assume the claim.`,
    (q) =>
      `Circular reasoning detected: "${q}". The reason restates the claim. Supply independent support.`,
  ],
  self_contradiction: [
    (q) =>
      `Your statement asserts and denies the same thing; see "${q}". Decide which you mean, or explain the conditions under which each holds.`,
  ],
  unsourced_statistic: [
    (q) =>
      `"${q}": a precise figure with no source. Cite where it comes from (a link, a report, a study) or soften the claim.`,
    (q) =>
      `The Ministry of Statistics has no record of "${q}". Provide the source, or the figure will be presumed invented.`,
  ],
  bare_assertion: [
    (q) =>
      `"${q}" closes the debate instead of joining it. Replace the full stop with a reason: why is your claim true?`,
    (q) =>
      `Declaring the matter settled ("${q}") does not settle it. Give at least one reason the Ministry can examine.`,
  ],
  sweeping_generalisation: [
    (q) =>
      `"${q}" generalises over an entire group. Qualify the claim ("many", "some") or support the universal with evidence.`,
  ],
  false_cause: [
    (q) =>
      `"${q}" takes a coincidence for a cause. Show the mechanism, or a comparison with places or times where it did not happen.`,
    (q) =>
      `The Ministry notes that one thing followed another ("${q}"). That is timing, not proof. Explain why the one caused the other.`,
  ],
  unsupported_certainty: [
    (q) =>
      `"${q}" states a sweeping claim as settled fact. Give the evidence or the reasoning that makes it so, or qualify it.`,
    (q) =>
      `Certainty is earned, citizen: "${q}" is asserted, not shown. Cite a source or give a reason.`,
  ],
  sarcastic_dismissal: [
    (q) =>
      `"${q}" mocks the other side instead of answering it. Replace the sarcasm with the reason you disagree.`,
    (q) =>
      `The Ministry detects sarcasm ("${q}") where an argument should be. Say plainly what is wrong with the claim, and why.`,
  ],
  attack_on_judge: [
    (q) =>
      `"${q}" is a complaint about the Ministry, not a contribution to the topic. Verdicts may be appealed; debates are for the question asked.`,
    (q) =>
      `The Ministry has heard your grievance ("${q}"). Lodge it as an appeal, and use the topic for the topic.`,
  ],
  tu_quoque: [
    (q) =>
      `"${q}" answers a criticism by accusing the critic (tu quoque). Their conduct does not settle the question; address the point.`,
  ],
  appeal_to_emotion: [
    (q) =>
      `"${q}" appeals to feeling in place of reasoning. Explain the harm concretely and show how the proposal causes it.`,
  ],
  off_topic: [
    (q) =>
      `Your statement ("${q}") does not address the topic under debate. Connect it to the question asked, or take it to a topic where it belongs.`,
    (q) =>
      `The Ministry could find no link between "${q}" and the topic. Citizens debate the topic assigned to them.`,
  ],
  weak_relevance: [
    (q) =>
      `The connection between "${q}" and the topic is not evident. Say explicitly how your point bears on the question.`,
  ],
  description_mismatch: [
    (q) =>
      `The description does not discuss the title ("${q}"). Make the description explain the question the title asks.`,
  ],
  too_short: [
    (q) => `"${q}" is too brief to evaluate. State a claim and at least one reason for it.`,
    (q) => `The Ministry requires more than "${q}". Elaborate: what do you claim, and why?`,
  ],
  thin_description: [
    (q) =>
      `The description ("${q}") is too thin to debate. Explain the question, the positions at stake and why it matters.`,
  ],
  fluff: [
    (q) => `"${q}" contains no statement. Add an argument, or spare the pneumatic tubes.`,
    (q) => `"${q}" has been weighed and found to weigh nothing. Say what you think and why.`,
  ],
  no_substance: [
    (q) => `"${q}" contains words but no claim. State what you assert and give a reason.`,
  ],
  unintelligible: [
    (q) => `The Ministry's decoders cannot parse "${q}". Resubmit in a human language.`,
  ],
};

const FALLBACK: Line = (q) => `The Ministry has concerns about "${q}". Revise it.`;

export function explain(code: string, quote: string | null): string {
  // Safety findings never repeat the words they withhold (see voice/safety.ts).
  const category = SafetyCategorySchema.safeParse(code.replace(/^safety_/, ''));
  if (code.startsWith('safety_') && category.success) return safetyFinding(category.data);
  const lines = LINES[code] ?? [FALLBACK];
  const line = pick(lines, `${code}:${quote ?? ''}`);
  const text = line(quote ?? 'your statement');
  return quote === null ? text.replace(/"your statement"/g, 'your statement') : text;
}
