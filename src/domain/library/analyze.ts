/**
 * The library's analyzer: the same words for a customer's question and an entry's question.
 *
 * 1. Lower case, accents and punctuation folded; "multi-factor" and "multi factor" become one.
 * 2. The field's synonyms and acronyms are rewritten to one concept token first (SYNONYMS), so
 *    "2FA", "MFA" and "multi-factor authentication" all read `mfa`, and "TLS", "HTTPS" and "in
 *    transit" all read `intransit`. Longest phrases are rewritten first.
 * 3. Stop words are dropped: function words and the questionnaire's own boilerplate ("do you",
 *    "please describe", "your organization"), which say nothing about the subject.
 * 4. Every other word is stemmed with the Porter stemmer (the `stemmer` package), so "encrypted",
 *    "encryption" and "encrypts" meet. Concept tokens are not stemmed.
 *
 * Pure and deterministic: no locale, no randomness; the same text always gives the same tokens.
 */
import { stemmer } from 'stemmer';

/** Concept token → the phrases that mean it (already lower case, words separated by one space). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  mfa: ['mfa', '2fa', 'two factor', 'two factor authentication', 'multi factor', 'multi factor authentication', 'multifactor', 'multifactor authentication', '2 factor', 'two step verification', '2 step verification', 'second factor', 'strong authentication', 'one time password', 'otp', 'totp', 'hardware token', 'hardware key', 'security key', 'fido2', 'yubikey', 'authenticator app'],
  sso: ['sso', 'single sign on', 'single signon', 'saml', 'saml 2 0', 'saml2', 'federated login', 'federated authentication', 'identity federation', 'federated identity', 'oidc', 'openid connect', 'okta', 'azure ad', 'entra id', 'identity provider', 'idp'],
  atrest: ['at rest', 'stored data encryption', 'data at rest', 'encrypted storage', 'storage encryption', 'disk encryption of servers', 'database encryption', 'aes 256', 'aes256', 'aes'],
  intransit: ['in transit', 'in motion', 'tls', 'ssl', 'https', 'transport layer security', 'tls 1 2', 'tls 1 3', 'over the network', 'over public networks', 'data in transit', 'transport encryption', 'encrypted connections', 'ssl tls', 'hsts'],
  bcp: ['bcp', 'business continuity', 'business continuity plan', 'business continuity planning', 'business continuity management', 'bcm', 'continuity of operations', 'resilience plan', 'contingency plan', 'continuity plan'],
  dr: ['disaster recovery', 'disaster recovery plan', 'drp', 'dr plan', 'dr', 'bc dr', 'bcdr', 'failover', 'fail over'],
  csp: ['content security policy', 'security headers', 'http security headers', 'x frame options', 'frame ancestors'],
  pentest: ['pen test', 'pen tests', 'pentest', 'pentests', 'pen testing', 'pentesting', 'penetration test', 'penetration tests', 'penetration testing', 'ethical hacking', 'red team', 'red teaming'],
  sdlc: ['sdlc', 'ssdlc', 'secure sdlc', 'software development life cycle', 'software development lifecycle', 'secure development lifecycle', 'secure development life cycle', 'development lifecycle', 'secure software development', 'secure coding', 'development process', 'software development process'],
  dlp: ['dlp', 'data loss prevention', 'data leakage prevention', 'data leak prevention', 'exfiltration'],
  rbac: ['rbac', 'role based access', 'role based access control', 'role based', 'least privilege', 'need to know', 'principle of least privilege', 'privileges', 'privilege'],
  siem: ['siem', 'security information and event management', 'log aggregation', 'centralized logging', 'central logging', 'centrally logged', 'log management', 'central location', 'centralized log', 'log monitoring'],
  mdm: ['mdm', 'mobile device management', 'endpoint management', 'device management', 'centrally managed', 'jamf', 'intune'],
  edr: ['edr', 'endpoint detection and response', 'endpoint detection', 'antivirus', 'anti virus', 'anti malware', 'antimalware', 'malware protection', 'malware', 'xdr', 'virus'],
  ddos: ['ddos', 'denial of service', 'dos attacks', 'distributed denial of service'],
  waf: ['waf', 'web application firewall'],
  ids: ['ids', 'ips', 'intrusion detection', 'intrusion prevention', 'intrusion detection system', 'intrusion prevention system', 'ids ips'],
  vulnscan: ['vulnerability scanning', 'vulnerability scans', 'vulnerability scan', 'vulnerability scanner', 'vulnerability assessment', 'vulnerability assessments', 'vuln scanning', 'scanned for vulnerabilities', 'host level vulnerabilities'],
  gdpr: ['gdpr', 'general data protection regulation', 'uk gdpr'],
  dpa: ['dpa', 'data processing agreement', 'data processing addendum', 'data protection agreement'],
  dpo: ['dpo', 'data protection officer'],
  ciso: ['ciso', 'chief information security officer', 'head of security', 'security officer', 'information security officer'],
  pii: ['pii', 'personal data', 'personally identifiable information', 'personal information'],
  phi: ['phi', 'protected health information', 'ephi', 'health information', 'patient data'],
  hipaa: ['hipaa', 'baa', 'business associate agreement', 'business associate'],
  ferpa: ['ferpa', 'student records', 'education records'],
  ccpa: ['ccpa', 'cpra', 'california consumer privacy act'],
  kms: ['kms', 'key management', 'key management service', 'hsm', 'hardware security module', 'encryption keys', 'cryptographic keys', 'key rotation', 'keys'],
  byok: ['byok', 'bring your own key', 'bring your own keys', 'customer managed keys', 'customer managed key', 'customer managed encryption keys', 'cmk', 'cmks', 'customer controlled keys', 'customer held keys', 'hyok', 'hold your own key', 'manage their own encryption keys', 'manage their own keys'],
  vpn: ['vpn', 'virtual private network', 'remote access'],
  rpo: ['rpo', 'recovery point objective'],
  rto: ['rto', 'recovery time objective'],
  sla: ['sla', 'service level agreement', 'uptime', 'uptime commitment', 'availability commitment', 'service level'],
  byod: ['byod', 'bring your own device', 'personal devices', 'personally owned devices', 'devices not owned'],
  vdp: ['vdp', 'vulnerability disclosure', 'vulnerability disclosure program', 'bug bounty', 'responsible disclosure', 'security txt', 'report security vulnerabilities', 'external researchers'],
  sast: ['sast', 'dast', 'static analysis', 'static code analysis', 'dynamic analysis', 'code scanning', 'static application security testing', 'dynamic application security testing'],
  sca: ['sca', 'software composition analysis', 'dependency scanning', 'open source dependencies', 'third party libraries', 'open source components', 'dependabot', 'sbom', 'software bill of materials'],
  xss: ['xss', 'cross site scripting'],
  csrf: ['csrf', 'xsrf', 'cross site request forgery'],
  sqli: ['sqli', 'sql injection', 'injection attacks', 'prepared statements', 'parameterized queries'],
  owasp: ['owasp', 'owasp top 10', 'owasp top ten'],
  ai: ['ai', 'artificial intelligence', 'machine learning', 'ml', 'llm', 'llms', 'large language model', 'large language models', 'generative ai', 'genai', 'ai ml'],
  wcag: ['wcag', 'vpat', 'accessibility', 'section 508', 'accessible', 'acr', 'accessibility conformance report'],
  nda: ['nda', 'non disclosure agreement', 'confidentiality agreement', 'confidentiality agreements'],
  insurance: ['cyber insurance', 'cyber liability insurance', 'cyber liability', 'insurance coverage', 'liability insurance', 'insurance'],
  backgroundcheck: ['background check', 'background checks', 'background screening', 'background screenings', 'pre employment screening', 'criminal background', 'screened', 'screening', 'vetting', 'vetted'],
  training: ['security awareness', 'awareness training', 'security training', 'phishing simulation', 'phishing simulations', 'phishing tests', 'privacy training', 'training'],
  offboarding: ['offboarding', 'off boarding', 'termination of employment', 'terminated employees', 'leavers', 'departing employees', 'revoked when', 'deprovisioning', 'deprovision', 'access removal', 'employee departure'],
  firewall: ['firewall', 'firewalls', 'security groups', 'network acls', 'network access control lists'],
  segmentation: ['network segmentation', 'segmentation', 'segmented', 'network zoning', 'zoning', 'dmz', 'vlan', 'vlans', 'vpc', 'network isolation'],
  tenancy: ['multi tenant', 'multitenant', 'multi tenancy', 'tenant isolation', 'logical separation', 'logically separated', 'segregation of customer data', 'commingled', 'isolation between customers', 'other customers', 'other tenants'],
  subprocessor: ['subprocessor', 'subprocessors', 'sub processor', 'sub processors', 'fourth parties', 'fourth party', 'subcontractors', 'subcontractor'],
  vendorrisk: ['vendor risk', 'vendor management', 'third party risk', 'third party risk management', 'tprm', 'supplier risk', 'supplier management', 'vendor assessments', 'vendor reviews', 'service providers', 'suppliers', 'vendors', 'third parties', 'third party'],
  logging: ['audit logs', 'audit log', 'audit trail', 'audit trails', 'event logs', 'security logs', 'logging', 'logs', 'logged', 'log'],
  retention: ['retention', 'retained', 'retain', 'kept for', 'stored for'],
  deletion: ['deletion', 'delete', 'deleted', 'purge', 'purged', 'destroy', 'destroyed', 'destruction', 'erase', 'erasure', 'disposal', 'dispose', 'sanitization', 'sanitize', 'wiped', 'wipe'],
  backup: ['backup', 'backups', 'back up', 'backed up', 'snapshots', 'snapshot', 'replication'],
  residency: ['data residency', 'data location', 'data localization', 'data sovereignty', 'located', 'location', 'locations', 'region', 'regions', 'country', 'countries', 'geographic', 'geographically', 'jurisdiction', 'jurisdictions'],
  offshore: ['outside the united states', 'outside the us', 'outside of the us', 'outside of the united states', 'outside the usa', 'offshore', 'off shore', 'overseas'],
  password: ['password', 'passwords', 'passphrase', 'passphrases', 'credential', 'credentials'],
  incident: ['incident', 'incidents', 'security incident', 'security incidents', 'breach', 'breaches', 'data breach'],
  change: ['change management', 'change control', 'change review', 'change advisory board', 'cab', 'changes to production', 'production changes'],
  riskassessment: ['risk assessment', 'risk assessments', 'risk analysis', 'risk register', 'risk management'],
  policy: ['policy', 'policies', 'standards', 'procedures'],
  patch: ['patch', 'patches', 'patching', 'security updates', 'updates'],
  hardening: ['hardening', 'hardened', 'build standards', 'configuration baselines', 'cis benchmarks', 'cis benchmark', 'secure configuration', 'golden images'],
  physical: ['physical security', 'physical access', 'badge', 'badges', 'swipe card', 'cctv', 'entry logs', 'visitor', 'visitors'],
  datacenter: ['data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'colocation', 'hosting provider', 'cloud provider', 'cloud hosting', 'aws', 'amazon web services', 'gcp', 'google cloud', 'azure', 'iaas', 'hosted'],
  session: ['session timeout', 'session timeouts', 'idle timeout', 'inactivity', 'inactive', 'idle', 'time out', 'timeout', 'timeouts', 'session', 'sessions'],
  cookie: ['cookies', 'cookie'],
  staff: ['employees', 'employee', 'staff', 'staff members', 'personnel', 'workforce', 'workers', 'team members', 'new hires', 'hires'],
  revoke: ['revoke', 'revoked', 'revocation', 'removed', 'remove', 'removal', 'disabled', 'disable'],
  separate: ['separated', 'separate', 'separation', 'isolated', 'isolation', 'isolate', 'segregated', 'segregation', 'segregate'],
  notify: ['notify', 'notified', 'notification', 'notifications', 'inform', 'informed', 'tell', 'communicate'],
  outage: ['outage', 'outages', 'downtime', 'service disruption', 'service disruptions'],
  timesync: ['ntp', 'time source', 'time sources', 'clock synchronization', 'clocks', 'time synchronization', 'time sync'],
  ha: ['high availability', 'highly available', 'redundant', 'redundancy', 'availability zones', 'availability zone', 'single points of failure', 'single point of failure', 'multi az'],
  tamper: ['tamper', 'tampering', 'tampered', 'tamper proof', 'alteration', 'altered', 'modification', 'modified', 'immutable', 'write once', 'worm'],
  frequency: ['how often', 'how frequently', 'frequency', 'periodic', 'periodically', 'regularly', 'on a regular basis', 'at regular intervals'],
  api: ['api', 'apis', 'rest api', 'api keys', 'api key', 'api tokens', 'webhooks'],
  ownership: ['own the data', 'owns the data', 'data ownership', 'ownership of data', 'ownership of customer data', 'intellectual property'],
  export: ['export', 'exported', 'portability', 'data portability', 'extract', 'download their data', 'return of data', 'returned'],
  privacypolicy: ['privacy policy', 'privacy notice', 'privacy statement'],
  privacyrights: ['data subject', 'data subject requests', 'dsar', 'dsars', 'right to be forgotten', 'data subject access', 'subject access requests', 'individual rights'],
  crossborder: ['standard contractual clauses', 'scc', 'sccs', 'data privacy framework', 'cross border', 'international transfers', 'transfer mechanism'],
  monitoring: ['monitoring', 'monitored', 'alerting', 'alerts', 'alert', '24x7', '24 7', 'soc team', 'security operations center', 'security operations centre'],
  admin: ['privileged access', 'privileged accounts', 'administrative access', 'admin access', 'administrator', 'administrators', 'admin accounts', 'root', 'superuser', 'break glass'],
  accessreview: ['access review', 'access reviews', 'user access review', 'user access reviews', 'access recertification', 'recertification', 'entitlement review', 'entitlement reviews', 'review access'],
  codereview: ['code review', 'code reviews', 'peer review', 'peer reviewed', 'pull request', 'pull requests', 'four eyes', 'two person'],
  envseparation: ['separate environments', 'non production', 'test environments', 'development environments', 'staging', 'production data in test', 'production data in non production', 'test data'],
  email: ['email security', 'spf', 'dkim', 'dmarc', 'email filtering', 'phishing protection', 'email'],
  wifi: ['wifi', 'wi fi', 'wireless', 'wpa2', 'wpa3'],
  mobile: ['mobile devices', 'mobile phones', 'phones', 'tablets', 'smartphones'],
  removable: ['removable media', 'usb', 'thumb drives', 'external hard drives', 'external drives', 'portable media', 'mobile media'],
  fde: ['full disk encryption', 'disk encryption', 'hard disks', 'hard drives', 'filevault', 'bitlocker', 'encrypt the hard disks', 'laptop encryption'],
  headcount: ['headcount', 'how many employees', 'number of employees', 'employees does', 'staff size', 'company size', 'fte', 'full time equivalents'],
  contact: ['security contact', 'point of contact', 'contact details', 'email address', 'email addresses', 'contacted'],
  oss: ['open source', 'open source software'],
  support: ['support hours', 'customer support', 'support team', 'helpdesk', 'help desk', 'technical support'],
  sharedresp: ['shared responsibility', 'shared responsibility model', 'responsibility matrix'],
  legal: ['subpoena', 'subpoenas', 'law enforcement', 'government requests', 'legal requests', 'warrant', 'warrants'],
  litigation: ['litigation', 'lawsuits', 'lawsuit', 'legal proceedings', 'regulatory actions', 'enforcement actions'],
  financial: ['financial statements', 'audited financials', 'financial stability', 'financial health'],
  encrypt: ['encrypt', 'encrypted', 'encryption', 'encrypting', 'cryptography', 'cryptographic', 'ciphers', 'cipher'],
};

const STOP_WORDS = new Set(
  (
    'a an the and or nor but of to in on at by for with from into onto over under as is are was were be been being am do does did done doing have has had having ' +
    'can could will would shall should may might must it its this that these those there here their them they we our ours us you your yours i me my ' +
    'what which who whom whose when where why how if then than so such any all each every some no not only also very just about above below up down out off ' +
    'please describe explain provide list detail details specify indicate state confirm identify outline summarize share give attach include includes including ' +
    'company organization organisation organizations vendor vendors supplier firm business entity service services solution product products platform application applications system systems ' +
    'yes n/a na e g eg i e ie etc other others example examples following follow ensure ensured ensures applicable currently current exist exists existing ' +
    'process processes procedure program programme place maintain maintained maintains implement implemented implements use used uses using perform performed performs conduct conducted conducts ' +
    'documented formal formally defined established appropriate adequate relevant related regarding respect support supports supported offer offers offered within one able ' +
    'information data customer customers client clients ' +
    'required require requires mandatory undergo'
  ).split(/\s+/),
);

// "information", "data" and "customer" are stop words for scoring (nearly every question has them)
// but matter inside synonym phrases ("personal data", "data center"), which are rewritten first.

/** Lower case; accents, apostrophes and punctuation folded; one space between words. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface PhraseRule {
  readonly words: readonly string[];
  readonly concept: string;
}

/** Phrase rules keyed by their first word, longest first, so the longest phrase wins. */
const PHRASES: ReadonlyMap<string, readonly PhraseRule[]> = (() => {
  const byFirst = new Map<string, PhraseRule[]>();
  for (const [concept, phrases] of Object.entries(SYNONYMS)) {
    for (const phrase of phrases) {
      const words = normalizeText(phrase).split(' ');
      const first = words[0];
      if (first === undefined || first === '') {
        continue;
      }
      const list = byFirst.get(first) ?? [];
      list.push({ words, concept });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return byFirst;
})();

export const CONCEPTS: ReadonlySet<string> = new Set(Object.keys(SYNONYMS));

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 50_000) {
      stemCache.set(word, stemmed);
    }
  }
  return stemmed;
}

