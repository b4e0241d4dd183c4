// Token counts the local vendor servers report, derived from the text actually sent and
// returned (about four characters a token for English, as the vendors' own rules of thumb
// say), so the cost measured through them moves with prompt and answer length.
export const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

/** Input tokens of a request: every message, the system prompt and the output schema. */
export function inputTokensOf(body: Record<string, unknown>): number {
  const { system, messages, output_config, response_format, tools } = body;
  return tokensOf(JSON.stringify([system, messages, output_config, response_format, tools]));
}
