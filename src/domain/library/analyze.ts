/**
 * The library's analyzer: the same words for a customer's question and an entry's question.
 *
 * 1. Lower case, accents and punctuation folded; "multi-factor" and "multi factor" become one; a
 *    leading question id ("IAM-07:") and an email's frame ("Hi team, …", "Thanks, Jana") dropped;
 *    British spellings read as American ("organisation").
 * 2. Every word is stemmed with the Porter stemmer (the `stemmer` package), so "encrypted",
 *    "encryption" and "encrypts" meet ("-ify" and "-ification" too).
 * 3. The field's synonyms and acronyms (SYNONYMS) are rewritten to one concept token, matched on
 *    stems, so "2FA", "MFA" and "multi-factor authentication" all read `mfa`, and "segregated",
 *    "segregation" and "separates" all read `separate`. Longest phrases win; a phrase written
 *    "=word" matches only that word (where the stem is wider: "information" stems like "inform").
 * 4. Stop words are dropped: function words and the questionnaire's own boilerplate ("do you",
 *    "please describe", "your organization"), which say nothing about the subject. Light words
 *    (LIGHT) are kept but weigh little in a match.
 *
 * Pure and deterministic: no locale, no randomness; the same text always gives the same tokens.
 */
import { stemmer } from 'stemmer';
import { withoutFollowUps } from '../reading';

