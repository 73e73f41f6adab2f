/**
 * The five trust services categories and the opinion kinds. Kept apart from the zod schema so
 * plain data modules (the criteria catalog) can use them without importing the schema.
 */
export const CATEGORY_IDS = ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

export const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];

/**
 * What each opinion means, in one line (the profile schema's enum descriptions). Since the 2017
 * criteria and the 2018 SOC 2 guide, a clean opinion speaks of reasonable assurance that the
 * service commitments and system requirements would be (Type 1) or were (Type 2) achieved, never
 * of "the criteria were met".
 */
export const OPINION_MEANINGS: Record<Opinion, string> = {
  unqualified:
    'Clean opinion: the description is fairly presented and the controls were suitably designed (Type 2: and operated effectively) to give reasonable assurance that the service commitments and system requirements would be (Type 1) or were (Type 2) achieved based on the applicable criteria.',
  qualified: 'Except for a material but not pervasive problem.',
  adverse: 'A material and pervasive problem.',
  disclaimer: 'The auditor could not obtain enough evidence to give an opinion.',
};
