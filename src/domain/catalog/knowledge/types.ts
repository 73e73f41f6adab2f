/** One explanation in the knowledge base: shown in the palette, on hover, and by `attest explain`. */
export interface KnowledgeEntry {
  /** Stable id, e.g. `type1-vs-type2`, `bridge-letter`. */
  readonly key: string;
  readonly title: string;
  /** Words and phrases a hover triggers on (matched case-insensitively, whole words). */
  readonly terms: readonly string[];
  /** The full explanation, in Markdown. Phrases quoted in "double quotes" are being discussed, not used. */
  readonly markdown: string;
  /** One paragraph a writer can paste to a customer as is. */
  readonly customerSafe: string;
  /** Keys of related entries. */
  readonly related: readonly string[];
}