/** Concept token → the phrases that mean it (already lower case, words separated by one space). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // identity and access
  mfa: ['mfa', '2fa', 'two factor', 'two factor authentication', 'multi factor', 'multi factor authentication', 'multifactor', 'multifactor authentication', '2 factor', 'two step verification', '2 step verification', 'two step', '2 step', 'second factor', 'second authentication factor', 'multiple factors', 'step up authentication', 'strong authentication'],
  // The kinds of second factor: MFA, and which kind. An entry on authenticator apps does not say whether security keys work.
  'mfa+securitykey': ['hardware token', 'hardware tokens', 'hardware key', 'hardware keys', 'security key', 'security keys', 'fido', 'fido2', 'webauthn', 'yubikey', 'yubikeys', 'phishing resistant'],
  // A passkey replaces the password: passwordless sign-in, not a second factor.
  passkey: ['passkey', 'passkeys', 'passwordless', 'password less'],
  'mfa+otpcode': ['one time password', 'one time passwords', 'one time passcode', 'one time passcodes', 'one time code', 'one time codes', 'otp', 'totp', 'authenticator app', 'authenticator apps'],
  // Push approval is a kind of second factor too ("push-based MFA", "Duo Push"); a lone "push", or an app's push notifications, is not.
  'mfa+pushmfa': ['push based mfa', 'push based authentication', 'push based 2fa', 'push based multi factor', 'push mfa', 'push authentication', 'push notification mfa', 'push approval', 'push approvals', 'push to approve', 'duo push', 'okta verify', 'number matching'],
  pushmfa: [],
  // How soon something is done: an SLA beside a subject with a deadline (withDeadlineSla). An entry that states one ("within 7 days") or names its timelines has it (match.ts).
  deadline: [],
  securitykey: [],
  otpcode: [],
  // "…instead of a separate password" asks to sign in with the customer's own identity provider ("a separate password for each system" does not).
  sso: ['sso', 'single sign on', 'single signon', 'saml', 'saml 2 0', 'saml2', 'federated login', 'federated logins', 'federated sign in', 'federated authentication', 'federated single sign on', 'identity federation', 'federated identity', 'federation', 'okta', 'azure ad', 'azure active directory', 'entra id', 'microsoft entra', 'adfs', 'shibboleth', 'incommon', 'ping identity', 'identity provider', 'identity providers', 'idp', 'idps', 'entra id tenant', 'entra tenant', 'microsoft entra tenant', 'azure ad tenant', 'azure active directory tenant', 'okta tenant', 'idp tenant', 'identity provider tenant', 'enterprise login', 'corporate credentials', 'instead of a separate password', 'instead of a separate login', 'without a separate password', 'without a separate login', 'without another password', 'yet another password'],
  // OpenID Connect is single sign-on of its own kind: an entry on SAML SSO does not say whether OIDC works, and an entry's No to OIDC is not a No to SSO.
  'sso+oidc': ['oidc', 'openid connect', 'openid', 'open id connect'],
  directory: ['ldap', 'active directory', 'directory service', 'directory services', 'user directory', 'directory'],
  provisioning: ['scim', 'user provisioning', 'automated provisioning', 'automatic provisioning', 'provisioned automatically', 'provision users', 'provisioning', 'provisioned', 'jit provisioning', 'just in time provisioning', 'user lifecycle management'],
  rbac: ['rbac', 'role based', 'role based access', 'role based access control', 'roles and permissions', 'user roles', 'roles', 'role', 'permissions', 'permission', 'access levels', 'granular access', 'abac'],
  // Custom roles are roles, and more: an entry whose Yes is to roles, custom ones on one plan only, does not say Yes to them.
  'rbac+custom': ['custom roles', 'custom role', 'custom permissions', 'custom permission sets'],
  leastprivilege: ['least privilege', 'principle of least privilege', 'need to know', 'minimum necessary', 'minimum access', 'minimum privileges', 'minimal access', 'only the access', '=privileges', '=privilege'],
  admin: ['privileged access', 'privileged accounts', 'privileged account', 'privileged users', 'privileged user', 'administrative access', 'administrative rights', 'administrative privileges', 'admin access', 'admin rights', 'admin privileges', 'administrator rights', 'administrator privileges', 'elevated access', 'elevated privileges', 'elevated rights', 'privileged', 'administrator', 'administrators', 'administrative', 'admin accounts', 'root', 'superuser', 'sudo', 'break glass'],
  'localadmin+endpoint': ['local admin', 'local administrator', 'local administrators', 'local admin rights', 'local administrator rights', 'local administrative rights', 'local administrator privileges', 'local admin privileges', 'local administrative privileges', 'local administrator privilege', 'local admin privilege'],
  accessreview: ['access review', 'access reviews', 'user access review', 'user access reviews', 'access recertification', 'recertification', 'recertify', 'recertified', 'recertifying', 'revalidate', 'revalidated', 'revalidation', 'access certification', 'entitlement review', 'entitlement reviews', 'review access', 'review of access', 'access rights reviewed', 'review user access', 'access rights are reviewed', 'privileges reviewed', 'privileges are reviewed', 'permissions reviewed', 'permissions are reviewed'],
  offboarding: ['offboarding', 'off boarding', 'termination of employment', 'employee termination', 'employee terminations', 'terminated employee', 'terminated employees', 'terminated users', 'leavers', 'leaver', 'departing employees', 'employee departure', 'employee departures', 'employee separation', 'leaves the company', 'leave the company', 'leaving the company', 'leaves the organization', 'revoked when', 'deprovisioning', 'deprovision', 'deprovisioned', 'de provisioning', 'de provision', 'de provisioned', 'access removal', 'role change', 'role changes', 'job change', 'job changes', 'changes role', 'changes roles'],
  login: ['log in', 'logs in', 'logged in', 'logging in', 'log on', 'logon', 'logons', 'login', 'logins', 'sign in', 'signs in', 'signed in', 'signing in', 'sign ins', 'signin', '=sign on'],
  password: ['password', 'passwords', 'passphrase', 'passphrases', 'credential', 'credentials', 'passcode', 'passcodes'],
  hash: ['hashed', 'hashing', 'hash', 'hashes', 'salted', 'salt', 'bcrypt', 'scrypt', 'argon2', 'pbkdf2', 'one way hash', 'clear text', 'cleartext', 'plain text', 'plaintext'],
  session: ['terminate inactive sessions', 'terminates inactive sessions', 'automatic logout', 'logged out automatically', 'session timeout', 'session timeouts', 'idle timeout', 'inactivity', 'inactive', 'idle', 'time out', 'timeout', 'timeouts', 'session', 'sessions', 'logged out', 'log out automatically'],
  sharedaccount: ['shared accounts', 'shared account', 'shared user accounts', 'shared logins', 'shared credentials', 'generic accounts', 'generic account', 'group accounts', 'group logins', 'unique ids', 'unique user ids', 'unique accounts', 'unique account', 'named accounts', 'named account'],
  ipallow: ['ip allowlist', 'ip allowlisting', 'ip allow list', 'ip whitelist', 'ip whitelisting', 'allowlist', 'allowlisting', 'whitelisting', 'ip restrictions', 'ip ranges', 'ip range', 'ip address restrictions', 'by ip address', 'ip addresses', 'office ip', 'office ips', 'office ip address', 'office ip addresses', 'office ip range', 'office ip ranges'],
  // encryption
  encrypt: ['encrypt', 'encrypted', 'encryption', 'encrypting', 'cryptography', 'cryptographic', 'ciphers', 'cipher'],
  atrest: ['at rest', 'stored data encryption', 'data at rest', 'encrypted at rest', 'encrypted storage', 'storage encryption', 'disk encryption of servers', 'database encryption', 'transparent data encryption', 'tde', 'aes 256', 'aes256', 'aes 128', 'aes'],
  // Traffic between the service's own parts is asked apart from traffic over public networks.
  servicetraffic: ['service to service', 'between services', 'between internal services', 'between our services', 'between your services', 'between microservices', 'microservices', 'micro services', 'east west', 'mutual tls', 'mtls', 'internal traffic', 'internal network traffic', 'inter service'],
  intransit: ['in transit', 'in motion', 'in flight', 'on the wire', 'tls', 'ssl', '=https', 'transport layer security', 'tls 1 2', 'tls 1 3', 'over the network', 'over public networks', 'over the internet', 'data in transit', 'transport encryption', 'encrypted connections', 'ssl tls', 'transmitted', 'transmission', 'transmissions', 'transmit', 'sftp', 'ftps', 'ssh', 'mtls', 'mutual tls'],
  kms: ['kms', 'key management', 'key management service', 'hsm', 'hsms', 'hardware security module', 'hardware security modules', 'encryption keys', 'encryption key', 'cryptographic keys', 'cryptographic key', 'key rotation', 'key storage', 'key lifecycle', '=keys'],
  byok: ['byok', 'bring your own key', 'bring your own keys', 'customer managed keys', 'customer managed key', 'customer managed encryption keys', 'cmk', 'cmks', 'customer controlled keys', 'customer controlled encryption keys', 'customer held keys', 'customer supplied keys', 'hyok', 'hold your own key', 'manage their own encryption keys', 'manage their own keys', 'own encryption keys', 'their own keys', 'our own keys', 'our own encryption keys'],
  fips: ['fips', 'fips 140', 'fips 140 2', 'fips 140 3', 'fips validated', 'fips compliant'],
  fde: ['full disk encryption', 'disk encryption', 'drive encryption', 'device encryption', 'hard disk encryption', 'hard drive encryption', 'encrypted hard disks', 'encrypted hard drives', 'encrypt hard disks', 'encrypt hard drives', 'encrypt the hard drives', 'filevault', 'bitlocker', 'encrypt the hard disks', 'laptop encryption', 'workstation encryption'],
  // logging and monitoring
  logging: ['audit logs', 'audit log', 'audit logging', 'audit trail', 'audit trails', 'activity log', 'activity logs', 'event logs', 'event logging', 'access logs', 'logging', 'logs', 'logged', 'log'],
  // Security logs are logs and say "security": the vendor's own logging, where a customer's audit log may not say it.
  'logging+security': ['security logs', 'security log', 'security logging', 'security event logs', 'security event log', 'security event logging'],
  siem: ['siem', 'security information and event management', 'log aggregation', 'aggregate logs', 'log correlation', 'correlated', 'centralized logging', 'central logging', 'centrally logged', 'centrally collected', 'log collection', 'log management', 'central location', 'centralized log', 'centralized', 'centrally', 'log monitoring', 'log analytics', 'splunk', 'sumo logic'],
  monitoring: ['monitoring', 'monitored', 'monitor', 'alerting', 'alerts', 'alert', '=security events', 'soc team', 'security operations center', 'security operations', 'mdr', 'managed detection and response', 'managed detection'],
  allhours: ['24x7', '24 7', '24 x 7', '24 hours a day', 'around the clock', 'round the clock', 'all hours', '365 days'],
  tamper: ['tamper', 'tampering', 'tampered', 'tamper proof', 'tamper evident', 'alteration', 'altered', 'modification', 'modified', 'immutable', 'immutability', 'write once', 'worm'],
  ids: ['=ids', '=ips', 'intrusion detection', 'intrusion prevention', 'intrusion detection system', 'intrusion detection systems', 'intrusion prevention system', 'intrusion prevention systems', 'ids ips', 'hids', 'nids', 'guardduty', 'intrusion'],
  timesync: ['ntp', 'time source', 'time sources', 'time server', 'time servers', 'authoritative time', 'clock synchronization', 'system clocks', 'server clocks', '=clocks', 'time synchronization', 'time sync', 'synchronized clocks'],
  // network
  firewall: ['firewall', 'firewalls', 'firewall rules', 'security groups', 'security group', 'network acls', 'network acl', 'network access control lists', 'ingress', 'egress'],
  segmentation: ['network segmentation', 'network segregation', 'segregated networks', 'separate networks', 'segmentation', 'segmented', 'microsegmentation', 'network zoning', '=zoning', 'dmz', 'vlan', 'vlans', 'vpc', 'vpcs', 'subnet', 'subnets', 'network isolation'],
  ddos: ['ddos', 'denial of service', 'dos attacks', 'dos attack', 'distributed denial of service'],
  waf: ['waf', 'web application firewall', 'web application firewalls'],
  vpn: ['vpn', 'vpns', 'virtual private network', 'remote access', '=remotely', 'remote employees', 'remote workers', 'zero trust', 'ztna'],
  wifi: ['wifi', 'wi fi', 'wireless', 'wpa2', 'wpa3', 'wlan'],
  email: ['email security', 'spf', 'dkim', 'dmarc', 'email filtering', 'phishing protection', 'email spoofing', 'domain spoofing', 'spoofed email', 'spoofed emails', 'email authentication', 'email domains', 'email domain', 'email'],
  // hosting and data location
  datacenter: ['data center provider', 'data centre provider', 'datacenter provider', 'data center', 'data centers', 'datacenter', 'datacenters', 'colocation', 'hosting provider', 'hosting providers', 'hosting facility', 'hosting facilities', 'cloud provider', 'cloud providers', 'cloud service provider', 'cloud hosting', 'iaas', 'iaas provider', 'aws', 'amazon web services', 'gcp', 'google cloud', 'azure', 'oracle cloud', 'ibm cloud', 'digitalocean', '=hosted', '=hosting'],
  residency: ['data residency', 'data location', 'data locations', 'data localization', 'data sovereignty', 'located', 'location', 'locations', 'region', 'regions', 'country', 'countries', 'geographic', 'geographically', 'geography', 'geographies', 'jurisdiction', 'jurisdictions', 'physically stored', 'physical location'],
  offshore: ['outside the united states', 'outside the us', 'outside of the us', 'outside of the united states', 'outside the usa', 'outside of the usa', 'outside the country', 'leave the united states', 'leave the us', 'offshore', 'off shore', 'offshoring', 'overseas', 'abroad', 'foreign'],
  eu: ['eu', 'european union', 'europe', 'european', 'eea', 'european economic area'],
  // "our tenant", "tenant admins": the customer's own account, not multi-tenancy; "the Covered Entity's workforce": its people, not your staff.
  custaccount: ['its tenant', 'their tenant', 'our tenant', 'your tenant', 'covered entity workforce', 'customer workforce', 'customer employees', 'customer staff', 'client staff', 'client employees', 'clinic staff', 'institution workforce', 'institution employees', 'institution staff', 'tenant admin', 'tenant admins', 'tenant administrator', 'tenant administrators', 'tenant owner', 'tenant owners', 'tenant wide', 'across the tenant',
    // A tenant as the customer's account ("SAML for tenant users", "a US tenant"), not tenants kept apart (`tenancy`).
    'tenant user', 'tenant users', 'tenant setting', 'tenant settings', 'tenant sign in', 'tenant login', 'tenant logins', 'tenant access', 'us tenant', 'eu tenant', 'uk tenant'],
  tenancy: ['multi tenant', 'multitenant', 'multi tenancy', 'tenant isolation', 'tenant', 'tenants', 'logical separation', 'logically separated', 'logically separate', 'segregation of customer data', 'commingled', 'co mingled', 'isolation between customers', 'other customers', 'other tenants', 'other clients', 'another customer', 'another tenant', 'cross tenant'],
  envseparation: ['separate environments', 'non production', 'nonproduction', 'test environments', 'test environment', 'development environments', 'development environment', 'dev environment', 'qa environment', 'lower environments', '=staging', 'test data', 'development test and production'],
  proddata: ['production data', 'production customer data', 'live data', 'live customer data', 'real customer data', 'real data', 'production datasets'],
  ha: ['high availability', 'highly available', 'redundant', 'redundancy', 'availability zones', 'availability zone', 'multiple availability zones', 'single points of failure', 'single point of failure', 'multi az', 'fault tolerant', 'fault tolerance'],
  // continuity
  // A copy kept at another site ("off-site", "a secondary site")…
  offsite: ['offsite', 'off site', 'second site', 'secondary site', 'alternate site'],
  // …or in another region, which also says where it is ("a second region", "geographically separate", "geo-redundant").
  'offsite+residency': ['second region', 'secondary region', 'separate region', 'geographically separate', 'geographically separated', 'geographically dispersed', 'geographically diverse', 'geo redundant', 'geo redundancy', 'geo replicated', 'geo replication'],
  backup: ['backup media', 'backup', 'backups', 'back up', 'backed up', 'backing up', 'snapshots', 'snapshot', 'replication', 'replicated', 'point in time recovery'],
  restoretest: ['restore test', 'restore tests', 'restoration test', 'restoration tests', 'test restores', 'test restoring', 'restores tested', 'restore testing', 'recovery testing', 'test restoration'],
  bcp: ['bcp', 'business continuity', 'business continuity plan', 'business continuity planning', 'business continuity management', 'bcm', 'continuity of operations', 'resilience plan', 'contingency plan', 'continuity plan', '=continuity'],
  dr: ['disaster recovery', 'disaster recovery plan', 'drp', 'dr plan', 'dr', 'bc dr', 'bcdr', 'failover', 'fail over'],
  rpo: ['rpo', 'recovery point objective', 'recovery point', 'maximum data loss'],
  rto: ['rto', 'recovery time objective', 'recovery time', 'time to restore', 'maximum tolerable downtime'],
  sla: ['sla', 'slas', 'service level agreement', 'service level agreements', 'uptime', 'uptime commitment', 'uptime guarantee', 'availability commitment', 'availability sla', 'availability percentage', 'service level', 'service credits'],
  statuspage: ['status page', 'status pages', 'status site', 'system status'],
  outage: ['outage', 'outages', 'downtime', 'service disruption', 'service disruptions', 'service interruption', 'service interruptions'],
  // incidents
  incident: ['incident', 'incidents', 'security incident', 'security incidents', 'breach', 'breaches', 'breached', 'data breach', 'compromised', 'cyber attack', 'cyberattack'],
  irplan: ['incident response plan', 'incident response', 'incident management', 'incident handling', 'irp', 'csirt', 'tabletop', 'ir plan', 'ir plans', 'ir process', 'ir procedure', 'ir procedures', 'ir team'],
  // A retainer is a standing contract ("an IR retainer"), not retention, though both stem to "retain".
  retainer: ['=retainer', '=retainers', 'on retainer'],
  forensics: ['forensic', 'forensics', 'forensic investigation', 'forensic investigations', 'forensic analysis', 'digital forensics', 'incident investigation', 'incident investigations', 'preserve evidence', 'evidence preservation', 'chain of custody'],
  notify: ['notify', 'notified', 'notifying', 'notification', 'notifications', '=inform', '=informed', '=tell', '=communicate', 'advise customers', 'advance notice', 'prior notice', 'how much notice', 'notice period', 'notice periods', 'days notice', 'days of notice', 'weeks notice', 'months notice', 'give notice', 'written notice'],
  // data lifecycle
  retention: ['retention', '=retained', '=retain', '=retains', '=retaining', 'kept for', 'stored for', '=kept'],
  deletion: ['deletion', 'delete', 'deleted', 'deleting', 'purge', 'purged', 'purging', 'destroy', 'destroyed', 'destruction', 'erase', 'erasure', 'disposal', 'dispose', 'sanitization', 'sanitize', 'wiped', 'wipe', 'shred', 'shredded', 'shredding', 'degauss', 'degaussing', 'crypto shredding', 'cryptographic erasure', 'decommissioned', 'decommissioning'],
  contractend: ['contract termination', 'contract is terminated', 'contract terminates', 'contract expires', 'contract is terminated or expires', 'terminate the contract', 'terminates the contract', 'end of the contract', 'end of contract', 'contract ends', 'contract end', 'termination of the contract', 'termination of the agreement', 'end of the agreement', 'agreement ends', 'contract expiration', 'contract expires', 'end of the engagement', 'end of service', 'end of the relationship'],
  export: ['export', 'exported', '=portability', 'data portability', 'extract', 'download their data', 'download our data', 'retrieve our data', 'retrieve their data', 'return of data', '=returned'],
  ownership: ['own the data', 'owns the data', 'data ownership', 'ownership of data', 'ownership of customer data', 'ownership', 'intellectual property'],
  classification: ['classification', 'classify', 'classified', 'classifying', 'labeling', 'data labels', 'sensitivity labels', 'sensitivity levels', 'data sensitivity'],
  // "Data leaving the company" is exfiltration; a person leaving it is `offboarding`.
  dlp: ['dlp', 'data loss prevention', 'data leakage prevention', 'data leak prevention', 'data leakage', 'data leaks', 'leakage', 'exfiltration', 'exfiltrate', 'data leaving the company', 'data leaving the organization', 'data leaving the organisation', 'data leaving the firm', 'data leaving the business'],
  // Giving data to someone ("share our data with insurers", "share personal data") is a subject; "share" with no data or no one to share with is a request ("Please share your SOC 2 report", "share the data flow diagram").
  datashare: ['share data with', 'share our data', 'share customer data', 'share your data with', 'share their data with', 'share the data with', 'share any data', 'share information with', 'share customer information', 'share with third parties', 'share with any third party', 'shared with third parties', 'shared with any third party', 'data shared with', 'data sharing', 'sharing of data', 'sharing of customer data'],
  'datashare+pii': ['share personal data', 'share personal information', 'sharing of personal data', 'share pii'],
  sell: ['sell', 'sold', 'selling', 'sale of', 'rent', 'rented', 'monetize'],
  // privacy
  pii: ['pii', 'personal data', 'personally identifiable information', 'personal information'],
  // Categories of data a privacy form asks about by name: an entry on personal data that never names them does not say.
  children: ['children', 'childrens', 'minors', 'kids', 'coppa', 'under 13', 'under the age of 13', 'under 16', 'under the age of 16'],
  biometric: ['biometric', 'biometrics', 'biometric data', 'fingerprint', 'fingerprints', 'face id', 'touch id', 'facial recognition'],
  phi: ['phi', 'protected health information', 'ephi', 'health information', 'patient data'],
  gdpr: ['gdpr', 'general data protection regulation', 'uk gdpr'],
  dpa: ['dpa', 'dpas', 'data processing agreement', 'data processing agreements', 'data processing addendum', 'data protection agreement'],
  dpo: ['dpo', 'data protection officer'],
  hipaa: ['hipaa', 'baa', 'baas', 'business associate agreement', 'business associate agreements', 'business associate'],
  ferpa: ['ferpa', 'student records', 'education records', 'student data', 'school official'],
  ccpa: ['ccpa', 'cpra', 'california consumer privacy act'],
  privacypolicy: ['privacy policy', 'privacy notice', 'privacy statement'],
  privacyrights: ['data subject', 'data subjects', 'data subject requests', 'data subject rights', 'dsar', 'dsars', 'dsr', 'dsrs', 'right to be forgotten', 'right to erasure', 'right of access', 'data subject access', 'subject access requests', 'individual rights', 'privacy requests', 'consumer requests', 'rights requests'],
  crossborder: ['standard contractual clauses', 'scc', 'sccs', 'data privacy framework', 'privacy shield', 'binding corporate rules', 'cross border', 'international transfers', 'international data transfers', 'data transfers', 'transfer mechanism', 'transfer mechanisms', 'transferred outside', 'transfers outside', 'transfer outside', 'transferred out of', 'transferred abroad', 'adequacy decision'],
  cookie: ['cookies', 'cookie', 'trackers', 'tracking pixels', 'tracking technologies'],
  // people
  staff: ['employees', 'employee', 'staff', 'staff members', 'personnel', 'workforce', 'workers', 'worker', 'team members', 'new hires', 'hires', 'new employees'],
  contractor: ['contractors', 'contractor', 'temporary staff', 'temporary workers', 'temps', '=interns', 'consultants', 'third party personnel'],
  backgroundcheck: ['background check', 'background checks', 'background screening', 'background screenings', 'background verification', 'background verifications', 'background investigation', 'pre employment screening', 'pre employment', 'pre hire', 'criminal background', 'criminal record', '=screened', '=screening', 'vetting', 'vetted', 'reference checks', 'employment verification'],
  // Training a model is not training staff: "Is our data used to train models?" is about AI, "Security awareness training" about people.
  'ai+modeltraining': ['train model', 'train models', 'train the model', 'train the models', 'train our model', 'train our models', 'train your model', 'train your models', 'train its model', 'train its models', 'train our own model', 'train our own models', 'train your own model', 'train your own models', 'train its own model', 'train its own models', 'train their own model', 'train their own models', 'train their model', 'train their models', 'train any model', 'train any models', 'train ai model', 'train ai models', 'train the ai model', 'train the ai models', 'train machine learning model', 'train machine learning models', 'train ml model', 'train ml models', 'train language model', 'train language models', 'train large language model', 'train large language models', 'train ai', 'train or fine tune', 'train or improve', 'train and improve', 'used to train', 'use to train', 'using it to train', 'model training', 'models training', 'ai training', 'training of models', 'training of ai', 'training data', 'training dataset', 'training datasets', 'fine tune', 'fine tuning', 'fine tuned', 'fine tunes', 'finetune', 'finetuning'],
  training: ['security awareness', 'awareness training', 'security training', 'phishing simulation', 'phishing simulations', 'phishing tests', 'phishing exercises', 'phishing campaigns', 'awareness program', 'training', 'trained'],
  'training+privacy': ['privacy training', 'privacy awareness', 'data protection training'],
  nda: ['nda', 'ndas', 'non disclosure agreement', 'non disclosure agreements', 'non disclosure', 'nondisclosure', 'confidentiality agreement', 'confidentiality agreements'],
  // Staff who "breach security policies" are disciplined: not a data breach (`incident`). "Breaches of policy" may be either.
  discipline: ['disciplinary', 'disciplinary process', 'disciplinary action', 'disciplinary actions', 'sanctions process', 'sanctions policy', 'formal sanctions', 'sanctions for', '=sanctioned', 'breach security policies', 'breach security policy', 'breach policies', 'breach our policies', 'breaching security policies', 'breach the security policy'],
  secteam: ['security team', 'information security team', 'security function', 'security department', 'security organization', 'responsible for security', 'responsible for information security', 'accountable for security', 'accountable for information security'],
  ciso: ['ciso', 'chief information security officer', 'head of security', 'security officer', 'information security officer', 'chief security officer', 'cso'],
  headcount: ['headcount', 'how many employees', 'number of employees', 'total number of employees', 'how many people', 'number of staff', 'full time staff', 'employees does', 'staff size', 'company size', 'fte', 'ftes', 'full time equivalents'],
  // vendors
  subprocessor: ['subprocessor', 'subprocessors', 'sub processor', 'sub processors', 'fourth parties', 'fourth party', 'subcontractors', 'subcontractor'],
  vendorrisk: ['vendor risk', 'vendor management', 'third party risk', 'third party risk management', 'tprm', 'supplier risk', 'supplier management', 'vendor assessments', 'vendor reviews', 'vendor security', 'supplier security', 'supply chain', 'service providers', 'service provider', 'subservice organizations', 'subservice organization', 'subservice providers', '=suppliers', '=vendors', 'third parties', 'third party'],
  // application security
  sdlc: ['sdlc', 'ssdlc', 'secure sdlc', 'software development life cycle', 'software development lifecycle', 'secure development lifecycle', 'secure development life cycle', 'secure software development life cycle', 'secure software development lifecycle', 'development lifecycle', 'development life cycle', 'secure software development', 'secure development', 'secure coding', 'secure design', 'security by design', 'devsecops', 'ssdf', 'development process', 'software development process'],
  codereview: ['code review', 'code reviews', 'code reviewed', 'peer review', 'peer reviewed', 'peer code review', 'pull request', 'pull requests', 'merge request', 'merge requests', 'four eyes', 'two person', 'second developer', 'another developer', 'another engineer', 'second engineer', 'code change review', 'code changes are reviewed', 'code change is reviewed'],
  sast: ['sast', 'static analysis', 'static code analysis', 'source code analysis', 'code analysis', 'code scanning', 'source code scanning', 'codeql', 'sonarqube', 'static application security testing'],
  // Testing the running application is another control than reading its code.
  dast: ['dast', 'iast', 'dynamic analysis', 'dynamic application security testing', 'dynamic scanning', 'dynamic testing', 'interactive application security testing', 'web application scanning', 'web application scanner', 'burp suite', 'owasp zap'],
  sca: ['sca', 'software composition analysis', 'dependency scanning', '=dependencies', 'open source dependencies', 'third party libraries', 'open source libraries', 'open source components', 'third party open source libraries', 'third party open source components', 'third party components', 'third party packages', 'third party dependencies', 'third party code', 'dependabot', 'snyk'],
  sbom: ['sbom', 'sboms', 'software bill of materials'],
  oss: ['open source', 'open source software', 'oss'],
  // A third-party or external pen test is one by an independent tester, not a vendor to be assessed.
  'pentest+independent': ['third party penetration test', 'third party penetration tests', 'third party penetration testing', 'third party pen test', 'third party pen tests', 'third party pen testing', 'third party pentest', 'third party pentests', 'external penetration test', 'external penetration tests', 'external penetration testing', 'external pen test', 'external pen tests', 'external pentest'],
  independent: ['independent', 'independently', 'independent third party', 'independent third parties', 'external firm', 'external firms', 'external tester', 'external testers', 'outside firm', 'third party firm', 'third party tester', 'third party testers', 'external auditor', 'external auditors', 'independent auditor', 'independent auditors'],
  pentest: ['pen test', 'pen tests', 'pen tested', 'pentest', 'pentests', 'pen testing', 'pentesting', 'penetration test', 'penetration tests', 'penetration tested', 'penetration testing', 'penetration testers', 'ethical hacking'],
  vulnscan: ['vulnerability scanning', 'vulnerability scans', 'vulnerability scan', 'vulnerability scanner', 'vulnerability scanners', 'vulnerability assessment', 'vulnerability assessments', 'vuln scanning', 'scanned for vulnerabilities', 'host level vulnerabilities', 'nessus', 'qualys'],
  remediation: ['remediate', 'remediated', 'remediating', 'remediation', 'time to fix', 'fixed within', 'patched within'],
  vdp: ['vdp', 'vulnerability disclosure', 'vulnerability disclosure program', 'vulnerability disclosure policy', 'responsible disclosure', 'coordinated disclosure', 'security txt', 'report security vulnerabilities', 'report security issues', 'external researchers', 'security researchers'],
  // A bug bounty pays researchers. It is asked apart from a disclosure programme: a No to a bounty is not a No to disclosure.
  bugbounty: ['bug bounty', 'bug bounties', 'bounty program', 'bounty programme', 'bounty programs', 'bounty programmes', 'vulnerability reward program', 'vulnerability reward programme'],
  owasp: ['owasp', 'owasp top 10', 'owasp top ten', 'owasp asvs'],
  xss: ['xss', 'cross site scripting'],
  csrf: ['csrf', 'xsrf', 'cross site request forgery', 'anti csrf'],
  sqli: ['sqli', 'sql injection', 'injection attacks', 'prepared statements', 'parameterized queries', 'parameterised queries'],
  csp: ['content security policy', 'security headers', 'hsts', 'http strict transport security', 'strict transport security', 'http security headers', 'x frame options', 'frame ancestors', 'csp'],
  secrets: ['secrets', 'secret', 'secrets manager', 'secrets management', 'vault', 'hashicorp vault', 'secret scanning', 'hardcoded credentials', 'hard coded credentials', 'hardcoded secrets'],
  upload: ['file upload', 'file uploads', 'uploaded files', 'files uploaded', 'uploads', 'upload', 'uploaded'],
  ratelimit: ['rate limiting', 'rate limit', 'rate limits', 'rate limited', 'throttle', 'throttled', 'throttling'],
  webhook: ['webhook', 'webhooks', 'webhook payloads', 'callbacks'],
  // A server's or an API's endpoint is not a laptop (the `endpoint` concept).
  internetfacing: ['public endpoints', 'public endpoint', 'external endpoints', 'external endpoint', 'https endpoints', 'service endpoints', 'internet facing', 'externally facing', 'external facing', 'public facing', 'internet exposed', 'exposed to the internet'],
  api: ['api endpoints', 'api endpoint', 'api', 'apis', 'rest api', 'api keys', 'api key', 'api tokens', 'api token', 'api access', 'api clients', 'api calls', 'api requests', 'api credentials', 'api credential'],
  // change management
  change: ['change management', 'change control', 'change review', 'changes to production', 'production changes', 'change process', 'change requests', 'change request', 'change approval', 'release management'],
  emergencychange: ['emergency change', 'emergency changes', 'emergency fixes', 'hotfix', 'hotfixes', 'urgent changes', 'urgent fixes'],
  sod: ['separation of duties', 'segregation of duties', 'separation of duty', 'segregation of duty', 'dual control'],
  // endpoints
  endpoint: ['laptop', 'laptops', 'workstation', 'workstations', 'desktops', 'desktop', '=computers', 'endpoints', 'company devices', 'company issued devices', 'end user devices', 'corporate devices', 'client systems', 'client machines', 'client devices'],
  edr: ['edr', 'endpoint detection and response', 'endpoint detection', 'endpoint protection', 'endpoint security', 'antivirus', 'anti virus', 'anti malware', 'antimalware', 'malware protection', 'malware', 'xdr', 'virus', 'viruses', 'crowdstrike', 'sentinelone'],
  mdm: ['mdm', 'mobile device management', 'endpoint management', 'device management', 'centrally managed', 'jamf', 'intune'],
  byod: ['byod', 'bring your own device', 'personal devices', 'personal device', 'personally owned devices', 'personal laptops', 'personal computers', 'personal phones', 'devices not owned'],
  mobile: ['mobile devices', 'mobile device', 'mobile phones', 'phones', 'tablets', 'smartphones', 'smartphone', 'cell phones'],
  removable: ['removable media', 'removable', 'usb', 'usb drives', 'usb storage', 'thumb drives', 'flash drives', 'memory sticks', 'external hard drives', 'external drives', 'portable media', 'mobile media'],
  patch: ['patch', 'patches', 'patching', 'patched', 'patch management', 'security updates', '=updates'],
  hardening: ['hardening', 'hardened', 'harden', 'build standards', 'configuration baselines', 'configuration baseline', 'baseline configurations', 'configuration standards', 'security baselines', 'cis benchmarks', 'cis benchmark', '=cis', 'secure configuration', 'secure configurations', 'golden images'],
  // governance
  policy: ['policy', 'policies', '=standards', '=procedures'],
  // A transfer impact assessment is about transfers and a document of its own: an entry on the transfer mechanism does not say one was done.
  'crossborder+tia': ['transfer impact assessment', 'transfer impact assessments', 'transfer risk assessment', 'transfer risk assessments', '=tia', '=tias'],
  tia: [],
  // A DPIA is its own assessment: of one processing of personal data, not of the security program.
  dpia: ['dpia', 'dpias', 'data protection impact assessment', 'data protection impact assessments', 'privacy impact assessment', 'privacy impact assessments', '=pia', '=pias'],
  // The board of directors is its own actor: "Are policies reviewed by the board?" is not answered by an entry that never names it.
  board: ['board of directors', 'board', 'boards', 'board level', 'audit committee', 'risk committee'],
  threatmodel: ['threat model', 'threat models', 'threat modeling', 'threat modelling', 'threat modeled', 'threat modelled'],
  assetinventory: ['asset inventory', 'asset inventories', 'inventory of assets', 'inventory of all assets', 'asset register', 'asset registers', 'asset management', 'cmdb', 'configuration management database', 'hardware inventory', 'software inventory', 'inventory of hardware', 'inventory of software', 'inventory of systems', 'system inventory', 'it assets', 'information assets'],
  riskassessment: ['risk assessment', 'risk assessments', 'risk analysis', 'risk register', 'risk management', 'risk evaluation', 'risk treatment'],
  secframework: ['security framework', 'security frameworks', 'industry framework', 'industry frameworks', 'industry standard', 'industry standards', 'nist csf', 'cybersecurity framework', 'iso 27001', 'iso iec 27001', 'nist 800 53', 'cis controls'],
  internalaudit: ['internal audit', 'internal audits', 'internal auditor', 'internal auditors', 'internal audit function'],
  escrow: ['escrow', 'escrowed', 'source code escrow', 'software escrow', 'code escrow', 'escrow agreement', 'escrow agent'],
  insurance: ['cyber insurance', 'cybersecurity insurance', 'cyber liability insurance', 'cyber liability', 'insurance coverage', 'liability insurance', 'insurance'],
  cleardesk: ['clear desk', 'clean desk', 'clear desks', 'clean desks'],
  acceptableuse: ['acceptable use', 'acceptable use policy', 'aup', 'rules of behavior'],
  lawrequest: ['subpoena', 'subpoenas', 'law enforcement', 'government requests', 'government request', 'government data requests', 'government agency', 'government agencies', 'legal requests', 'court order', 'court orders', 'warrant', 'warrants', 'national security letters'],
  litigation: ['litigation', 'lawsuits', 'lawsuit', 'legal proceedings', 'legal action', 'legal actions', 'regulatory actions', 'regulatory action', 'enforcement actions', 'enforcement action', 'regulatory enforcement'],
  financial: ['financial statements', 'audited financials', 'financial stability', 'financial health', 'financials'],
  wcag: ['wcag', 'vpat', 'section 508', '=accessible', '=accessibility', 'acr', 'accessibility conformance report', 'screen reader', 'screen readers', 'assistive technology', 'assistive technologies', 'users with disabilities', 'people with disabilities', 'disabilities', 'disability', 'disabled users'],
  contact: ['security contact', 'point of contact', 'contact details', 'contact information', 'email address', 'email addresses', 'contacted', 'contact'],
  sharedresp: ['shared responsibility', 'shared responsibility model', 'responsibility matrix'],
  // physical
  physical: ['physical security', 'physical access', 'physical safeguards', 'physical controls', 'badge', 'badges', 'badge access', 'swipe card', 'key card', 'keycard', 'access cards', 'card access', 'cctv', 'cameras', 'security guards', 'entry logs', 'visitor', 'visitors', 'escorted', 'escorts'],
  // The office's network is the corporate network ("production isolated from the office network"), not the office building.
  'corporate+network': ['office network', 'office networks', 'office lan', 'office lans', 'corporate lan'],
  office: ['=office', '=offices', 'corporate offices', 'office location', 'office locations', 'office sites', 'office premises', 'premises', 'workplace'],
  // AI
  ai: ['ai', 'artificial intelligence', 'machine learning', 'ml', 'llm', 'llms', 'large language model', 'large language models', 'generative ai', 'genai', 'gen ai', 'ai ml', 'openai', 'chatgpt', 'gpt', 'foundation models', 'foundation model'],
  // support and other
  supportteam: ['support hours', 'customer support', 'support team', 'support staff', 'support personnel', 'support engineers', 'support agents', 'support representatives', 'support desk', 'service desk', 'helpdesk', 'help desk', 'technical support', 'customer service'],
  frequency: ['how often', 'how frequently', 'frequency', '=periodic', '=periodically', 'regularly', 'on a regular basis', 'on a periodic basis', 'at regular intervals'],
  separate: ['separated', 'separate', 'separation', 'isolated', 'isolation', 'isolate', 'segregated', 'segregation', 'segregate'],
  revoke: ['revoke', 'revoked', 'revocation', 'removed', 'remove', 'removal', '=disabled', '=disable'],
};

const STOP_WORDS = new Set(
  (
    'a an the and or nor but of to in on at by for with from into onto over under as is are was were be been being am do does did done doing have has had having ' +
    'can could will would shall should may might must it its this that these those there here their them they we our ours us you your yours i me my ' +
    'what which who whom whose when where why how if then than so such any all each every some no not only also very just about above below up down out off ' +
    'please describe explain provide list detail details specify indicate state confirm identify outline summarize share give attach include includes including ' +
    'company companies organization organisation organizations vendor vendors supplier firm business entity service services solution product products platform application applications system systems ' +
    // The parties of procurement forms: "the Offeror", "the Applicant" are the vendor, not a subject.
    'offeror offerors bidder bidders proposer applicant ' +
    // Greetings of questions sent by email ("Hi! Quick one from our ops lead…").
    'hi hello hey dear thanks thank ' +
    'yes n/a na e g eg i e ie etc other others example examples following follow ensure ensured ensures applicable currently current exist exists existing ' +
    'process processes procedure program programme place maintain maintained maintains implement implemented implements use used uses using perform performed performs conduct conducted conducts ' +
    'documented formal formally defined established appropriate adequate relevant related regarding respect support supports supported offer offers offered within one able ' +
    'information data customer customers client clients ' +
    'required require requires mandatory undergo while whilst during whether both either still too again already ' +
    'provides provided providing requirement requirements maintaining implementing performing conducting supporting offering ensuring describes described'
  ).split(/\s+/),
);

// "information", "data" and "customer" are stop words for scoring (nearly every question has them)
// but matter inside synonym phrases ("personal data", "data center"), which are rewritten first.

const stemCache = new Map<string, string>();

/** Porter stems, with "-ify" and "-ification" brought together ("classifying", "classification"). */
function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(word) ? word : stemmer(word);
    if (stemmed.length > 4 && stemmed.endsWith('ifi')) {
      stemmed = stemmed.slice(0, -1);
    }
    if (stemCache.size < 50_000) {
      stemCache.set(word, stemmed);
    }
  }
  return stemmed;
}

