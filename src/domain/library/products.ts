/**
 * Products, providers, standards and regions a question may name: "Is the application hosted in
 * Azure?", "Is CrowdStrike deployed on every laptop?", "Are passwords hashed with Argon2?". The
 * analyzer reads each as its concept (a cloud provider, an EDR), which finds the right entry; but
 * an entry that says AWS does not answer a question about Azure. Only products whose name is the
 * answer are listed: identity providers are not, since an entry on SAML single sign-on answers
 * "Can we sign in with Okta?".
 */
import { analyze, CONCEPTS, normalizeText } from './analyze';

/** Kind → canonical name → the ways questions write it (normalized: lower case, one space). */
const PRODUCTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  // "azure ad" is an identity provider, read apart below
  cloud: {
    AWS: ['aws', 'amazon web services'],
    Azure: ['azure', 'microsoft azure'],
    'Google Cloud': ['gcp', 'google cloud', 'google cloud platform'],
    'Oracle Cloud': ['oracle cloud', 'oracle cloud infrastructure'],
    'IBM Cloud': ['ibm cloud'],
    DigitalOcean: ['digitalocean', 'digital ocean'],
    'Alibaba Cloud': ['alibaba cloud'],
    Hetzner: ['hetzner'],
    OVHcloud: ['ovh', 'ovhcloud'],
  },
  endpoint: {
    CrowdStrike: ['crowdstrike', 'crowdstrike falcon'],
    SentinelOne: ['sentinelone', 'sentinel one'],
    'Microsoft Defender': ['microsoft defender', 'defender for endpoint', 'windows defender'],
    'Carbon Black': ['carbon black'],
    Sophos: ['sophos'],
  },
  logging: {
    Splunk: ['splunk'],
    'Sumo Logic': ['sumo logic', 'sumologic'],
    Elastic: ['elasticsearch', 'elastic stack', 'elastic siem', 'elk stack'],
    Datadog: ['datadog'],
    'Microsoft Sentinel': ['microsoft sentinel', 'azure sentinel'],
    QRadar: ['qradar'],
  },
  ai: {
    OpenAI: ['openai', 'chatgpt'],
    'Azure OpenAI': ['azure openai'],
    Anthropic: ['anthropic', 'claude'],
    'Amazon Bedrock': ['amazon bedrock', 'aws bedrock', 'bedrock'],
    'Google Vertex AI': ['vertex ai', 'google vertex', 'gemini'],
    Cohere: ['cohere'],
    'Mistral AI': ['mistral', 'mistral ai'],
  },
  devices: { Jamf: ['jamf'], Intune: ['intune'], Kandji: ['kandji'] },
  // HITRUST's assessments are different certifications: an r2 does not answer "Do you hold an i1?"
  hitrust: { 'HITRUST r2': ['hitrust r2', 'r2 validated', 'r2 certification', 'r2 certified', 'r2 assessment'], 'HITRUST i1': ['hitrust i1', 'i1 validated', 'i1 certification', 'i1 certified', 'i1 assessment'], 'HITRUST e1': ['hitrust e1', 'e1 validated', 'e1 certification', 'e1 certified', 'e1 assessment'] },
  // Security frameworks the analyzer reads as one concept (secframework): an ISO 27001 certificate does not say NIST CSF.
  framework: {
    'NIST CSF': ['nist csf', 'nist cybersecurity framework', 'nist cyber security framework', 'csf 2 0'],
    'NIST SP 800-53': ['nist 800 53', 'sp 800 53', 'nist sp 800 53'],
    'NIST SP 800-171': ['nist 800 171', 'sp 800 171', 'nist sp 800 171'],
    'CIS Controls': ['cis controls', 'cis critical security controls', 'cis csc', 'cis top 18', 'cis top 20'],
    COBIT: ['cobit'],
    'CSA STAR': ['csa star', 'cloud controls matrix', 'csa ccm'],
  },
  // how passwords are stored, and the standard servers are hardened to
  hashing: { bcrypt: ['bcrypt'], scrypt: ['scrypt'], Argon2: ['argon2', 'argon2id', 'argon2i'], PBKDF2: ['pbkdf2'] },
  hardening: { 'CIS Benchmarks': ['cis benchmark', 'cis benchmarks', 'cis hardened', 'cis level 1', 'cis level 2'], 'DISA STIG': ['stig', 'stigs', 'disa stig', 'disa stigs'] },
  scanning: { Qualys: ['qualys'], Tenable: ['tenable', 'nessus'], Rapid7: ['rapid7', 'insightvm'] },
  // what finds vulnerable dependencies and flaws in the code
  codeScanning: {
    Snyk: ['snyk'],
    Dependabot: ['dependabot'],
    Renovate: ['renovatebot', 'renovate bot'],
    Mend: ['mend sca', 'whitesource'],
    'Black Duck': ['black duck', 'blackduck'],
    'Sonatype Nexus': ['sonatype', 'nexus iq', 'nexus lifecycle'],
    SonarQube: ['sonarqube', 'sonarcloud'],
    Checkmarx: ['checkmarx'],
    Veracode: ['veracode'],
    CodeQL: ['codeql'],
    Semgrep: ['semgrep'],
  },
  // where secrets are kept ("a vault" alone is the generic word)
  secrets: {
    'HashiCorp Vault': ['hashicorp vault'],
    'AWS Secrets Manager': ['aws secrets manager'],
    'Azure Key Vault': ['azure key vault'],
    'Google Secret Manager': ['google secret manager', 'gcp secret manager'],
    '1Password': ['1password'],
    Doppler: ['doppler'],
  },
  // what stands in front of the service against DDoS and web attacks
  edge: { Cloudflare: ['cloudflare'], Akamai: ['akamai'], Fastly: ['fastly'], 'AWS Shield': ['aws shield', 'shield advanced'], Imperva: ['imperva', 'incapsula'] },
  sourceControl: { GitHub: ['github'], GitLab: ['gitlab'], Bitbucket: ['bitbucket'], 'Azure DevOps': ['azure devops', 'azure repos'] },
  // the kinds of insurance: a cyber policy does not answer "Do you carry errors and omissions insurance?"
  insurance: {
    'cyber liability insurance': ['cyber insurance', 'cyber liability', 'cybersecurity insurance', 'cyber risk insurance', 'network security and privacy liability'],
    'errors and omissions insurance': ['errors and omissions', 'e and o insurance', 'e o insurance', 'e o coverage', 'tech e o', 'professional liability', 'professional indemnity'],
    'general liability insurance': ['general liability', 'commercial general liability', 'public liability'],
    'crime insurance': ['crime insurance', 'crime coverage', 'fidelity insurance', 'fidelity bond'],
    "directors and officers insurance": ['directors and officers', 'd and o insurance'],
    "workers' compensation insurance": ['workers compensation', 'employers liability'],
  },
  // the formats data is exported or reports are delivered in
  fileFormat: { CSV: ['csv'], JSON: ['json'], XML: ['xml'], PDF: ['pdf'], XLSX: ['xlsx', 'microsoft excel'], Parquet: ['parquet'] },
};

