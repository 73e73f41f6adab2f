/**
 * The claim check's development set: misleading lines a vendor might really write, one class
 * (rule) each, and correct look-alikes that must pass. Written in our own words before any rule
 * was tuned on it (the first-time figure is recorded in dev-set.test.ts).
 *
 * `profile` names a variant from ../compose/profiles.ts. A misleading line without one needs no
 * profile: it is scored without a profile and with the default profile ('type2 full'). A line with
 * one is scored only with that profile. A correct line is scored without a profile and with its own
 * profile, or the default one when it names none. TODAY is 2026-05-01.
 *
 * The default profile ('type2 full'): Northwind Data, Type 2 for 2025-01-01 to 2025-12-31 by
 * Halvorsen & Reyes LLP, unqualified, no exceptions, Security + Availability + Confidentiality,
 * Amazon Web Services carved out, shared under NDA.
 */
import type { RuleId } from '../../../src/domain/claims';

export interface MisleadingLine {
  text: string;
  /** The rule that must report it. */
  rule: RuleId;
  profile?: string;
}

export interface CorrectLine {
  text: string;
  profile?: string;
}

const TYPE1 = 'type1 full with type2 under way';
const EXCEPTIONS = 'type2 with exceptions';
const QUALIFIED = 'type2 qualified opinion';
const FULL = 'type2 full';