const wordCache = new Map<string, string>();

/** The stem of a word as written: its American spelling, stemmed (cached). */
function stemWord(word: string): string {
  let stemmed = wordCache.get(word);
  if (stemmed === undefined) {
    stemmed = stem(americanSpelling(word));
    if (wordCache.size < 50_000) {
      wordCache.set(word, stemmed);
    }
  }
  return stemmed;
}

/**
 * Words a question uses around its subject ("available", "controls", "mechanism", "at least",
 * "annually", "24 hours"): kept, but they weigh LIGHT in a match, so a paraphrase that adds or
 * drops them is still close, and a question that only shares them with an entry is not. Qualifiers
 * (numbers, frequencies, durations) are among them: whether the entry says as much is the Yes/No
 * rule's question (match.ts), not the match's.
 */
const LIGHT_WORDS =
  'available availability allow allowed allows enable enabled enables offer control controls controlled capability capabilities capable strategy approach mechanism mechanisms ' +
  'practice practices tool tools solution solutions measure measures method methods option options designated designate publish published public find define defined handle handled ' +
  'apply applied run assist help make sure written general specific certain consistent consistently manage managed management protect protected protection prevent prevented ' +
  'plan plans planned environment environments infrastructure level levels type types kind way ways basis part area areas aspect scope evidence copy documentation document ' +
  'link url name title date last recent recently latest most new enforce enforced deploy deployed integrate integrated configure configured set setup across between against through ' +
  'via per regular appropriately properly adequately effectively automatically automated manual manually before after prior upon ' +
  'mitigate mitigates mitigated mitigation mitigations restrict restricts restricted restriction restrictions comply complies complied compliant compliance involve involved involving ' +
  'experience experienced past suffer suffered happen happens happened claim claims request requests requested sensitive confidential individual individuals assist assistance ' +
  'engage engaging engaged resource resources best standard model operation name primary matter matters issue issues view keep reach go own known various relevant ' +
  'annual annually yearly quarterly monthly weekly daily hourly continuous continuously least minimum maximum hour hours day days week weeks month months year years minute minutes time times ' +
  'obtain obtained guarantee guaranteed remain remains circumstance circumstances coverage covered ' +
  // Verbs any question may use: rare in a library, they weighed as much as its subjects ("Do staff need a VPN to reach internal tools?").
  'need needs needed add adds added adding take takes taken respond responds responded ' +
  // Form wording: "Vendor answers: Yes/No, additional info", "or equivalent", "and annually thereafter".
  'answer answers additional info given once equivalent thereafter expect expects form apart according accept meet ' +
  // A bound's own words ("one hour or less"), "a period of inactivity", "How often do tests occur?".
  'less fewer lower more period periods occur occurs occurred occurring';