interface Named {
  name: string;
  kind: string;
}

const ALIAS_TO_NAMED = new Map<string, Named>(
  Object.entries(PRODUCTS).flatMap(([kind, names]) => Object.entries(names).flatMap(([name, aliases]) => aliases.map((alias) => [alias, { name, kind }] as const))),
);
const ALIASES = [...ALIAS_TO_NAMED.keys()].sort((a, b) => b.length - a.length);
/** "azure ad" / "azure active directory" name the identity provider, not the cloud. */
const MENTION = new RegExp(String.raw`\b(${ALIASES.join('|')})\b(?! ad\b| active directory\b)`, 'g');

/**
 * "(e.g. Splunk, Elastic)", "such as CrowdStrike or SentinelOne": names given as examples of a kind
 * ask about the kind. "i.e." is not an example: it says which one.
 */
const EXAMPLES = /\((?:e\.?\s?g\.?|eg|such as|for example|for instance|including|incl\.?|like)\b[^)]*\)|\b(?:e\.?\s?g\.?|such as|for example|for instance)[,:]?\s[^.?;()]*/gi;

/**
 * Countries and regions where data may be kept: "Is data hosted in Australia?" is not answered by
 * an entry on US and EU hosting. Acronyms only in capitals ("US", not "us"; "eu-central-1" is a
 * region id); a city or cloud region does not stand for its country (an entry should say
 * "Germany" if it answers that); "UK GDPR" is a law, not a place.
 */
