/**
 * Finds which of a fixed set of phrases occur in a token sequence, in one left-to-right pass.
 * A phrase is space-separated tokens; a token ending in `*` matches any token starting with it
 * ("report*" matches "report", "reports", "reporting").
 */

interface TrieNode {
  readonly exact: Map<string, TrieNode>;
  /** Prefix children, bucketed by their first character so a token only tries plausible stems. */
  readonly prefixes: Map<string, { readonly stem: string; readonly node: TrieNode }[]>;
  readonly phraseIds: number[];
}

function createNode(): TrieNode {
  return { exact: new Map(), prefixes: new Map(), phraseIds: [] };
}

export class PhraseIndex {
  private readonly root = createNode();
  private readonly ids = new Map<string, number>();
  /** Scratch lists for scan (reused: scanning is synchronous). */
  private frontier: TrieNode[] = [];
  private next: TrieNode[] = [];

  /** Registers a phrase (idempotent) and returns its id. */
  add(phrase: string): number {
    const key = phrase.trim().split(/\s+/).join(' ');
    const known = this.ids.get(key);
    if (known !== undefined) {
      return known;
    }
    const id = this.ids.size;
    this.ids.set(key, id);
    let node = this.root;
    for (const token of key.split(' ')) {
      node = token.endsWith('*') ? this.prefixChild(node, token.slice(0, -1)) : this.exactChild(node, token);
    }
    node.phraseIds.push(id);
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Calls `onMatch(phraseId)` for every phrase occurrence in `tokens` (possibly more than once per id). */
  scan(tokens: readonly string[], onMatch: (phraseId: number) => void): void {
    // Two node lists swapped per position, with their own counts: setting an array's length is a
    // runtime call in V8, and this loop runs for every token of every question.
    let frontier = this.frontier;
    let next = this.next;
    for (let start = 0; start < tokens.length; start += 1) {
      frontier[0] = this.root;
      let frontierCount = 1;
      for (let position = start; position < tokens.length && frontierCount > 0; position += 1) {
        const token = tokens[position] ?? '';
        let nextCount = 0;
        for (let f = 0; f < frontierCount; f += 1) {
          const node = frontier[f] as TrieNode;
          const exact = node.exact.get(token);
          if (exact !== undefined) {
            next[nextCount++] = exact;
          }
          const bucket = node.prefixes.get(token.charAt(0));
          if (bucket !== undefined) {
            for (const child of bucket) {
              if (token.startsWith(child.stem)) {
                next[nextCount++] = child.node;
              }
            }
          }
        }
        for (let n = 0; n < nextCount; n += 1) {
          for (const id of (next[n] as TrieNode).phraseIds) {
            onMatch(id);
          }
        }
        [frontier, next] = [next, frontier];
        frontierCount = nextCount;
      }
    }
    this.frontier = frontier;
    this.next = next;
  }

  private exactChild(node: TrieNode, token: string): TrieNode {
    let child = node.exact.get(token);
    if (child === undefined) {
      child = createNode();
      node.exact.set(token, child);
    }
    return child;
  }

  private prefixChild(node: TrieNode, stem: string): TrieNode {
    if (stem.length === 0) {
      throw new Error('A prefix token needs at least one character before "*".');
    }
    const first = stem.charAt(0);
    let bucket = node.prefixes.get(first);
    if (bucket === undefined) {
      bucket = [];
      node.prefixes.set(first, bucket);
    }
    const existing = bucket.find((child) => child.stem === stem);
    if (existing !== undefined) {
      return existing.node;
    }
    const created = { stem, node: createNode() };
    bucket.push(created);
    return created.node;
  }
}
