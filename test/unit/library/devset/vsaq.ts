/**
 * Google's VSAQ questionnaires (../shared/fixtures/questionnaires/google-vsaq, Apache-2.0), read
 * at test time and never copied into the project. Each answerable item (radiogroup, checkgroup,
 * line, box) is labelled here by its file and its position in document order, with the
 * DEV_ENTRIES id that answers it, null when none does, or 'skip' for an item that is not a
 * question on its own (a follow-up such as "How is the scope limited?", a feedback box, or the
 * same words as an earlier item where only the section tells them apart).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Labelled } from './questions';

export const VSAQ_DIR = join(__dirname, '../../../../../shared/fixtures/questionnaires/google-vsaq');

type Label = string | null | 'skip';

/** Position (0-based, over the four files in this order) → label; unlisted positions are null. */
const LABELS: Readonly<Record<number, Label>> = {
  0: 'skip', 2: 'security-framework', 3: 'security-framework', 5: 'security-team', 6: 'security-team', 8: 'privacy-policy', 10: 'policy-review', 11: 'internal-audit',
  13: 'internal-audit', 14: 'skip', 15: 'internal-audit', 18: 'skip', 23: 'risk-assessment', 24: 'vendor-risk', 25: 'vendor-contracts', 26: 'change-management',
  28: 'change-records', 30: 'skip', 32: 'forensics', 33: 'skip', 34: 'breach-notification', 35: 'job-descriptions', 36: 'least-privilege', 37: 'disciplinary',
  38: 'offboarding', 39: 'security-training', 40: 'contractor-training', 41: 'background-checks', 42: 'background-checks', 43: 'skip', 44: 'skip', 45: 'skip',
  48: 'office-physical', 50: 'office-physical', 53: 'office-access-logs', 54: 'office-access-logs', 56: 'skip', 58: 'data-location', 59: 'cloud-provider',
  60: 'cloud-provider', 65: 'datacenter-physical', 66: 'skip', 69: 'datacenter-physical', 70: 'skip', 71: 'skip', 72: 'high-availability', 74: 'skip', 75: 'skip',
  76: 'skip', 78: 'firewalls', 79: 'network-segmentation', 80: 'network-segmentation', 81: 'internal-traffic-encryption', 88: 'security-monitoring-247',
  89: 'log-retention', 90: 'siem', 91: 'wifi', 92: 'wifi', 93: 'vpn', 95: 'byod', 99: 'skip', 100: 'hardening', 101: 'hardening', 102: 'hardening', 103: 'hardening',
  109: 'skip', 111: 'audit-logging', 112: 'log-retention', 113: 'siem', 119: 'privileged-access', 120: 'backup-offsite', 122: 'backup-encryption',
  123: 'backup-offsite', 125: 'backup-restore-test', 127: 'email-security', 133: 'skip', 141: 'skip', 143: 'edr', 144: 'skip', 147: 'local-admin',
  150: 'laptop-encryption', 151: 'mobile-devices', 152: 'laptop-encryption', 153: 'usb-media', 154: 'skip', 155: 'pentest-third-party', 156: 'pentest-third-party',
  159: 'pentest-third-party', 160: 'pentest-third-party', 167: 'skip', 169: 'skip', 170: 'security-contact', 171: 'skip', 172: 'skip', 173: 'skip', 175: 'bug-bounty',
  177: 'encryption-in-transit', 181: 'skip', 182: 'internal-traffic-encryption', 183: 'skip', 185: 'security-headers', 186: 'cookies-secure', 187: 'skip',
  188: 'rbac-app', 189: 'sso-customers', 190: 'sso-customers', 193: 'skip', 195: 'password-policy', 196: 'password-storage', 197: 'password-storage', 199: 'skip',
  202: 'skip', 203: 'cookies-secure', 205: 'skip', 207: 'session-timeout', 208: 'session-timeout', 213: 'csrf', 214: 'csrf', 219: 'xss', 220: 'xss', 224: 'sqli',
  225: 'skip', 227: 'sqli', 229: 'skip', 230: 'skip', 232: 'skip', 233: 'file-upload', 234: 'file-upload', 235: 'skip', 242: 'skip', 243: 'security-contact', 244: 'skip',
};

export const VSAQ_FILES = ['security_privacy_programs', 'physical_and_datacenter', 'infrastructure', 'webapp'] as const;

interface VsaqItem {
  type?: unknown;
  text?: unknown;
  items?: unknown;
}

/** A VSAQ template is a JS object literal with a `//` licence header and `"…" + "…"` joins. */
function parseTemplate(source: string): unknown {
  const body = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .replace(/"\s*\+\s*\n?\s*"/g, '');
  return JSON.parse(body) as unknown;
}

function walk(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) {
      walk(child, out);
    }
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  const item = node as VsaqItem;
  if (typeof item.type === 'string' && ['radiogroup', 'checkgroup', 'line', 'box'].includes(item.type)) {
    out.push(typeof item.text === 'string' ? item.text.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim() : '');
  }
  for (const value of Object.values(node)) {
    if (typeof value === 'object') {
      walk(value, out);
    }
  }
}

/** The labelled VSAQ questions, or undefined when ../shared is not there. */
export function vsaqQuestions(): Labelled[] | undefined {
  if (!existsSync(VSAQ_DIR)) {
    return undefined;
  }
  const texts: string[] = [];
  for (const file of VSAQ_FILES) {
    walk(parseTemplate(readFileSync(join(VSAQ_DIR, `${file}.json`), 'utf8')), texts);
  }
  const labelled: Labelled[] = [];
  texts.forEach((text, position) => {
    const label = LABELS[position] ?? null;
    if (label !== 'skip' && text !== '') {
      labelled.push([text, label]);
    }
  });
  return labelled;
}

/** For the test that the labels still point at the items they were written for. */
export function vsaqItemCount(): number | undefined {
  if (!existsSync(VSAQ_DIR)) {
    return undefined;
  }
  const texts: string[] = [];
  for (const file of VSAQ_FILES) {
    walk(parseTemplate(readFileSync(join(VSAQ_DIR, `${file}.json`), 'utf8')), texts);
  }
  return texts.length;
}
