// The Overlord's onboarding (docs/product.md §3): the four things every new citizen is told, in
// order.
export const onboardingSteps = [
  {
    key: 'judged',
    title: 'You will be judged',
    text: 'Every statement you submit is judged by the Overlord for logic and tone. Contradictions, fallacies and insults are noted. Fluff is noted with particular disappointment.',
  },
  {
    key: 'tags',
    title: 'The Overlord assigns the tags',
    text: 'You do not label your own thoughts. The Overlord reads them and files them under the proper tags. The filing is final; the filing is correct.',
  },
  {
    key: 'verdicts',
    title: 'Approved or rejected',
    text: 'A statement waits in a public queue, then is approved and stays, or is rejected and moves to your Graveyard with the reason. Sometimes it is returned for calibration: improve it and resubmit.',
  },
  {
    key: 'appeals',
    title: 'Appeals, within limits',
    text: 'A rejection may be appealed, once every five minutes at most. A human moderator reviews it. Frivolous appeals are remembered.',
  },
] as const;
