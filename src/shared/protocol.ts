/**
 * Messages between the extension host and its webviews. Each side validates every inbound
 * message with `safeParse` and drops (and logs) anything that does not match.
 */
import { z } from 'zod';

/** From the explanation panel (Type 1 vs Type 2, criteria, glossary) to the host. */
export const ExplainToHost = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('copySummary') }).strict(),
  z.object({ type: z.literal('insertSummary') }).strict(),
]);
export type ExplainToHost = z.infer<typeof ExplainToHost>;

/** From the host to the explanation panel. */
export const HostToExplain = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), text: z.string().max(500) }).strict(),
]);
export type HostToExplain = z.infer<typeof HostToExplain>;

/** What the explanation panel keeps with `setState` so a reloaded window can restore it. */
export const ExplainState = z.object({ topic: z.string().max(100) }).strict();
export type ExplainState = z.infer<typeof ExplainState>;
