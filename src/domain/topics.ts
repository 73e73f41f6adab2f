// TEMPORARY until the knowledge base lands.
export interface Topic { key: string; title: string; markdown: string; customerSafe: string }
export function resolveTopic(key: string): Topic | undefined {
  return key === 'type1-vs-type2' ? { key, title: 'SOC 2 Type 1 vs Type 2', markdown: '# SOC 2 Type 1 vs Type 2\n\n| | Type 1 | Type 2 |\n|---|---|---|\n| x | y | z |', customerSafe: 'We have a SOC 2 Type 2 report.' } : undefined;
}