/** The stems of LIGHT_WORDS, and the concepts that qualify rather than name a subject ("how often", "24x7"); a token with a digit is light too. */
export const LIGHT: ReadonlySet<string> = new Set([...LIGHT_WORDS.split(' ').map((word) => stem(word)), 'frequency', 'allhours']);

/**
 * Concepts that say who, in what form or in what way, not what about ("employees", "a policy",
 * "third parties", "separated", "notified"): a question may add one that the entry does not have
 * and still be about the entry's subject. Every other concept names a subject (see match.ts: a
 * question's subject concepts must all be found in the entry that fills it).
 */
export const FACETS: ReadonlySet<string> = new Set(['independent', 'custaccount', 'internetfacing', 'staff', 'policy', 'vendorrisk', 'separate', 'revoke', 'notify', 'contact', 'tamper', 'frequency', 'allhours', 'encrypt']);

/** Whether an analyzed token weighs little in a match (see LIGHT). */
export function isLight(token: string): boolean {
  return LIGHT.has(token) || /\d/.test(token);
}

/** Bounds written as symbols ("≥ 90 days", "RTO < 4 hours"), in the words the time and number rules read. */
const BOUND_SYMBOLS: readonly [RegExp, string][] = [
  [/(?:≥|>=|=>)\s*(?=\d)/g, ' at least '],
  [/(?:≤|<=|=<)\s*(?=\d)/g, ' at most '],
  [/>\s*(?=\d)/g, ' more than '],
  [/<\s*(?=\d)/g, ' less than '],
];