const NOT_NORTHERN_OR_NEW = String.raw`(?<!\bnorthern |\bnew )`;
const REGIONS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'United States', pattern: /\b(?:US|U\.S\.A?\.?|USA)(?![\w.])|\bunited states\b/gi },
  // The EEA is the EU and three more: one region for where data is kept.
  { name: 'EU', pattern: /\b(?:EU|EEA)\b(?!\s+gdpr)|\b(?:european union|europe|european economic area)\b/gi },
  { name: 'United Kingdom', pattern: /\b(?:UK|U\.K\.)(?![\w.])(?!\s*gdpr)|\b(?:united kingdom|great britain|britain|england)\b/gi },
  ...['Canada', 'Australia', 'New Zealand', 'Germany', 'France', 'Ireland', 'Netherlands', 'Switzerland', 'Sweden', 'Japan', 'Singapore', 'India', 'Brazil', 'China', 'South Korea', 'Israel', 'Mexico', 'South Africa'].map((name) => ({
    name,
    // "Northern Ireland" is in the UK, "New Mexico" in the US.
    pattern: new RegExp(String.raw`${NOT_NORTHERN_OR_NEW}\b${name.replace(' ', String.raw`\s+`)}\b`, 'gi'),
  })),
];
/**
 * Any region's words, without the lookbehinds: most texts name no region, and one test of this
 * costs less than the patterns one by one (a lookbehind is tried at every position).
 */
const ANY_REGION = new RegExp(REGIONS.map(({ pattern }) => pattern.source.replace(NOT_NORTHERN_OR_NEW, '')).join('|'), 'i');
const ACRONYM = /^(?:US|USA|U\.S\.A?\.?|EU|EEA|UK|U\.K\.)$/;

/**
 * Languages a question asks for ("Is the privacy policy available in French?", "a German-language
 * interface"): an entry that does not name the language does not say so. A list counts whole ("in
 * English, French and German"); a bare word does not ("our German subsidiary" is a place).
 */
const LANGUAGE_NAMES = ['English', 'French', 'German', 'Spanish', 'Portuguese', 'Italian', 'Dutch', 'Japanese', 'Chinese', 'Mandarin', 'Korean', 'Arabic', 'Hebrew', 'Polish', 'Swedish', 'Danish', 'Norwegian', 'Finnish', 'Russian', 'Turkish', 'Hindi'];
const LANGUAGE = `(?:${LANGUAGE_NAMES.join('|')})`;
const LANGUAGES = new RegExp(
  String.raw`\b(?:in|into) ${LANGUAGE}(?:(?:,? (?:and|or) |, )${LANGUAGE})*\b|\b${LANGUAGE}[- ](?:language|languages|translations?|versions?|locali[sz]ed|locali[sz]ation|speaking|speakers?)\b`,
  'gi',
);
const LANGUAGE_WORD = new RegExp(String.raw`\b${LANGUAGE}\b`, 'gi');
/** Whether a text names a language at all: most name none, and this one test costs less than LANGUAGES. */
const ANY_LANGUAGE = new RegExp(LANGUAGE_WORD.source, 'i');

/**
 * The SOC 2 categories beyond Security, which every report covers: "Is your SOC 2 report scoped to
 * include Confidentiality and Privacy?" is not answered by an entry whose report covers Security and
 * Availability. Read only in a text about SOC 2, where "privacy" is a category and not a subject.
 */
const SOC2 = /\bsoc ?(?:2|ii|two)\b|\btrust services? (?:criteria|categor)|\btsc\b/i;
const SOC2_CATEGORIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'SOC 2 Availability', pattern: /\bavailability\b/i },
  { name: 'SOC 2 Processing Integrity', pattern: /\bprocessing integrity\b/i },
  { name: 'SOC 2 Confidentiality', pattern: /\bconfidentiality\b/i },
  { name: 'SOC 2 Privacy', pattern: /\bprivacy\b/i },
];

/** Whether any of `names` (canonical, from namedProducts) is a country or region. */
export function namesRegion(names: readonly string[]): boolean {
  return names.some((name) => REGIONS.some((region) => region.name === name));
}