/** The analyzed tokens of a text, in order (repeats kept). */
export function analyze(text: string): string[] {
  return analyzeWithWords(text).tokens;
}

/** The tokens and, for each, the words of the text it came from ("multi-factor authentication" for `mfa`). */
export function analyzeWithWords(text: string): { tokens: string[]; words: string[] } {
  return analyzeNormalized(normalizeText(text));
}

/** analyzeWithWords for a text already through normalizeText. */
export function analyzeNormalized(normalized: string): { tokens: string[]; words: string[] } {
  const words = normalized.split(' ');
  const tokens: string[] = [];
  const surfaces: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    if (word === '') {
      i++;
      continue;
    }
    const rules = PHRASES.get(word);
    let matched: PhraseRule | undefined;
    if (rules !== undefined) {
      for (const rule of rules) {
        let ok = true;
        for (let k = 1; k < rule.words.length; k++) {
          if (words[i + k] !== rule.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = rule;
          break;
        }
      }
    }
    if (matched !== undefined) {
      tokens.push(matched.concept);
      surfaces.push(words.slice(i, i + matched.words.length).join(' '));
      i += matched.words.length;
      continue;
    }
    i++;
    if (STOP_WORDS.has(word) || word.length < 2) {
      continue;
    }
    tokens.push(stem(word));
    surfaces.push(word);
  }
  return { tokens, words: surfaces };
}

/** The distinct analyzed tokens of a text. */
export function analyzeSet(text: string): Set<string> {
  return new Set(analyze(text));
}

/**
 * A question normalized for the exact tier: its stemmed words without function words, in order, with
 * no synonym rewriting ("Do you encrypt data at rest?" and "do you encrypt data at-rest" are one
 * key; "Is SSO supported?" and "Is SAML supported?" are not: that is for the scored tiers).
 */
const EXACT_STOP_WORDS = new Set('a an the and or of to in on at by for with from is are was were be been do does did have has had can could will would shall should may might must it its this that these those there their them they we our us you your i me my please'.split(' '));

export function exactKey(text: string): string {
  return exactKeyNormalized(normalizeText(text));
}

/** exactKey for a text already through normalizeText. */
export function exactKeyNormalized(normalized: string): string {
  const words: string[] = [];
  for (const word of normalized.split(' ')) {
    if (word !== '' && !EXACT_STOP_WORDS.has(word)) {
      words.push(stem(word));
    }
  }
  return words.join(' ');
}