/** Lower case; accents, apostrophes and punctuation folded (a bound symbol read as its words, "&" as "and"); one space between words. */
export function normalizeText(text: string): string {
  let words = text;
  if (/[≥≤<>]/.test(words)) {
    for (const [symbol, replacement] of BOUND_SYMBOLS) {
      words = words.replace(symbol, replacement);
    }
  }
  if (words.includes('&')) {
    words = words.replace(/\s&\s/g, ' and ');
  }
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * British spellings folded to American before stemming, so that the Porter stemmer gives one stem
 * ("organisation" and "organization", "authorise" and "authorize", "centre" and "center").
 */
const ISE_EXCEPTIONS = new Set(
  (
    'advise revise supervise devise televise improvise comprise enterprise surprise premise promise compromise expertise exercise merchandise franchise ' +
    'otherwise likewise clockwise raise praise appraise noise poise disguise concise precise excise incise paradise demise treatise cruise chastise despise ' +
    'circumcise reprise arise rise wise guise anise valise tortoise porpoise advertise vise bruise chemise rinse reimburse'
  ).split(' '),
);
const SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    centre: 'center', centres: 'centers', centred: 'centered', licence: 'license', licences: 'licenses', defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses',
    programme: 'program', programmes: 'programs', catalogue: 'catalog', catalogues: 'catalog', dialogue: 'dialog', judgement: 'judgment', judgements: 'judgments', cheque: 'check',
    enrol: 'enroll', enrols: 'enrolls', enrolment: 'enrollment', enrolments: 'enrollments', fulfil: 'fulfill', analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing',
    paralyse: 'paralyze', behaviour: 'behavior', behaviours: 'behaviors', behavioural: 'behavioral', favour: 'favor', honour: 'honor', labour: 'labor', colour: 'color', grey: 'gray',
    labelled: 'labeled', labelling: 'labeling', cancelled: 'canceled', cancelling: 'canceling', modelled: 'modeled', modelling: 'modeling', travelled: 'traveled', travelling: 'traveling',
    signalled: 'signaled', totalled: 'totaled', levelled: 'leveled', counselling: 'counseling', tunnelling: 'tunneling', dialled: 'dialed', storey: 'story', tyre: 'tire', aluminium: 'aluminum',
  }),
);
const ISE = /^([a-z]{3,})is(e|ed|es|er|ers|ing|ation|ations|ational)$/;