/** The products, providers and regions a text names (each once), leaving out names given as examples. */
function namedWithKinds(text: string, examplesToo: boolean): Named[] {
  const raw = examplesToo ? text : text.replace(EXAMPLES, ' ');
  const normalized = normalizeText(raw);
  const found: Named[] = [];
  const add = (named: Named): void => {
    if (!found.some((f) => f.name === named.name)) {
      found.push(named);
    }
  };
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(normalized); m !== null; m = MENTION.exec(normalized)) {
    const named = ALIAS_TO_NAMED.get(m[1] ?? '');
    if (named !== undefined) {
      add(named);
    }
  }
  // In a text written all in capitals, "US" may be the pronoun ("LET US KNOW").
  const allCapitals = !/[a-z]/.test(raw);
  for (const { name, pattern } of ANY_REGION.test(raw) ? REGIONS : []) {
    const named = [...raw.matchAll(pattern)].some((m) => {
      const word = m[0];
      if (!ACRONYM.test(word.toUpperCase())) {
        return true;
      }
      // An acronym counts only as written in capitals, and not as the first part of a region id ("EU-CENTRAL-1").
      return word === word.toUpperCase() && !(allCapitals && word === 'US') && !/^-[A-Za-z]+-\d/.test(raw.slice(m.index + word.length));
    });
    if (named) {
      add({ name, kind: 'region' });
    }
  }
  for (const phrase of ANY_LANGUAGE.test(raw) ? raw.matchAll(LANGUAGES) : []) {
    for (const word of phrase[0].matchAll(LANGUAGE_WORD)) {
      const language = LANGUAGE_NAMES.find((known) => known.toLowerCase() === word[0].toLowerCase());
      if (language !== undefined) {
        add({ name: `${language} (language)`, kind: 'language' });
      }
    }
  }
  if (SOC2.test(raw)) {
    for (const { name, pattern } of SOC2_CATEGORIES) {
      if (pattern.test(raw)) {
        add({ name, kind: 'soc2Category' });
      }
    }
  }
  return found;
}

/** The products, providers and regions a text names, as canonical names (each once), leaving out names given as examples. */
export function namedProducts(text: string, { examplesToo = false }: { examplesToo?: boolean } = {}): string[] {
  return namedWithKinds(text, examplesToo).map((named) => named.name);
}

/** The kind of each canonical name (a region for a country). */
const KIND_OF = new Map<string, string>([...ALIAS_TO_NAMED.values()].map((named) => [named.name, named.kind] as const).concat(LANGUAGE_NAMES.map((language) => [`${language} (language)`, 'language'] as const), SOC2_CATEGORIES.map(({ name }) => [name, 'soc2Category'] as const)));

/** The words that name a kind of product, per kind (PRODUCTS), as regular-expression alternatives. */
const KIND_ALTERNATIVES: Readonly<Record<string, string>> = {
  logging: String.raw`siem|log management`,
  endpoint: String.raw`edr|xdr|anti ?malware|anti ?virus|antivirus|endpoint (?:protection|security|detection(?: and response)?)`,
  devices: String.raw`mdm|device management`,
  cloud: String.raw`cloud|hosting|iaas`,
  scanning: String.raw`vulnerability scan(?:ner|ning)?|scanner`,
  ai: String.raw`llm|ai|language model`,
};
const KIND_WORDS = `(?:${Object.values(KIND_ALTERNATIVES).join('|')})`;
/** Which kinds the words a question asks for name ("which cloud provider": cloud). */
const KIND_NAMES: readonly { kind: string; pattern: RegExp }[] = Object.entries(KIND_ALTERNATIVES).map(([kind, alternatives]) => ({ kind, pattern: new RegExp(String.raw`\b(?:${alternatives})\b`) }));
/**
 * "Which SIEM product do you use?", "Name of EDR product:", "What cloud provider hosts it?": the
 * answer is the name of a product of a listed kind. "What is your vendor risk process?" is not.
 */
const ASKS_FOR_NAME = new RegExp(
  String.raw`\b(?:which|what)(?: [a-z0-9]+){0,2}? ${KIND_WORDS}(?: [a-z0-9]+){0,1}? (?:products?|tools?|providers?|solutions?|software|brands?|platforms?|vendors?)\b|\bnames? of (?:the |your )?(?:[a-z0-9]+ ){0,2}?${KIND_WORDS}(?: [a-z0-9]+){0,1}? (?:products?|tools?|providers?|solutions?|software|vendors?)\b`,
);

