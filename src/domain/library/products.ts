/**
 * Products, providers and regions a question may name: "Is the application hosted in Azure?", "Is
 * CrowdStrike deployed on every laptop?". The analyzer reads each as its concept (a cloud
 * provider, an EDR), which finds the right entry; but an entry that says AWS does not answer a
 * question about Azure. Only products whose name is the answer are listed: identity providers are
 * not, since an entry on SAML single sign-on answers "Can we sign in with Okta?".
 */
import { normalizeText } from './analyze';

/** Canonical name → the ways questions write it (normalized: lower case, one space). */
const PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  // cloud providers ("azure ad" is an identity provider, read apart below)
  AWS: ['aws', 'amazon web services'],
  Azure: ['azure', 'microsoft azure'],
  'Google Cloud': ['gcp', 'google cloud', 'google cloud platform'],
  'Oracle Cloud': ['oracle cloud', 'oracle cloud infrastructure'],
  'IBM Cloud': ['ibm cloud'],
  DigitalOcean: ['digitalocean', 'digital ocean'],
  'Alibaba Cloud': ['alibaba cloud'],
  Hetzner: ['hetzner'],
  OVHcloud: ['ovh', 'ovhcloud'],
  // endpoint protection
  CrowdStrike: ['crowdstrike', 'crowdstrike falcon'],
  SentinelOne: ['sentinelone', 'sentinel one'],
  'Microsoft Defender': ['microsoft defender', 'defender for endpoint', 'windows defender'],
  'Carbon Black': ['carbon black'],
  Sophos: ['sophos'],
  // SIEM and logging
  Splunk: ['splunk'],
  'Sumo Logic': ['sumo logic', 'sumologic'],
  Elastic: ['elasticsearch', 'elastic stack', 'elastic siem', 'elk stack'],
  Datadog: ['datadog'],
  'Microsoft Sentinel': ['microsoft sentinel', 'azure sentinel'],
  QRadar: ['qradar'],
  // AI model providers
  OpenAI: ['openai', 'chatgpt'],
  'Azure OpenAI': ['azure openai'],
  Anthropic: ['anthropic', 'claude'],
  'Amazon Bedrock': ['amazon bedrock', 'aws bedrock', 'bedrock'],
  'Google Vertex AI': ['vertex ai', 'google vertex', 'gemini'],
  Cohere: ['cohere'],
  'Mistral AI': ['mistral', 'mistral ai'],
  // device management and scanning
  Jamf: ['jamf'],
  Intune: ['intune'],
  Kandji: ['kandji'],
  Qualys: ['qualys'],
  Tenable: ['tenable', 'nessus'],
  Rapid7: ['rapid7', 'insightvm'],
};

const ALIAS_TO_NAME = new Map<string, string>(Object.entries(PRODUCTS).flatMap(([name, aliases]) => aliases.map((alias) => [alias, name] as const)));
const ALIASES = [...ALIAS_TO_NAME.keys()].sort((a, b) => b.length - a.length);
/** "azure ad" / "azure active directory" name the identity provider, not the cloud. */
const MENTION = new RegExp(String.raw`\b(${ALIASES.join('|')})\b(?! ad\b| active directory\b)`, 'g');

/** "(e.g. Splunk, Elastic)", "such as CrowdStrike or SentinelOne": names given as examples of a kind ask about the kind. */
const EXAMPLES = /\((?:e\.?\s?g\.?|eg|i\.?\s?e\.?|such as|for example|for instance|including|incl\.?|like)\b[^)]*\)|\b(?:e\.?\s?g\.?|such as|for example|for instance)[,:]?\s[^.?;()]*/gi;

/**
 * Countries and regions where data may be kept: "Is data hosted in Australia?" is not answered by
 * an entry on US and EU hosting. Acronyms only in capitals ("US", not "us"); a city or cloud
 * region does not stand for its country (an entry should say "Germany" if it answers that).
 */
const REGIONS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'United States', pattern: /\b(?:US|U\.S\.A?\.?|USA)(?![\w.])|\b(?:united states|america)\b/gi },
  // The EEA is the EU and three more: one region for where data is kept.
  { name: 'EU', pattern: /\b(?:EU|EEA)\b|\b(?:european union|europe|european economic area)\b/gi },
  { name: 'United Kingdom', pattern: /\b(?:UK|U\.K\.)(?![\w.])|\b(?:united kingdom|great britain|britain|england)\b/gi },
  ...['Canada', 'Australia', 'New Zealand', 'Germany', 'France', 'Ireland', 'Netherlands', 'Switzerland', 'Sweden', 'Japan', 'Singapore', 'India', 'Brazil', 'China', 'South Korea', 'Israel', 'Mexico', 'South Africa'].map((name) => ({
    name,
    pattern: new RegExp(String.raw`\b${name.replace(' ', String.raw`\s+`)}\b`, 'gi'),
  })),
];
const ACRONYM = /^(?:US|USA|U\.S\.A?\.?|EU|EEA|UK|U\.K\.)$/;

/** The products, providers and regions a text names, as canonical names (each once), leaving out names given as examples. */
export function namedProducts(text: string, { examplesToo = false }: { examplesToo?: boolean } = {}): string[] {
  const raw = examplesToo ? text : text.replace(EXAMPLES, ' ');
  const normalized = normalizeText(raw);
  const found: string[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(normalized); m !== null; m = MENTION.exec(normalized)) {
    const name = ALIAS_TO_NAME.get(m[1] ?? '');
    if (name !== undefined && !found.includes(name)) {
      found.push(name);
    }
  }
  for (const { name, pattern } of REGIONS) {
    // An acronym counts only as written in capitals: "us" is a pronoun, "eu-central-1" a region id.
    const named = [...raw.matchAll(pattern)].some((m) => !ACRONYM.test(m[0].toUpperCase()) || (m[0] === m[0].toUpperCase() && raw[m.index + m[0].length] !== '-'));
    if (named && !found.includes(name)) {
      found.push(name);
    }
  }
  return found;
}

/** "Which SIEM product do you use?", "Name of EDR product:": the answer is a product's name. */
const ASKS_FOR_NAME = /\b(?:which|what)(?: [a-z0-9]+){0,3} (?:products?|tools?|vendors?|providers?|solutions?|software|brands?)\b|\bnames? of (?:the |your )?(?:[a-z0-9]+ ){0,3}(?:products?|tools?|vendors?|providers?|solutions?|software)\b|\b(?:product|vendor|tool|provider) names?\b/;

/**
 * Why an entry that names `entryNames` does not answer a question that names `asked` (both from
 * namedProducts), or undefined when it does: every product the question names must be the entry's
 * ("AWS, Azure or Google Cloud?" needs one of them), and a question asking for a product's name
 * needs an entry that names one.
 */
export function unmetProduct(normalizedQuestion: string, asked: readonly string[], entryNames: readonly string[]): string | undefined {
  const anyOf = asked.length > 1 && /\bor\b/.test(normalizedQuestion);
  const unnamed = asked.filter((product) => !entryNames.includes(product));
  if (anyOf ? unnamed.length === asked.length : unnamed.length > 0) {
    return `the question names ${unnamed.map((product) => `"${product}"`).join(anyOf ? ' or ' : ', ')}, which the entry does not`;
  }
  if (asked.length === 0 && entryNames.length === 0 && ASKS_FOR_NAME.test(normalizedQuestion)) {
    return 'the question asks which product, and the entry names none';
  }
  return undefined;
}