export const MISLEADING: readonly MisleadingLine[] = [
  // certification language, any position and noun form, SOC 1/2/3
  { rule: 'soc2-certified', text: 'We are a certified SOC 2 Type II provider.' },
  { rule: 'soc2-certified', text: 'Northwind Data is SOC 2 accredited.' },
  { rule: 'soc2-certified', text: 'Our SOC 2 accreditation was renewed this spring.' },
  { rule: 'soc2-certified', text: 'A copy of our SOC 2 certificate is attached.' },
  { rule: 'soc2-certified', text: 'We are SOC 3 certified.' },
  { rule: 'soc2-certified', text: 'Our payments service is SOC 1 certified.' },
  { rule: 'soc2-certified', text: 'We hold SOC 2 Type 2 certification for the Northwind Platform.' },
  { rule: 'soc2-certified', text: 'The platform has been SOC2 Type II certified since 2022.' },
  { rule: 'soc2-certified', text: 'We obtained our SOC 2 accreditation from Halvorsen & Reyes LLP.' },
  { rule: 'soc2-certified', text: 'Our data centers and application are SOC 2 Type 2 certified.' },
  { rule: 'soc2-certified', text: 'We passed our SOC 2 certification with flying colours.' },
  { rule: 'soc2-certified', text: 'All of our services are certified to SOC 2 standards.' },
  { rule: 'soc2-certified', text: 'Yes — we’re fully SOC 2 compliant and audited every year.' },
  { rule: 'soc2-certified', text: 'Certified: SOC 2 Type II, ISO 27001.' },
  { rule: 'soc2-certified', text: 'We maintain certification against SOC 2 and ISO/IEC 27001.' },
  { rule: 'soc2-certified', text: 'SOC 2 Type 2 certified since March 2023.' },
  { rule: 'soc2-certified', text: 'Our SOC-2 certificate number is available on request.' },
  { rule: 'soc2-certified', text: 'Northwind Data became SOC 2 certified in 2024 after a nine-month audit.' },
  { rule: 'soc2-certified', text: 'We are proud to be a SOC 2 Type I certified company.' },
  { rule: 'soc2-certified', text: 'Our SOC 1 Type 2 certification covers payroll processing.' },
  { rule: 'soc2-certified', text: 'As a SOC 2-certified vendor, we follow strict controls.' },
  { rule: 'soc2-certified', text: 'We have achieved SOC 2 Type II accreditation.' },
  { rule: 'soc2-certified', text: 'Our SOC 3 certificate is published on our website.' },
  { rule: 'soc2-certified', text: 'The company is accredited under SOC 2 Type 2.' },
  { rule: 'soc2-certified', text: 'We received our SOC 2 cert last quarter.' },
  { rule: 'soc2-certified', text: 'Our SOC 2 Type II attestation certificate can be shared under NDA.' },
  { rule: 'soc2-certified', text: 'Northwind is one of the few SOC 2 Type 2 certified analytics vendors.' },
  { rule: 'soc2-certified', text: 'We were recertified for SOC 2 in January.' },

  // the AICPA named as issuer, grantor or auditor
  { rule: 'aicpa-issuer', text: 'Our SOC 2 report was issued by the AICPA.' },
  { rule: 'aicpa-issuer', text: 'The AICPA audited our controls in 2025.' },
  { rule: 'aicpa-issuer', text: 'Our SOC 2 Type 2 report is AICPA-certified.' },
  { rule: 'aicpa-issuer', text: 'The AICPA granted us a SOC 2 Type II report after the examination.' },
  { rule: 'aicpa-issuer', text: 'Our controls were examined by the AICPA.' },
  { rule: 'aicpa-issuer', text: 'AICPA-approved SOC 2 report available under NDA.' },
  { rule: 'aicpa-issuer', text: 'We are AICPA accredited for SOC 2 Type 2.' },
  { rule: 'aicpa-issuer', text: 'The report is signed by the AICPA.' },
  { rule: 'aicpa-issuer', text: 'Our SOC 2 was awarded by the American Institute of CPAs.' },
  { rule: 'aicpa-issuer', text: 'The AICPA performed our SOC 2 Type 2 examination.' },
  { rule: 'aicpa-issuer', text: 'Our SOC 1 report comes from the AICPA.' },
  { rule: 'aicpa-issuer', text: 'We received our SOC 2 attestation from the AICPA in March.' },

  // a platform or a non-CPA firm named as having performed the examination
  { rule: 'non-cpa-examiner', text: 'Our SOC 2 audit was performed by Vanta.' },
  { rule: 'non-cpa-examiner', text: 'Drata issued our SOC 2 Type 2 report in January.' },
  { rule: 'non-cpa-examiner', text: 'We were audited by Secureframe for SOC 2.' },
  { rule: 'non-cpa-examiner', text: 'Our SOC 2 report was prepared by our compliance automation platform.' },
  { rule: 'non-cpa-examiner', text: 'Sprinto conducted our SOC 2 examination.' },
  { rule: 'non-cpa-examiner', text: 'Our SOC 2 examination was completed by Secureframe in March.' },
  { rule: 'non-cpa-examiner', text: 'Our SOC 2 report comes from Vanta.' },
  { rule: 'non-cpa-examiner', text: 'Our compliance platform audited our controls and issued the SOC 2 report.' },
  { rule: 'non-cpa-examiner', text: 'The SOC 2 audit was performed by our security consultancy, Brightline Advisory.' },
  { rule: 'non-cpa-examiner', text: 'Scrut issued the SOC 2 report for our platform.' },
  { rule: 'non-cpa-examiner', text: 'Our penetration testing firm performed the SOC 2 audit.' },
  { rule: 'non-cpa-examiner', text: 'We received our SOC 2 Type 2 report from Drata.' },
  { rule: 'non-cpa-examiner', text: 'Vanta audited us for SOC 2 Type II last year.' },

  // retired standards presented as current
  { rule: 'sas-70', text: 'We have a current SAS 70 Type II report.' },
  { rule: 'sas-70', text: 'Our SAS 70 audit report is available on request.' },
  { rule: 'sas-70', text: 'The platform is SAS 70 audited.' },
  { rule: 'sas-70', text: 'We undergo an annual SAS70 examination.' },
  { rule: 'sas-70', text: 'A SAS No. 70 report covering our data center is attached.' },
  { rule: 'sas-70', text: 'We completed a SAS 70 Type 2 audit this year.' },
  { rule: 'ssae-16', text: 'Our SSAE 16 SOC 2 report covers 2025.' },
  { rule: 'ssae-16', text: 'We have an SSAE 16 Type II report for 2025.' },
  { rule: 'ssae-16', text: 'Our latest SSAE-16 Type 2 audit was completed in January.' },
  { rule: 'ssae-16', text: 'We are audited annually under SSAE 16.' },
  { rule: 'ssae-16', text: 'The SOC 2 report is issued under SSAE 16 standards.' },
  { rule: 'ssae-16', text: 'We provide an SSAE16 report every year.' },

  // ISAE 3402 offered as the SOC 2 equivalent
  { rule: 'isae-3402-soc2', text: 'We have an ISAE 3402 report, the international equivalent of SOC 2.' },
  { rule: 'isae-3402-soc2', text: 'Our ISAE 3402 Type II report is equivalent to a SOC 2 Type 2.' },
  { rule: 'isae-3402-soc2', text: 'In place of SOC 2, we provide our ISAE 3402 report.' },
  { rule: 'isae-3402-soc2', text: 'ISAE 3402 / SOC 2 Type 2 report available under NDA.' },
  { rule: 'isae-3402-soc2', text: 'Our SOC 2 (ISAE 3402) report covers security and availability.' },
  { rule: 'isae-3402-soc2', text: 'We hold ISAE 3402, which is the European version of SOC 2.' },
  { rule: 'isae-3402-soc2', text: 'ISAE 3402 is the same as SOC 2 for our European customers.' },
  { rule: 'isae-3402-soc2', text: 'Our SOC 2 equivalent is an ISAE 3402 Type 2 report.' },
  { rule: 'isae-3402-soc2', text: 'Our SOC 2/ISAE 3402 combined report covers the security criteria.' },
  { rule: 'isae-3402-soc2', text: 'ISAE 3402 is the international counterpart of SOC 2.' },

  // a report said to expire or be valid until a date
  { rule: 'report-expiry', text: 'Our SOC 2 report expires on December 31, 2026.' },
  { rule: 'report-expiry', text: 'The SOC 2 Type 2 report is valid until June 2027.' },
  { rule: 'report-expiry', text: 'Our SOC 2 is valid through the end of next year.' },
  { rule: 'report-expiry', text: 'SOC 2 report expiration date: 2026-12-31.' },
  { rule: 'report-expiry', text: 'Our current SOC 2 report remains valid for 12 months from issuance.' },
  { rule: 'report-expiry', text: 'The SOC 2 attestation is good until March 2027.' },
  { rule: 'report-expiry', text: 'Our SOC 2 Type I report will expire in September.' },
  { rule: 'report-expiry', text: 'Our SOC 2 report does not expire until next spring.' },
  { rule: 'report-expiry', text: 'The SOC 2 report’s validity period ends on 2026-12-31.' },
  { rule: 'report-expiry', text: 'Our SOC 1 report is valid for one year.' },
  { rule: 'report-expiry', text: 'SOC 2 Type 2 (valid until 2027-01-31).' },
  { rule: 'report-expiry', text: 'We renew our SOC 2 before it expires each year.' },

  // a SOC 2 report said to be public
  { rule: 'soc2-public', text: 'Our SOC 2 report is publicly available on our website.' },
  { rule: 'soc2-public', text: 'Anyone can download our SOC 2 Type 2 report from our trust center.' },
  { rule: 'soc2-public', text: 'The SOC 2 report is freely downloadable at https://northwind.example/soc2.pdf.' },
  { rule: 'soc2-public', text: 'We publish our full SOC 2 report on our website.' },
  { rule: 'soc2-public', text: 'Our SOC 2 Type II report is public.' },
  { rule: 'soc2-public', text: 'The SOC 2 report is available to the general public.' },
  { rule: 'soc2-public', text: 'Our SOC 2 report is posted publicly for all customers and prospects.' },
  { rule: 'soc2-public', text: 'Download our SOC 2 report here: https://northwind.example/soc2.' },
  { rule: 'soc2-public', text: 'The full SOC 2 Type 2 report is open to anyone who visits our security page.' },
  { rule: 'soc2-public', text: 'Our SOC 2 report is a public document.' },

  // with a profile that says NDA: shared without one
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'We share our SOC 2 report without an NDA.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'No NDA is required to receive our SOC 2 report.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'Our SOC 2 Type 2 report is available on request, no NDA needed.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'We can email the SOC 2 report to you directly; there is no need to sign an NDA.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'The SOC 2 report is shared with any prospect who asks, with no confidentiality agreement.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'You don’t need to sign an NDA to get our SOC 2 report.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'We send our SOC 2 report to anyone, NDA-free.' },
  { rule: 'nda-contradicts-profile', profile: FULL, text: 'Our SOC 2 report can be shared without a non-disclosure agreement.' },

  // Type 1 said to show operation over time
  { rule: 'type1-effectiveness', text: 'Our SOC 2 Type 1 report shows our controls worked as intended from January to June.' },
  { rule: 'type1-effectiveness', text: 'The Type 1 report confirms our controls were effective over the past year.' },
  { rule: 'type1-effectiveness', text: 'In our Type I audit, controls were tested throughout the period.' },
  { rule: 'type1-effectiveness', text: 'Our SOC 2 Type 1 covers the period from 2025-01-01 to 2025-06-30.' },
  { rule: 'type1-effectiveness', text: 'The Type 1 examination demonstrated that our controls functioned properly for six months.' },
  { rule: 'type1-effectiveness', text: 'Our Type 1 report proves the controls have been operating consistently since January.' },
  { rule: 'type1-effectiveness', text: 'The SOC 2 Type I report verified our controls over a twelve-month window.' },
  { rule: 'type1-effectiveness', text: 'Our SOC 2 Type 1 report demonstrates that our controls were operating as designed during the audit period.' },
  { rule: 'type1-effectiveness', text: 'Our Type 1 report shows the controls ran without failure for the whole quarter.' },
  { rule: 'type1-effectiveness', text: 'The Type 1 auditor sampled our controls throughout the review period and found them effective.' },
  { rule: 'type1-effectiveness', text: 'Our SOC 2 Type 1 attests that the controls were effective from April through September 2025.' },
  { rule: 'type1-effectiveness', text: 'SOC 2 Type 1: controls operating effectively over the last 6 months.' },
  { rule: 'type1-effectiveness', text: 'Our Type 1 report covers six months of control operation.' },
  { rule: 'type1-effectiveness', text: 'Our Type I report confirms our controls operated continuously over the year.' },
  { rule: 'type1-effectiveness', text: 'The Type 1 report tested our controls across the full period.' },
  { rule: 'type1-effectiveness', text: 'Our SOC 2 Type 1 shows our controls were working effectively throughout 2025.' },
  { rule: 'type1-effectiveness', text: 'The Type 1 covers operating effectiveness for the first half of the year.' },
  { rule: 'type1-effectiveness', text: 'With a Type 1 report, we have shown that our controls work over time.' },
  { rule: 'type1-effectiveness', profile: TYPE1, text: 'Our SOC 2 report shows our controls worked as intended over the past year.' },
  { rule: 'type1-effectiveness', profile: TYPE1, text: 'Our SOC 2 report confirms the controls were effective throughout 2025.' },

  // a bridge letter attributed to the CPA firm
  { rule: 'bridge-letter-auditor', text: 'Our auditors issued a bridge letter covering January to March.' },
  { rule: 'bridge-letter-auditor', text: 'The bridge letter from our CPA firm is attached.' },
  { rule: 'bridge-letter-auditor', text: 'Our CPA firm has provided a gap letter through June 30.' },
  { rule: 'bridge-letter-auditor', text: 'A bridge letter signed by our external auditor covers the gap.' },
  { rule: 'bridge-letter-auditor', text: 'The auditor-issued bridge letter extends coverage to March 31.' },
  { rule: 'bridge-letter-auditor', profile: FULL, text: 'Halvorsen & Reyes LLP issued a bridge letter for the first quarter.' },
  { rule: 'bridge-letter-auditor', text: 'We can provide a bridge letter from our auditor on request.' },
  { rule: 'bridge-letter-auditor', text: 'Our audit firm wrote a bridge letter confirming no changes since the period ended.' },
  { rule: 'bridge-letter-auditor', text: 'The bridge letter, prepared by our SOC 2 auditor, confirms controls remained in place.' },
  { rule: 'bridge-letter-auditor', text: 'We have a CPA-signed bridge letter for Q1.' },
  { rule: 'bridge-letter-auditor', text: 'Our auditor’s bridge letter covers the period since December 31.' },
  { rule: 'bridge-letter-auditor', text: 'The bridge letter provides auditor assurance up to today.' },
  { rule: 'bridge-letter-auditor', text: 'Our auditors will issue a bridge letter once the quarter closes.' },
  { rule: 'bridge-letter-auditor', profile: FULL, text: 'A bridge letter from Halvorsen & Reyes covers the months since the period ended.' },

  // with a profile: a carved-out provider's controls claimed as covered
  { rule: 'carve-out-covered', profile: FULL, text: 'Our SOC 2 covers the physical security of the data centers.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Our SOC 2 report covers AWS.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'The SOC 2 report includes the controls of Amazon Web Services.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'AWS’s data center controls were tested as part of our SOC 2 examination.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Our SOC 2 Type 2 audit covered our hosting provider’s infrastructure controls.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Physical access to the data centers hosting our platform is covered by our SOC 2 report.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Our SOC 2 auditor tested AWS’s physical and environmental controls.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'The scope of our SOC 2 includes Amazon Web Services’ infrastructure.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Our SOC 2 report covers the environmental protections at our cloud provider’s facilities.' },
  { rule: 'carve-out-covered', profile: FULL, text: 'Everything from our code to the AWS data centers is covered by our SOC 2.' },

  // with a profile: all five categories, or a category not in scope
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 report covers all five trust services categories.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'The SOC 2 covers all five Trust Services Criteria categories.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 Type 2 includes Privacy and Processing Integrity.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 covers every trust services category.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'The report addresses security, availability, confidentiality, processing integrity and privacy.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 audit tested the Privacy criteria.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 report covers privacy as well.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'The SOC 2 report includes the Processing Integrity category.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'Our SOC 2 includes all of the Trust Services Criteria.' },
  { rule: 'category-out-of-scope', profile: FULL, text: 'All five categories are in scope of our SOC 2 report.' },

  // with a profile: a firm that contradicts it
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'Our SOC 2 report was issued by Deloitte & Touche LLP.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'Our SOC 2 Type 2 examination was performed by KPMG.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'The SOC 2 audit was conducted by Schellman & Company.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'We were audited by A-LIGN for our SOC 2.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'Our SOC 2 auditor, Johanson Group LLP, issued the report in February.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'Our SOC 2 report is signed by Moss Adams.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'Prescient Assurance performed our latest SOC 2 Type II audit.' },
  { rule: 'firm-contradicts-profile', profile: FULL, text: 'The CPA firm that examined our SOC 2 controls is BDO USA.' },

  // with a profile: a period that contradicts it
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our SOC 2 Type 2 report covers July 1, 2024 to June 30, 2025.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our most recent SOC 2 period ended on 2025-06-30.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'The SOC 2 Type 2 audit window was 1 April 2025 to 31 March 2026.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our SOC 2 report covers the twelve months ending September 30, 2025.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our SOC 2 examination period ran from 2025-03-01 through 2025-08-31.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our SOC 2 Type 2 covers 01/01/2024 to 12/31/2024.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our current SOC 2 report’s period ended March 31, 2026.' },
  { rule: 'period-contradicts-profile', profile: FULL, text: 'Our SOC 2 Type 2 report covers the period from June 1, 2025 through November 30, 2025.' },

  // with a profile: an opinion that contradicts it
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'We received a clean SOC 2 report.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'Our auditor issued an unqualified opinion.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'Our SOC 2 audit came back clean.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'The SOC 2 opinion was unmodified.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'Our SOC 2 Type 2 report carries a clean opinion.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'We passed our SOC 2 audit with a clean report.' },
  { rule: 'opinion-contradicts-profile', profile: FULL, text: 'Our auditor issued a qualified opinion on our SOC 2.' },
  { rule: 'opinion-contradicts-profile', profile: QUALIFIED, text: 'Our SOC 2 report has a clean bill of health from our auditors.' },

  // with a profile: "no exceptions" when exceptions are listed
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'Our SOC 2 report noted no exceptions.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'Clean SOC 2 report with no findings.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'The auditor found zero exceptions in testing.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'No deviations were identified during the SOC 2 audit.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'Our SOC 2 Type 2 report has no findings.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'The SOC 2 audit identified no issues with our controls.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'All controls passed testing with no exceptions noted.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'There were no exceptions in our most recent SOC 2.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'Our SOC 2 came back with zero findings.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'The SOC 2 auditors noted no control failures.' },
  { rule: 'exceptions-contradict-profile', profile: EXCEPTIONS, text: 'Every control in our SOC 2 was tested and none had exceptions.' },

  // an expected report date already passed, stated as future
  { rule: 'expected-date-passed', text: 'We expect our SOC 2 Type 2 report by March 31, 2026.' },
  { rule: 'expected-date-passed', text: 'The SOC 2 report is expected in January 2026.' },
  { rule: 'expected-date-passed', text: 'Our SOC 2 report will be issued on 2026-02-15.' },
  { rule: 'expected-date-passed', text: 'Our Type 2 report is scheduled for release on April 15, 2026.' },
  { rule: 'expected-date-passed', text: 'The SOC 2 examination will be complete by December 2025.' },
  { rule: 'expected-date-passed', text: 'Expected SOC 2 report date: 2026-04-30.' },
  { rule: 'expected-date-passed', text: 'Our first SOC 2 report should be available in February 2026.' },
  { rule: 'expected-date-passed', text: 'We anticipate receiving the SOC 2 report by 15 March 2026.' },

  // an unfilled placeholder
  { rule: 'unfilled-placeholder', text: 'Our SOC 2 Type 2 report covers 2025-01-01 to [period end date].' },
  { rule: 'unfilled-placeholder', text: 'The auditor’s opinion was [opinion].' },
  { rule: 'unfilled-placeholder', text: 'The report was issued by [CPA firm].' },
  { rule: 'unfilled-placeholder', text: 'Trust services categories in scope: [categories].' },
  { rule: 'unfilled-placeholder', text: 'The report is available [how the report is shared].' },
  { rule: 'unfilled-placeholder', text: 'Our next report is expected by [expected report date].' },
  { rule: 'unfilled-placeholder', text: 'Contact [security contact] for the report.' },
  { rule: 'unfilled-placeholder', text: 'We monitor [subservice organizations] by reviewing their reports.' },
];