/** A word in its American spelling ("authorised" → "authorized"); other words as they are. */
export function americanSpelling(word: string): string {
  const mapped = SPELLING.get(word);
  if (mapped !== undefined) {
    return mapped;
  }
  const ise = ISE.exec(word);
  if (ise !== null && !ISE_EXCEPTIONS.has(`${ise[1] as string}ise`)) {
    return `${ise[1] as string}iz${ise[2] as string}`;
  }
  return word;
}

/**
 * A leading question id ("IAM-07:", "A&A-02.1", "HFIH-04", "DSP-04.1:", NIST CSF's "PR.AA-03:",
 * "SIG A.4.7", "Q14.", an outline number "4.3.1" or a handbook's "DSPT 7.3.4:", "SYSC 8.1.8(8):";
 * with its framework after it, "IAM-12 (CAIQ v4):") is the questionnaire's, not the question's: it
 * is left out of the analysis. A plain "SOC 2" is not an id (no separator), nor is "99.9% uptime".
 */
const QUESTION_ID =
  /^\s*(?:(?:SIG(?: Lite)?|CAIQ|HECVAT|NIST|Q|Question|Item|Ref\.?)\s+|(?!(?:SOC|PCI|DSS|TLS|SSL|ISO|IEC|WCAG|AES|SHA|FIPS|HIPAA|GDPR|CIS|NIST|OWASP|SAML|OAUTH|HTTP)\b)[A-Z]{2,6}\s+(?=\d{1,3}(?:\.\d{1,3}){2,4}(?:\(\d{1,2}\))?:))?\(?(?:Q\d{1,3}|[A-Za-z][A-Za-z&]{0,7}(?:\.[A-Za-z]{1,8})?[-_.]\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?|\d{1,3}(?:\.\d{1,3}){1,4}(?:\(\d{1,2}\))?)\)?(?:\s*\((?:SIG|CAIQ|HECVAT|VSA|NIST|ISO|CSA|CCM|SCF|TISAX|VDA|PCI)\b[^()]{0,20}\))?(?:\s*[:.)\]\u2013\u2014-]\s*|\s+(?=[A-Z]))/;

export function withoutQuestionId(text: string): string {
  return text.replace(QUESTION_ID, '');
}

/** Words an acronym may or may not take a letter from ("Software Bill of Materials (SBOM)", "Endpoint Detection and Response (EDR)"). */
const ACRONYM_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', '&']);

/** Whether `acronym` (upper case) is the initials of the last words of `before`, small words optional. */
function spellsAcronym(before: string, acronym: string): boolean {
  const words = before.split(/[\s/-]+/).filter((word) => word !== '');
  // From the end: each acronym letter, last first, is the initial of the next word back; a small word may give none.
  const fits = (letter: number, word: number): boolean => {
    if (letter < 0) {
      return true;
    }
    const current = words[word];
    if (current === undefined) {
      return false;
    }
    const small = ACRONYM_SMALL_WORDS.has(current.toLowerCase());
    if (current[0]?.toUpperCase() === acronym[letter] && fits(letter - 1, word - 1)) {
      return true;
    }
    return small && fits(letter, word - 1);
  };
  return fits(acronym.length - 1, words.length - 1);
}

