/**
 * Messages between the extension host and its webviews. Each side validates every inbound
 * message with `safeParse` and drops (and logs) anything that does not match.
 */
import * as z from 'zod/mini';

/** From the explanation panel (Type 1 vs Type 2, criteria, glossary) to the host. */
export const ExplainToHost = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('copySummary') }),
  z.strictObject({ type: z.literal('insertSummary') }),
]);
export type ExplainToHost = z.infer<typeof ExplainToHost>;

/** From the host to the explanation panel. */
export const HostToExplain = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), text: z.string().check(z.maxLength(500)) }),
]);
export type HostToExplain = z.infer<typeof HostToExplain>;

/** What the explanation panel keeps with `setState` so a reloaded window can restore it. */
export const ExplainState = z.strictObject({ topic: z.string().check(z.maxLength(100)) });
export type ExplainState = z.infer<typeof ExplainState>;