/**
 * Why an entry that names `entryNames` does not answer a question that names `asked` (both from
 * namedProducts), or undefined when it does. Per kind (clouds, regions, EDRs, …): every name the
 * question gives must be the entry's, or one of them where the question offers alternatives
 * ("AWS, Azure or Google Cloud?"). A question asking for a product's name needs an entry that
 * names one; `exact` (the entry's own question) is never second-guessed on that.
 */
export function unmetProduct(normalizedQuestion: string, asked: readonly string[], entryNames: readonly string[], exact = false): string | undefined {
  const alternatives = /\bor\b/.test(normalizedQuestion);
  const kinds = [...new Set(asked.map((name) => KIND_OF.get(name) ?? 'region'))];
  for (const kind of kinds) {
    const ofKind = asked.filter((name) => (KIND_OF.get(name) ?? 'region') === kind);
    const unnamed = ofKind.filter((name) => !entryNames.includes(name));
    const anyOf = alternatives && ofKind.length > 1;
    if (anyOf ? unnamed.length === ofKind.length : unnamed.length > 0) {
      return `the question names ${unnamed.map((name) => `"${name}"`).join(anyOf ? ' or ' : ', ')}, which the entry does not`;
    }
  }
  const asksFor = exact || asked.length > 0 ? undefined : ASKS_FOR_NAME.exec(normalizedQuestion)?.[0];
  if (asksFor !== undefined) {
    // "Which cloud provider…?" wants a cloud: an entry that names only GitHub does not say which.
    const wanted = KIND_NAMES.filter(({ pattern }) => pattern.test(asksFor)).map(({ kind }) => kind);
    if (!entryNames.some((name) => wanted.includes(KIND_OF.get(name) ?? 'region'))) {
      return 'the question asks which product, and the entry names none of that kind';
    }
  }
  return undefined;
}


/**
 * Capitalized words that are roles or defined terms in procurement and contract language ("the
 * Offeror", "State data", "Customer Data"), not the names of products or providers.
 */
const ROLE_WORDS = new Set(
  'offeror bidder bidders contractor contractors subcontractor subcontractors supplier suppliers vendor vendors provider providers applicant respondent proposer consultant licensee licensor company client clients customer customers state states agency agencies institution university college district department county city commonwealth bank party parties business covered entity entities associate associates health hospital school buyer purchaser subscriber tenant organization organisation organizations organisations service services data information agreement contract system systems user users personnel staff employee employees member members board management section appendix exhibit schedule annex attachment question questions response yes no n/a'.split(' '),
);

/** Nationalities describe the customer ("our German subsidiary"), not a product. */
const DEMONYMS = /^(?:German|French|Dutch|Swiss|Irish|British|English|Scottish|Welsh|Spanish|Portuguese|Italian|European|American|Canadian|Australian|Japanese|Chinese|Indian|Brazilian|Mexican|Korean|Israeli|Swedish|Danish|Norwegian|Finnish|Polish|Belgian|Austrian|Singaporean|Asian|African|Nordic|Scandinavian|Latin)$/;

