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
    const frontier: TrieNode[] = [];
    const next: TrieNode[] = [];
    for (let start = 0; start < tokens.length; start += 1) {
      frontier.length = 0;
      frontier.push(this.root);
      for (let position = start; position < tokens.length && frontier.length > 0; position += 1) {
        const token = tokens[position] ?? '';
        next.length = 0;
        for (const node of frontier) {
          const exact = node.exact.get(token);
          if (exact !== undefined) {
            next.push(exact);
          }
          const bucket = node.prefixes.get(token.charAt(0));
          if (bucket !== undefined) {
            for (const child of bucket) {
              if (token.startsWith(child.stem)) {
                next.push(child.node);
              }
            }
          }
        }
        for (const node of next) {
          for (const id of node.phraseIds) {
            onMatch(id);
          }
        }
        frontier.length = 0;
        for (const node of next) {
          frontier.push(node);
        }
      }
    }
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