export const CORRECT: readonly CorrectLine[] = [
  // certification words used correctly
  { text: 'Unlike SOC 2, ISO/IEC 27001 is a certification issued by an accredited body.' },
  { text: 'We are ISO/IEC 27001:2022 certified, and we also have a SOC 2 Type 2 report.' },
  { text: 'Our ISO 27001 certificate was issued by Certa Registrar Ltd.' },
  { text: 'Our engineers hold CISSP and CISA certifications.' },
  { text: 'A SOC 2 is an attestation report, not a certification.' },
  { text: 'There is no such thing as a SOC 2 certificate; the CPA firm issues a report.' },
  { text: 'Our data centers are operated by AWS, which holds ISO 27001 certification.' },
  { text: 'We have completed a SOC 2 Type 2 examination.' },
  { text: 'Our SOC 3 report is a general-use summary of the same examination.' },
  { text: 'Halvorsen & Reyes LLP is a licensed CPA firm.' },
  { text: 'Our SOC 2 report was issued by Halvorsen & Reyes LLP, a firm of certified public accountants.' },
  { text: 'PCI DSS compliance is validated annually by a Qualified Security Assessor.' },
  { text: 'We are PCI DSS compliant as a Level 1 service provider.' },
  { text: 'The word certified does not apply to SOC 2 reports.' },
  { text: 'Our staff complete accredited security awareness training every year.' },
  { text: 'Our SOC 1 Type 2 report covers controls relevant to customers’ financial reporting.' },
  { text: 'We hold HITRUST r2 certification and a SOC 2 Type 2 report.' },
  { text: 'Certification bodies accredited by ANAB audit our ISO 27001 ISMS.' },
  { text: 'Our SOC 2 Type II report is available under NDA; our ISO 27001 certificate is public.' },
  { text: 'The SOC 2 examination was carried out by certified public accountants at Halvorsen & Reyes LLP.' },
  { text: 'Our ISO 27001 certification and our SOC 2 report are reviewed by the same compliance team.' },

  // the AICPA in its real role
  { text: 'Our SOC 2 examination followed the AICPA attestation standards (AT-C 105 and 205).' },
  { text: 'The AICPA sets the standards; an independent CPA firm issued our SOC 2 report.' },
  { text: 'Our controls were evaluated against the AICPA’s 2017 Trust Services Criteria.' },
  { text: 'Halvorsen & Reyes LLP is an AICPA member firm and undergoes peer review.' },
  { text: 'SOC 2 is a registered mark of the AICPA.' },
  { text: 'Our SOC 2 report follows the AICPA’s SOC 2 guide.' },
  { text: 'The AICPA publishes the description criteria (DC 200) our SOC 2 system description follows.' },
  { text: 'CPA licenses are granted by state boards of accountancy, not by the AICPA.' },
  { text: 'The AICPA does not issue SOC 2 reports; licensed CPA firms do.' },

  // platforms and consultancies in their real role
  { text: 'We use Vanta to collect evidence for our SOC 2 examination.' },
  { text: 'Drata monitors our controls continuously; our SOC 2 report was issued by Halvorsen & Reyes LLP.' },
  { text: 'Secureframe helped us prepare for the SOC 2 audit, and an independent CPA firm performed the examination.' },
  { text: 'Our compliance automation platform tracks SOC 2 control evidence between audits.' },
  { text: 'A consultancy ran our SOC 2 readiness assessment before the examination began.' },
  { text: 'Our penetration test was performed by Redline Testing GmbH.' },
  { text: 'Vanta is a compliance automation tool, not an audit firm, and cannot issue a SOC 2 report.' },
  { text: 'We track our SOC 2 controls in Sprinto.' },
  { text: 'SOC 2 evidence is gathered in Drata and reviewed by our auditor.' },

  // retired standards mentioned historically
  { text: 'SSAE 18 superseded SSAE 16 in 2017.' },
  { text: 'SAS 70 was replaced by SSAE 16 in 2011.' },
  { text: 'Our older SAS 70 reports were replaced by SOC 1 reports years ago.' },
  { text: 'Before 2017, SOC 1 reports were issued under SSAE 16.' },
  { text: 'We moved from a SAS 70 report to a SOC 2 report in 2012.' },
  { text: 'Questionnaires that ask for an SSAE 16 report are asking for today’s SOC 1.' },
  { text: 'Our SOC 2 examination follows SSAE 18 (AT-C 105 and 205).' },
  { text: 'The SOC 1 report is issued under AT-C 320.' },
  { text: 'SAS 70 is a retired standard; we provide a SOC 1 Type 2 report instead.' },
  { text: 'We have not had a SAS 70 audit since 2011, when that standard was retired.' },

  // ISAE used correctly
  { text: 'ISAE 3402 corresponds to SOC 1, not SOC 2.' },
  { text: 'The international counterpart of a SOC 2 is an ISAE 3000 report on the Trust Services Criteria.' },
  { text: 'We also provide an ISAE 3402 Type II report for customers’ financial auditors.' },
  { text: 'Our SOC 2 report is issued under both the AICPA standards and ISAE 3000.' },
  { text: 'Our SOC 1 Type 2 report is also issued under ISAE 3402.' },
  { text: 'ISAE 3402 is the international equivalent of SOC 1.' },
  { text: 'For European customers we offer an ISAE 3000 report alongside our SOC 2.' },
  { text: 'Unlike ISAE 3402, which addresses financial reporting controls, our SOC 2 covers security.' },

  // validity words about things that do expire
  { text: 'Our ISO 27001 certificate is valid until 2027-02-28.' },
  { text: 'A SOC 2 report does not expire; its freshness is judged from the period end.' },
  { text: 'Our PCI DSS attestation of compliance is valid until March 31, 2027.' },
  { text: 'The bridge letter covers the period until June 30, 2026.' },
  { text: 'Trust portal download links for the SOC 2 report are valid for 7 days.' },
  { text: 'Our SOC 2 Type 2 period ended on 2025-12-31, and most buyers accept a report whose period ended within the last 12 months.' },
  { text: 'SOC 2 reports have no expiration date.' },
  { text: 'The NDA for the SOC 2 report remains valid for two years.' },
  { text: 'Our ISO 27001 certification expires in February 2027 and is renewed through recertification.' },
  { text: 'Customers’ access tokens expire after 12 hours.' },

  // sharing
  { text: 'Our SOC 3 report is publicly available on our website.' },
  { text: 'The SOC 2 report is available under NDA through our trust portal.' },
  { text: 'Our SOC 3, unlike the SOC 2, can be downloaded without an NDA.' },
  { text: 'A public summary (SOC 3) is available at https://northwind.example/soc3.pdf.' },
  { text: 'Our SOC 2 report is restricted use and shared with customers under NDA.' },
  { text: 'Our security whitepaper is publicly available.' },
  { text: 'Customers can download the SOC 2 report from the trust portal after accepting the NDA.' },
  { text: 'We publish a SOC 3 report for the general public.' },
  { text: 'Prospects may request the SOC 2 report; we share it once an NDA is signed.' },
  { text: 'Our SOC 2 report is not public; we share it under NDA.' },

  // Type 1 and Type 2 described correctly
  { text: 'Unlike a Type 1, our Type 2 shows operation over the period.' },
  { text: 'Our SOC 2 Type 1 report addresses the design of our controls as of 2025-09-30.', profile: TYPE1 },
  { text: 'A Type 1 report does not test how controls operated over time.' },
  { text: 'Our Type 2 examination period runs from October 1, 2025 to March 31, 2026.', profile: TYPE1 },
  { text: 'The Type 1 report speaks to design at one date; the Type 2 period that follows will test operation.' },
  { text: 'A Type 2 report tests whether controls operated effectively throughout the period.' },
  { text: 'Our SOC 2 Type 2 report covers January 1 to December 31, 2025.' },
  { text: 'The Type 1 is a point-in-time report as of September 30, 2025.' },
  { text: 'Our Type 1 report does not cover operating effectiveness; our Type 2 will.', profile: TYPE1 },
  { text: 'After our Type 1, we began a six-month Type 2 period in October.', profile: TYPE1 },
  { text: 'A Type 1 speaks to design; a Type 2 also covers operating effectiveness over a period.' },
  { text: 'Our Type 1 report was issued in November for design as of September 30.', profile: TYPE1 },
  { text: 'The Type 2 report shows our controls worked as intended from January to December 2025.' },
  { text: 'We plan a Type 2 examination that will test operation over six months.' },
  { text: 'Our controls have run since January, and our Type 2 period will begin in July.' },
  { text: 'Our SOC 2 Type 1 report is as of September 30, 2025; the Type 2 period runs from October 2025 to March 2026.', profile: TYPE1 },

  // bridge letters from management
  { text: 'Our management issues a bridge letter covering the months since the period ended.' },
  { text: 'A bridge letter signed by our CISO covers January 1 to March 31, 2026.' },
  { text: 'The bridge letter is management’s statement and carries no auditor assurance.' },
  { text: 'Our auditor does not issue bridge letters; management does.' },
  { text: 'We can provide a bridge letter from management on request.' },
  { text: 'The bridge letter points to our SOC 2 report issued by Halvorsen & Reyes LLP.' },
  { text: 'Our CFO wrote the bridge letter; our CPA firm performed the underlying examination.' },
  { text: 'The bridge letter covers the gap from the end of our last audit period to today.' },
  { text: 'Bridge letters are written by the service organization’s management, not the auditor.' },

  // exceptions and opinions
  { text: 'Apart from one exception under CC6.2, no other exceptions were noted.', profile: EXCEPTIONS },
  { text: 'The SOC 2 report noted three exceptions, and the opinion is unqualified.', profile: EXCEPTIONS },
  { text: 'Exceptions were noted under CC6.2 and CC8.1; management’s responses are in the report.', profile: EXCEPTIONS },
  { text: 'An unqualified opinion can still come with exceptions in the tests of controls.' },
  { text: 'The opinion was unqualified, although the tests of controls noted exceptions.', profile: EXCEPTIONS },
  { text: 'Our auditor’s opinion is qualified for CC8.1; see the SOC 2 report for details.', profile: QUALIFIED },
  { text: 'A clean opinion does not mean there were no exceptions.' },
  { text: 'If exceptions are noted, we describe them and their remediation.' },
  { text: 'The customer asked whether there were "no exceptions"; we shared the tests of controls.', profile: EXCEPTIONS },
  { text: 'Our SOC 2 report has no exceptions.', profile: FULL },
  { text: 'We received an unqualified opinion with no exceptions noted.', profile: FULL },
  { text: 'We clean up stale access during quarterly reviews, a control in our SOC 2 report.' },
  { text: 'The SOC 2 report lists three exceptions; none of them affected the unqualified opinion.', profile: EXCEPTIONS },
  { text: 'Other than the CC8.1 exception, testing found no further deviations.', profile: QUALIFIED },

  // CUECs with "must"
  { text: 'Customers must manage their own user access, as listed in the CUECs of our SOC 2 report.' },
  { text: 'Customers must configure single sign-on to meet the complementary user entity controls.' },
  { text: 'Our SOC 2 report lists controls customers must operate, such as protecting their API keys.' },
  { text: 'The CUECs in the SOC 2 report require that customers review their audit logs.' },
  { text: 'User entities must report suspected incidents promptly, per the SOC 2 report’s CUECs.' },

  // the customer's own wording, quoted
  { text: 'You asked whether we are "SOC 2 certified": we have a SOC 2 Type 2 report instead.' },
  { text: 'Regarding your question about our "SOC 2 certification", our report covers 2025.' },
  { text: 'Your questionnaire refers to an "SSAE 16 audit"; our current report is a SOC 2 Type 2.' },
  { text: 'The question says the SOC 2 report "expires"; SOC 2 reports have no expiry date.' },
  { text: 'You mention a "public SOC 2"; we can offer our SOC 3 for public use.' },
  { text: 'In response to "Are you SOC 2 compliant?", we have a SOC 2 Type 2 report.' },

  // planned examinations, future tense
  { text: 'We will begin our first SOC 2 Type 2 examination in July 2026.' },
  { text: 'Our next SOC 2 Type 2 report is expected by August 31, 2026.' },
  { text: 'We plan to add Privacy to the scope of our next SOC 2 examination.', profile: FULL },
  { text: 'Our next Type 2 period will run from January 1 to December 31, 2026.' },
  { text: 'We are working towards a SOC 2 Type 1 report as of September 30, 2026.' },
  { text: 'Our next SOC 2 report should be available in the third quarter of 2026.' },
  { text: 'Our SOC 2 auditor will begin fieldwork in June.' },

  // carve-out described correctly
  { text: 'AWS is carved out of our SOC 2 report; we review its own SOC 2 Type 2 report every year.', profile: FULL },
  { text: 'Physical security of the data centers is AWS’s responsibility and is outside the scope of our SOC 2 report.', profile: FULL },
  { text: 'Our SOC 2 report names Amazon Web Services as a carved-out subservice organization.', profile: FULL },
  { text: 'AWS’s own SOC 2 report covers the physical security of its data centers.', profile: FULL },
  { text: 'Our SOC 2 report covers the Northwind Platform application, its APIs and supporting infrastructure.', profile: FULL },
  { text: 'The SOC 2 report lists the controls we expect AWS to operate (CSOCs).', profile: FULL },
  { text: 'We monitor Amazon Web Services by reviewing its SOC 2 Type 2 report annually.', profile: FULL },
  { text: 'Our SOC 2 covers our own logical access controls over the AWS accounts we manage.', profile: FULL },

  // categories described correctly
  { text: 'Our SOC 2 report covers Security, Availability and Confidentiality.', profile: FULL },
  { text: 'Privacy is not in the scope of our SOC 2 report.', profile: FULL },
  { text: 'A SOC 2 can cover up to five trust services categories; ours covers three.', profile: FULL },
  { text: 'Our privacy policy is published on our website.', profile: FULL },
  { text: 'Our SOC 2 report covers Security, which is always in scope, plus Availability.', profile: FULL },
  { text: 'The five trust services categories are Security, Availability, Processing Integrity, Confidentiality and Privacy.', profile: FULL },
  { text: 'Our SOC 2 covers security, availability and confidentiality, but not privacy or processing integrity.', profile: FULL },
  { text: 'We handle data privacy requests within 30 days, outside the scope of the SOC 2 report.', profile: FULL },

  // firms that agree with the profile, or belong to another report
  { text: 'Our SOC 2 report was issued by Halvorsen & Reyes LLP.', profile: FULL },
  { text: 'Halvorsen & Reyes LLP performed our SOC 2 Type 2 examination.', profile: FULL },
  { text: 'Our ISO 27001 audit was conducted by Certa Registrar Ltd.', profile: FULL },
  { text: 'AWS’s SOC 2 report is issued by Ernst & Young LLP.', profile: FULL },
  { text: 'Our SOC 1 report was also prepared by Halvorsen & Reyes LLP.', profile: FULL },
  { text: 'Our device management is provided by Fleetwise MDM, within the scope of our SOC 2.', profile: FULL },
  { text: 'Our SOC 2 report was issued by an independent CPA firm.', profile: FULL },
  { text: 'Our annual penetration test, performed by Redline Testing GmbH, supports our SOC 2 controls.', profile: FULL },

  // periods that agree with the profile, or belong to something else
  { text: 'Our SOC 2 Type 2 report covers January 1, 2025 to December 31, 2025.', profile: FULL },
  { text: 'Our most recent SOC 2 period ended on 2025-12-31.', profile: FULL },
  { text: 'The SOC 2 examination period ran from 1 January 2025 to 31 December 2025.', profile: FULL },
  { text: 'Our previous SOC 2 period covered January 1, 2024 to December 31, 2024.', profile: FULL },
  { text: 'AWS’s SOC 2 report covers April 1, 2024 to March 31, 2025.', profile: FULL },
  { text: 'Our penetration test ran from 2025-11-01 to 2025-11-15, after the SOC 2 period.', profile: FULL },
  { text: 'Our SOC 2 report was issued on February 10, 2026.', profile: FULL },
  { text: 'Our next SOC 2 period runs from 2026-01-01 to 2026-12-31.', profile: FULL },
  { text: 'The bridge letter covers January 1, 2026 to June 30, 2026, after our SOC 2 period.', profile: FULL },

  // expected dates that are past, told as past
  { text: 'We received our SOC 2 report on February 10, 2026.' },
  { text: 'Our SOC 2 report was expected by January 2026 and was issued on February 10, 2026.' },
  { text: 'We expect the next SOC 2 report by February 2027.' },
  { text: 'The SOC 2 report, originally expected in March 2026, was delivered in April.' },
  { text: 'In 2025 we expected the first SOC 2 report by the end of the year, and it arrived on time.' },

  // everyday sentences near the topic
  { text: 'Our SOC 2 Type 2 report covers January 1 to December 31, 2025, and was issued by Halvorsen & Reyes LLP.', profile: FULL },
  { text: 'Our SOC 2 report has an unqualified opinion.', profile: FULL },
  { text: 'SOC 2 reports are intended for customers and prospects with a business need to understand the system.' },
  { text: 'The AICPA’s SOC suite also includes SOC for Cybersecurity, which is not a SOC 2.' },
  { text: 'The SOC 2 examination covers controls relevant to security.' },
  { text: 'Our SOC 2 Type 2 report is available under NDA on request.' },
  { text: 'Our auditor tested a sample of access reviews for the SOC 2 Type 2 report.' },
  { text: 'The SOC 2 report describes our system and the controls that support our commitments.' },
  { text: 'We review the SOC 2 reports of our critical vendors every year.' },
  { text: 'AWS’s SOC 2 Type 2 report covers the physical security of its facilities.', profile: FULL },
  { text: 'Our SOC 2 Type 2 period ended 2025-12-31; a bridge letter from management covers the months since.' },
  { text: 'The SOC 2 report was issued by our independent auditor, a licensed CPA firm.' },
  { text: 'We are compliant with GDPR and have a SOC 2 Type 2 report.' },
  { text: 'Our ISO 27001 certificate expires on 2027-02-28; our SOC 2 report has no expiry date.' },
  { text: 'Our SOC 2 Type 2 report tested the operating effectiveness of our controls over twelve months.' },
  { text: 'Our SOC 2 Type 2 examination was performed under AT-C 105 and AT-C 205.' },
  { text: 'The SOC 2 report contains the auditor’s opinion, management’s assertion and the system description.' },
  { text: 'Our SOC 2 Type II examination under way covers Security and Availability.', profile: 'in progress type2' },
  { text: 'We do not hold a SOC 2 report today; our examination period ends on June 30, 2026.', profile: 'in progress type2' },
  { text: 'Our SOC 2 examination is under way and the report is expected by August 31, 2026.', profile: 'in progress type2' },
  { text: 'Customers sign our mutual NDA before we share the SOC 2 report.' },
  { text: 'The SOC 2 report is shared under NDA, and the SOC 3 is on our website.' },
  { text: 'We provide the SOC 2 report to customers under our standard NDA.', profile: FULL },
  { text: 'Our customers can access the SOC 2 report through the trust portal once their NDA is on file.', profile: FULL },
  { text: 'The CPA firm that examined our SOC 2 controls is Halvorsen & Reyes LLP.', profile: FULL },
  { text: 'Our auditor, Halvorsen & Reyes LLP, issued the SOC 2 report in February 2026.', profile: FULL },
  { text: 'A Type 1 report does not show that controls operated effectively over a period.' },
  { text: 'Type 1 reports speak to a single date, while Type 2 reports cover a period of months.' },
  { text: 'No SOC 2 exceptions were noted in the report for 2025.', profile: FULL },
  { text: 'Our SOC 2 report is restricted to customers and prospects with a business need.' },
  { text: 'We keep our SOC 2 report current with back-to-back twelve-month periods.' },
  { text: 'Management signs the bridge letter, and our CPA firm signs the SOC 2 report.' },
  { text: 'The SOC 2 report includes Security, Availability and Confidentiality; Privacy is out of scope.', profile: FULL },
  { text: 'Our SOC 2 examination was completed by Halvorsen & Reyes LLP in February 2026.', profile: FULL },
  { text: 'Our SOC 2 Type 2 report is the most recent one; the previous report covered 2024.', profile: FULL },

  // brackets that are not placeholders
  { text: '- [x] Yes, we have a SOC 2 Type 2 report.' },
  { text: '- [ ] No SOC 2 report' },
  { text: 'See [our trust portal](https://trust.northwind.example) for the SOC 2 report.' },
  { text: 'The SOC 2 report is described in the security overview [1].' },
  { text: 'Our policy [ISP-04] defines SOC 2 access reviews.' },
  { text: 'The SOC 2 report [Northwind SOC 2 2025.pdf] is in the data room.' },
];
