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