/**
 * "a security operations center (SOC)": the acronym in parentheses spells out the words before it,
 * so it is the same subject said twice, and is left out (here "SOC" would read as SOC 2).
 */
const SPELLED_ACRONYM = /((?:[A-Za-z][A-Za-z0-9&]*[\s/-]+){1,8}?)\(([A-Z]{2,6})s?\)/g;

const PARENTHESIZED_ACRONYM = /\([A-Z]{2,6}s?\)/;

export function withoutSpelledAcronyms(text: string): string {
  if (!PARENTHESIZED_ACRONYM.test(text)) {
    return text;
  }
  return text.replace(SPELLED_ACRONYM, (whole: string, before: string, acronym: string) => (spellsAcronym(before, acronym) ? before.trimEnd() : whole));
}

/** "Hi team,", "Hello Anna! Thanks," or "Dear vendor." opening a question sent by email: the greeting word and up to two names. */
const EMAIL_GREETING = /^\s*(?:hi|hello|hey|dear)(?:\s+[A-Za-z][\w'-]*){0,2}\s*(?:[,!:.\u2013\u2014]|\s-\s)\s*(?:(?:thanks|thank you)(?:\s+[A-Za-z][\w'-]*){0,2}\s*(?:[,!:.\u2013\u2014]|\s-\s)\s*)?/i;
/** "Quick one:", "Quick question from procurement –": not "Quick question on laptops, …", which names the subject. */
const QUICK_ONE = /^\s*(?:a )?quick (?:one|question|q)(?:\s+(?:from|for)\s[^,.!:?\u2013\u2014]{1,40}?)?\s*(?:[,.!:\u2013\u2014]|\s-\s)\s*/i;
/**
 * "…our IT security wants to know whether", "legal is asking whether", "our auditor asked whether":
 * who asks, not what. Only in a sentence that does not open as a question or an instruction ("Do
 * admins need to confirm every deletion?", "Describe the questions asked if…") and before "whether",
 * "if" or a question word ("needs to know everyone who opened a chart" asks for everyone).
 */
const ASKING_FRAME = /^(?!\s*(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|may|must|has|have|had|which|what|who|whom|whose|when|where|why|how|describe|explain|list|provide|please|outline|detail|state|specify|confirm|indicate)\b)[^?]{0,80}?\b(?:(?:(?:wants?|wanted|would like|'d like|needs?) to (?:know|understand|check|confirm|find out|hear)|(?:is|are) asking)\s+(?:(?:whether|if)\s+|(?=(?:how|what|which|who|whose|when|where)\b))|(?:has |have )?asked (?:me |us )?whether\s+)/i;
/** "Thanks, Jana", "Kind regards, Tom Smith." closing it: the word and up to three names, nothing else. */
const EMAIL_SIGN_OFF = /(?<=[.?!])\s*(?:[Tt]hanks|THANKS|[Tt]hank you|[Mm]any thanks|[Cc]heers|[Bb]est|[Rr]egards|[Kk]ind regards|[Bb]est regards|[Bb]est wishes)\b[,!.]?(?:\s+[A-Z][\w'-]*(?![\w'-])){0,3}\s*[.!]?\s*$/;
/** A word every frame has: most questions have none, and the frame patterns one by one cost more than this one test. */
const MAY_BE_FRAMED = /\b(?:hi|hello|hey|dear|quick|know|understand|check|confirm|find out|hear|asking|asked|thanks|thank|cheers|best|regards)\b/i;
/** Words that turn what is asked around: a frame that has one is not only a frame. */
const FRAME_NEGATIONS = /\b(?:no|not|never|nor|without|cannot|can't|don't|doesn't|won't|isn't|aren't)\b/i;

/** The text without what `pattern` matches, unless that part has a subject concept or a negation (then it is part of the question). */
function withoutFrame(text: string, pattern: RegExp): string {
  const found = pattern.exec(text);
  const frame = found?.[0];
  if (found === null || frame === undefined || frame === '' || FRAME_NEGATIONS.test(frame) || analyzeNormalized(normalizeText(frame)).tokens.some((token) => CONCEPTS.has(token))) {
    return text;
  }
  return text.slice(0, found.index) + text.slice(found.index + frame.length);
}

/**
 * A question sent by email without its greeting, who is asking and its sign-off: "Hi team, quick
 * one from procurement – our IT security wants to know whether your portal works with Okta SSO.
 * Thanks, Jana" asks whether the portal works with Okta SSO. A part that names a subject or turns
 * the question around stays.
 */
export function withoutEmailFrame(text: string): string {
  if (!MAY_BE_FRAMED.test(text)) {
    return text;
  }
  let asked = text;
  for (const pattern of [EMAIL_GREETING, QUICK_ONE, ASKING_FRAME, EMAIL_SIGN_OFF]) {
    asked = withoutFrame(asked, pattern);
  }
  return /[a-z0-9]/i.test(asked) ? asked : text;
}

/** What a question asks, as the library reads it: without its id, an acronym it spells out, the instructions after it ("If no, explain.") and an email's frame. */
export function askedText(text: string): string {
  return withoutFollowUps(withoutSpelledAcronyms(withoutQuestionId(withoutEmailFrame(text))));
}

interface PhraseRule {
  /** The stems of the phrase's words (or the words themselves for a surface-only rule). */
  readonly words: readonly string[];
  readonly surface: boolean;
  readonly tokens: readonly string[];
}

/**
 * A concept key names one token ("mfa") or, with "+", a concept and a word it keeps ("training+privacy":
 * "privacy training" reads `training` and the stem of "privacy", so it meets security training
 * without being it).
 */
function tokensOfConcept(concept: string): string[] {
  return concept.split('+').map((part) => (Object.hasOwn(SYNONYMS, part) ? part : stemWord(part)));
}

/**
 * Phrase rules keyed by their first stem, longest first, so the longest phrase wins. A phrase is
 * matched on stems, so "separated", "separates" and "separation" all meet the `separate` concept;
 * a phrase written "=word" matches only those exact words (where the stem is too wide: "inform" is
 * also the stem of "information"), and is keyed by its first word as written.
 */
const { PHRASES_BY_WORD, PHRASES_BY_STEM } = (() => {
  const byWord = new Map<string, PhraseRule[]>();
  const byStem = new Map<string, PhraseRule[]>();
  for (const [concept, phrases] of Object.entries(SYNONYMS)) {
    const tokens = tokensOfConcept(concept);
    for (const phrase of phrases) {
      const surface = phrase.startsWith('=');
      const plain = normalizeText(surface ? phrase.slice(1) : phrase).split(' ').filter((w) => w !== '');
      const words = surface ? plain : plain.map((w) => stemWord(w));
      const first = words[0];
      if (first === undefined) {
        continue;
      }
      const byFirst = surface ? byWord : byStem;
      const list = byFirst.get(first) ?? [];
      list.push({ words, surface, tokens });
      byFirst.set(first, list);
    }
  }
  for (const list of [...byWord.values(), ...byStem.values()]) {
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return { PHRASES_BY_WORD: byWord as ReadonlyMap<string, readonly PhraseRule[]>, PHRASES_BY_STEM: byStem as ReadonlyMap<string, readonly PhraseRule[]> };
})();

export const CONCEPTS: ReadonlySet<string> = new Set(Object.keys(SYNONYMS).flatMap((key) => key.split('+')).filter((key) => Object.hasOwn(SYNONYMS, key)));

/** The analyzed tokens of a text, in order (repeats kept). */
export function analyze(text: string): string[] {
  return analyzeWithWords(text).tokens;
}

/** The tokens and, for each, the words of the text it came from ("multi-factor authentication" for `mfa`). */
export function analyzeWithWords(text: string): { tokens: string[]; words: string[] } {
  return analyzeNormalized(normalizeText(askedText(text)));
}

function matchRule(rules: readonly PhraseRule[] | undefined, sequence: readonly string[], i: number): PhraseRule | undefined {
  if (rules === undefined) {
    return undefined;
  }
  for (const rule of rules) {
    let ok = true;
    for (let k = 1; k < rule.words.length; k++) {
      if (sequence[i + k] !== rule.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      return rule;
    }
  }
  return undefined;
}

/** analyzeWithWords for a text already through normalizeText. */
export function analyzeNormalized(normalized: string): { tokens: string[]; words: string[] } {
  const words = normalized.split(' ').filter((word) => word !== '');
  const stems = words.map((word) => stemWord(word));
  const tokens: string[] = [];
  const surfaces: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    const stemmed = stems[i] as string;
    if (saysNothingHere(words, i)) {
      i++;
      continue;
    }
    if (HOW_LONG_KEPT.has(word) && afterHowLong(words, i)) {
      tokens.push('retention');
      surfaces.push(word);
      i++;
      continue;
    }
    if (OWNED_DATA.has(word) && DATA_WORDS.has(words[i + 1] ?? '') && nearNonProduction(words, i)) {
      tokens.push('proddata');
      surfaces.push(`${word} ${words[i + 1] ?? ''}`);
      i += 2;
      continue;
    }
    const surface = matchRule(PHRASES_BY_WORD.get(word), words, i);
    const byStem = matchRule(PHRASES_BY_STEM.get(stemmed), stems, i);
    const matched = surface !== undefined && (byStem === undefined || surface.words.length >= byStem.words.length) ? surface : byStem;
    if (matched !== undefined) {
      tokens.push(...matched.tokens);
      const phrase = words.slice(i, i + matched.words.length).join(' ');
      for (let k = 0; k < matched.tokens.length; k++) {
        surfaces.push(phrase);
      }
      i += matched.words.length;
      continue;
    }
    i++;
    if (STOP_WORDS.has(word) || word.length < 2) {
      continue;
    }
    tokens.push(stemmed);
    surfaces.push(word);
  }
  withDeadlineSla(tokens, surfaces);
  return { tokens, words: surfaces };
}

/** "Kept offsite", "kept in separate accounts", "kept as hashes": where or in what form, not how long ("kept in Datadog for 400 days" still is). */
const KEPT_WHERE = new Set(['in', 'on', 'at', 'off', 'offsite', 'onsite', 'apart', 'separate', 'separately', 'as', 'within', 'inside', 'outside', 'away', 'isolated', 'segregated', 'logically', 'physically', 'only', 'encrypted', 'under', 'behind']);
/** "Employees with access to PHI", "staff who have access to PHI", "before accessing PHI": who, not what about ("Will you have access to PHI?" is about PHI). */
function peopleWithAccess(words: readonly string[], i: number): boolean {
  if (words[i - 1] === 'to' && words[i - 2] === 'access') {
    const before = words[i - 3];
    return before === 'with' || ((before === 'have' || before === 'has') && words[i - 4] === 'who');
  }
  return words[i - 1] === 'accessing' && (words[i - 2] === 'before' || words[i - 2] === 'when' || words[i - 2] === 'while');
}
const UPLOAD_ASKED = new Set(['can', 'could', 'may', 'will', 'do', 'should']);
const UPLOADED_THINGS = new Set(['file', 'files', 'document', 'documents', 'attachment', 'attachments', 'image', 'images']);
const DURATION_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours']);
/** "The hosted service", "the hosted platform": the service itself, not where it is hosted ("hosting services" are the provider's). */
const HOSTED_WHAT = new Set(['service', 'services', 'application', 'applications', 'app', 'apps', 'platform', 'platforms', 'system', 'systems', 'solution', 'solutions', 'product', 'products', 'offering']);
/** "Every web endpoint", "our receiving endpoint": a service's address, not a laptop (`endpoint`). */
const ENDPOINT_OF = new Set(['web', 'api', 'receiving', 'https', 'http', 'webhook', 'public']);

/**
 * "Is customer data used in test environments?", "Do developers use client data for testing?": the
 * customer's data beside a place that is not production is production data there (`proddata`), not
 * an environment question that "Are environments separated?" answers Yes. The place must be one:
 * "test environments", "for testing", "staging"; "security testing of applications that process
 * personal information" and "test restores of customer data" are not.
 */
const OWNED_DATA = new Set(['customer', 'customers', 'client', 'clients', 'user', 'users', 'patient', 'patients', 'member', 'members', 'personal', 'tenant', 'subscriber']);
const DATA_WORDS = new Set(['data', 'information', 'records', 'datasets']);
/** Places that are not production by themselves. */
const NON_PRODUCTION_PLACES = new Set(['staging', 'sandbox', 'sandboxes', 'nonproduction', 'preproduction', 'uat']);
/** Words that are such a place before "environment(s)", "systems", or after "for" / "in" ("for testing", "in development"). */
const NON_PRODUCTION_WORDS = new Set(['test', 'testing', 'dev', 'development', 'qa', 'lower', 'non', 'pre']);
const ENVIRONMENT_WORDS = new Set(['environment', 'environments', 'env', 'envs', 'system', 'systems', 'instance', 'instances', 'server', 'servers', 'database', 'databases', 'account', 'accounts', 'stage', 'stages']);
/** How many words either side of "customer data" the place may be. */
const NON_PRODUCTION_REACH = 6;
function nearNonProduction(words: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - NON_PRODUCTION_REACH); k <= Math.min(words.length - 1, i + 1 + NON_PRODUCTION_REACH); k++) {
    const word = words[k] as string;
    if (NON_PRODUCTION_PLACES.has(word)) {
      return true;
    }
    if (!NON_PRODUCTION_WORDS.has(word)) {
      continue;
    }
    // "non production environments", "test or staging environments", "development and QA systems"
    const next = (word === 'non' || word === 'pre') && words[k + 1] === 'production' ? k + 2 : k + 1;
    const after = words[next] === 'or' || words[next] === 'and' ? next + 2 : next;
    if (ENVIRONMENT_WORDS.has(words[next] ?? '') || ENVIRONMENT_WORDS.has(words[after] ?? '') || ((words[k - 1] === 'for' || words[k - 1] === 'in' || words[k - 1] === 'into') && word !== 'non' && word !== 'pre' && word !== 'lower')) {
      return true;
    }
  }
  return false;
}

/** "How long do you keep backups?", "How long is data stored?": how long something is kept is its retention. */
const HOW_LONG_KEPT = new Set(['keep', 'keeps', 'kept', 'store', 'stores', 'stored']);
function afterHowLong(words: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) {
    if (words[k] === 'how' && words[k + 1] === 'long') {
      return true;
    }
  }
  return false;
}