/** A capitalized word with small letters after some other text: the only place a name can be. */
const MAYBE_NAME = /(?:\S\s+|[([/])[A-Z][A-Za-z0-9]*[a-z]/;

/**
 * The first name the question gives, capitalized in mid-sentence, that `known` (the matched
 * entry's words) does not have: "Is the platform's DDoS protection provided by Cloudflare?" near
 * an entry that says AWS Shield, for a name the list above lacks. Not in a question written in
 * title case, where every word is capitalized; not a role or defined term (ROLE_WORDS).
 */
export function unmentionedName(question: string, known: (word: string) => boolean): string | undefined {
  // Most questions have no capitalized word after their first but acronyms: nothing to read.
  if (!MAYBE_NAME.test(question)) {
    return undefined;
  }
  // Names given as examples ask about the kind, as in namedProducts.
  const text = question.replace(EXAMPLES, ' ');
  const words = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9.]*(?:[-'’][A-Za-z0-9]+)*/g)];
  const isName = (word: string): boolean => /^[A-Z]/.test(word) && /[a-z]/.test(word);
  // An acronym, also one written with some small letters ("IaaS", "DDoS"): as many capitals as small letters.
  const isAcronym = (word: string): boolean => /^[A-Z0-9][A-Za-z0-9.]*$/.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= Math.max(1, word.match(/[a-z]/g)?.length ?? 0);
  // The first word of a sentence, a clause after a colon or dash, an item ("a) Are…", "• Is…") or a quotation.
  // Read from the word back over its spaces only, so that the whole question is read once, not once per word.
  const firstText = text.search(/\S/);
  const startsSentence = (at: number): boolean => {
    if (firstText === -1 || at <= firstText) {
      return true;
    }
    let end = at;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) {
      end--;
    }
    return text.slice(end, at).includes('\n') || /(?:[.?!:;)\]–—\-•*"“‘']|\b[a-z]\)|\d[.)])$/.test(text.slice(Math.max(0, end - 3), end));
  };
  // Title case ("Data Retention And Deletion Policy") capitalizes every word: no sign of a name there.
  // Acronyms, mixed-case names ("DDoS", "GitHub") and a sentence's first word are no sign of it either.
  const long = words.filter((m) => m[0].length >= 3 && !isAcronym(m[0]) && !/^.[^A-Z]*[A-Z]/.test(m[0]) && !startsSentence(m.index ?? 0));
  const titled = long.filter((m) => /^[A-Z]/.test(m[0]));
  if (long.length === 0 || titled.length / long.length > 0.4) {
    return undefined;
  }
  const inName = (word: string): boolean => isName(word) || isAcronym(word) || /^\d/.test(word);
  for (let i = 0; i < words.length; i++) {
    if (!inName((words[i] as RegExpMatchArray)[0])) {
      continue;
    }
    // A run of capitalized words, acronyms and numbers, one space apart, is one name ("OWASP Top Ten", "WCAG 2.1 Level AA").
    let last = i;
    while (last + 1 < words.length && inName((words[last + 1] as RegExpMatchArray)[0]) && /^[ \t\u00a0]$/.test(text.slice(((words[last] as RegExpMatchArray).index ?? 0) + (words[last] as RegExpMatchArray)[0].length, (words[last + 1] as RegExpMatchArray).index))) {
      last++;
    }
    // A sentence's first word ("Is Radware…", "12. What…") is capitalized for the sentence: neither a name nor part of one.
    const run = words
      .slice(i, last + 1)
      .filter((m) => !startsSentence(m.index ?? 0))
      .map((m) => m[0]);
    i = last;
    // A word after an acronym or a known word is part of its name ("OWASP Top Ten", "European Union"), not another.
    const shielded = (k: number): boolean => run.slice(0, k + 1).some((word) => isAcronym(word) || (isName(word) && known(word)));
    const name = run.find((word, k) => {
      const plain = word.replace(/['’]s$/, '').split('-')[0] ?? word;
      return plain.length >= 3 && isName(plain) && !shielded(k) && !ROLE_WORDS.has(plain.toLowerCase()) && !DEFINED_TERMS.has(plain.toLowerCase()) && !DEMONYMS.test(plain) && !fieldTerm(plain);
    });
    if (name !== undefined) {
      return name;
    }
  }
  return undefined;
}

/** A word the analyzer reads as one of the field's concepts ("IaaS", "DDoS", "FileVault"): vocabulary, not an unknown name. */
function fieldTerm(word: string): boolean {
  const tokens = analyze(word);
  return tokens.length > 0 && tokens.every((token) => CONCEPTS.has(token));
}

/**
 * Words questionnaires capitalize as defined terms or headings ("the Platform", "Production",
 * "Incident Response Plan", "Sub-processors"), and the names of months and days: not products.
 */
const DEFINED_TERMS = new Set(
  (
    'platform product products application applications solution solutions software portal tool tools environment environments production network networks internet cloud ' +
    'incident incidents response plan policy policies procedure procedures program programme standard standards framework general regulation regulations act law protection officer ' +
    'security privacy confidential confidentiality sub processor processors controller controllers personal sensitive restricted public internal ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

const PLAN_WORD = String.raw`(?:plans?|tiers?|editions?|subscriptions?|packages?|licen[cs]e levels?)`;
/** A part of a word every plan pattern has (and "cheapest"): the quick test before them. */
const MAY_NAME_PLAN = /plan|tier|edition|subscription|package|licen|cheapest|lowest|smallest|basic|entry/i;
/** "on all plans", "every tier", "regardless of plan", "even the cheapest": the question asks about every plan. */
const EVERY_PLAN = new RegExp(String.raw`\b(?:all|every|each|any) (?:of (?:your|the) )?(?:pricing |subscription |product )?${PLAN_WORD}\b|\bregardless of (?:the )?(?:pricing )?${PLAN_WORD}|\beven (?:on )?the (?:cheapest|lowest|smallest|basic|entry)`, 'i');
/** "on the Enterprise plan", "Business and Enterprise tiers": an entry that names a plan limits what it says to it. */
const PLAN_NAMES = String.raw`\b[A-Z][a-z]+(?: (?:and|or) [A-Z][a-z]+)? `;
const NAMED_PLAN = new RegExp(String.raw`${PLAN_NAMES}${PLAN_WORD}\b`);
/** What a library's entries call their plans: "X plan", "X and Y tiers", "X edition" (not packages or subscriptions, which are often other things'). */
const LIBRARY_PLAN = new RegExp(String.raw`${PLAN_NAMES}(?:plans?|tiers?|editions?)\b`, 'g');
/**
 * Words before "plan" that name a document, a programme or something else than what a customer
 * subscribes to ("Incident Response plan", "Business Continuity plan", "Defender plans", "Windows
 * editions", "Higher tiers").
 */
const DOCUMENT_PLANS = new Set(
  ('response continuity recovery disaster incident treatment remediation action test testing security project communication communications migration exit training retention improvement corrective contingency transition implementation audit backup risk management data quality deployment rollback release support service pricing product subscription route ' +
    'capacity escalation crisis succession defender windows archive storage hot cool cold ' +
    'the a an our your their its this that these those each every all any both other some which higher lower paid annual monthly azure aws gcp google microsoft office').split(' '),
);
const CAPITALIZED = /\b[A-Z][a-z]+\b/g;

/** The plans a library's entries name ("Team", "Business", "Enterprise"), in lower case: what a question may name without saying "plan". Not a sentence's first word ("Capacity plans are…"). */
export function planNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(LIBRARY_PLAN)) {
      const opensSentence = /(?:^|[.?!:;]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
      (m[0].match(CAPITALIZED) ?? []).forEach((name, i) => {
        if (!(i === 0 && opensSentence) && !DOCUMENT_PLANS.has(name.toLowerCase())) {
          names.add(name.toLowerCase());
        }
      });
    }
  }
  return names;
}

/**
 * Why an entry does not answer a question about every plan ("Are custom roles included on all
 * plans?"): its answer names a plan ("Custom roles are available on the Enterprise plan") and never
 * says "all plans"; or about one plan it does not name ("…on the Business plan?", or "We're on
 * Business — can we use SCIM?" near an entry that names the library's other plans); or undefined.
 */
export function unmetPlan(question: string, entryTexts: readonly string[], libraryPlans: ReadonlySet<string> = new Set()): string | undefined {
  // Most questions name no plan: without a plan word, or a library with plans, there is nothing to read.
  if (libraryPlans.size === 0 && !MAY_NAME_PLAN.test(question)) {
    return undefined;
  }
  if (!EVERY_PLAN.test(question)) {
    const said: readonly string[] = NAMED_PLAN.exec(question)?.[0].match(CAPITALIZED) ?? [];
    const written = entryTexts.join(' ');
    const text = written.toLowerCase();
    const named = (name: string): boolean => new RegExp(String.raw`\b${name.toLowerCase()}\b`).test(text);
    // "…on the Starter plan, as on Enterprise?": the plan called a plan must be the entry's.
    if (said.length > 0) {
      return said.some(named) ? undefined : `the question asks about the ${said.join(' or ')} plan, which the entry does not name`;
    }
    // A plan of the library named without "plan" counts only where the entry names plans itself: an entry that names none says nothing about them.
    const bare: string[] = libraryPlans.size === 0 ? [] : (question.match(CAPITALIZED) ?? []).filter((word) => libraryPlans.has(word.toLowerCase()));
    if (bare.length === 0 || bare.some(named) || !([...libraryPlans].some(named) || NAMED_PLAN.test(written))) {
      return undefined;
    }
    return `the question asks about the ${bare.join(' or ')} plan, which the entry does not name`;
  }
  const text = entryTexts.join(' ');
  const named = NAMED_PLAN.exec(text);
  if (named === null || EVERY_PLAN.test(text)) {
    return undefined;
  }
  return `the question asks about every plan, and the entry names "${named[0]}"`;
}
