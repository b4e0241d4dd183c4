/**
 * Connectives that turn assertions into an argument. Their presence is what
 * separates "X is bad." from "X is bad because Y, therefore Z."
 */
const CONNECTIVES: [string, RegExp][] = [
  ['cause', /\b(?:because|since|given that|due to|as a result of)\b/i],
  [
    'consequence',
    /\b(?:therefore|thus|hence|consequently|as a result|which means|this means|it follows that|so that|that is why|that's why|this is why)\b/i,
  ],
  ['example', /\b(?:for example|for instance|e\.g\.|such as|in particular)\b/i],
  [
    'contrast',
    /\b(?:however|on the other hand|although|whereas|nevertheless|admittedly|granted|while it is true)\b/i,
  ],
  ['condition', /\b(?:if|unless|provided that)\b[^.?!]{3,}\b(?:then|would|will|could)\b/i],
];

export type Reasoning = { kinds: string[] };

export function findReasoning(text: string): Reasoning {
  return { kinds: CONNECTIVES.filter(([, re]) => re.test(text)).map(([kind]) => kind) };
}