/**
 * Whether the word at `i` says nothing about the subject where it stands, though elsewhere it names
 * a concept: "kept" that is not retention, "hosted" that is not the hosting provider, an "endpoint"
 * that is not a device, "the Contractor" that is the vendor answering (a public buyer's word for
 * it; "contractors" are still contractors), data "we upload" that is not a file-upload feature,
 * the PHI that people have access to (who they are, not what the question is about).
 */
function saysNothingHere(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const next = words[i + 1] ?? '';
  if (word === 'kept') {
    return KEPT_WHERE.has(next) && !afterHowLong(words, i) && !words.slice(i + 1, i + 8).some((after) => after === 'for' || after === 'least' || DURATION_UNITS.has(after));
  }
  if ((word === 'phi' || word === 'ephi' || word === 'pii') && peopleWithAccess(words, i)) {
    return true;
  }
  if (word === 'contractor') {
    return words[i - 1] === 'the';
  }
  if (word === 'upload' || word === 'uploaded') {
    // "Can we upload files?" and "What file types can we upload?" ask about the feature.
    const byUs = (words[i - 1] === 'we' || words[i - 1] === 'you') && !UPLOAD_ASKED.has(words[i - 2] ?? '') && !UPLOADED_THINGS.has(next) && !UPLOADED_THINGS.has(words[i + 2] ?? '');
    return byUs || next === 'outside';
  }
  if (word === 'hosted') {
    return HOSTED_WHAT.has(next);
  }
  if (word === 'endpoint' || word === 'endpoints') {
    return ENDPOINT_OF.has(words[i - 1] ?? '');
  }
  return false;
}

/** The subjects that have deadlines: a "remediation SLA" or an "SLA for patching" is how soon, not an uptime commitment (`sla`). */
const DEADLINE_SUBJECTS = new Set(['remediation', 'patch', 'vulner', 'vulnscan', 'incident', 'irplan', 'offboarding', 'sca', 'privacyrights', 'deletion']);

/**
 * Reads, in place, an "SLA" (the word itself, not "uptime") that has a deadline subject within two
 * tokens before or three after it as `deadline`: still a subject of the question ("Do you have an
 * incident response SLA?" is not answered by "Do you have an IR plan?"), met by an entry that
 * states a deadline.
 */
function withDeadlineSla(tokens: string[], surfaces: readonly string[]): void {
  if (!tokens.includes('sla')) {
    return;
  }
  tokens.forEach((token, i) => {
    if (token === 'sla' && (surfaces[i] === 'sla' || surfaces[i] === 'slas') && tokens.slice(Math.max(0, i - 2), i + 4).some((near) => DEADLINE_SUBJECTS.has(near))) {
      tokens[i] = 'deadline';
    }
  });
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
      words.push(stemWord(word));
    }
  }
  return words.join(' ');
}
