/**
 * One library entry: a Markdown file with a YAML front matter. The front matter is validated by
 * this one zod schema; the Markdown body is the paragraph answer; the folder is the topic.
 *
 * ```markdown
 * ---
 * id: encryption-at-rest
 * question: Is customer data encrypted at rest?
 * variants:
 *   - Describe how customer data is encrypted at rest.
 * answer:
 *   yesno: yes            # yes | no | na; only for an entry that answers a Yes/No question
 *   sentence: Customer data is encrypted at rest with AES-256.
 * owner: Priya Raman (Security)
 * reviewed: 2026-09-01
 * reviewEvery: 12 months
 * visibility: public      # public | nda | internal (internal is never written into a questionnaire)
 * tags: [encryption]
 * evidence:
 *   - ../../policies/encryption.md
 * ---
 * The paragraph answer.
 * ```
 */
import * as z from 'zod/mini';

export const VISIBILITIES = ['public', 'nda', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const YESNO = ['yes', 'no', 'na'] as const;
export type YesNo = (typeof YESNO)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const REVIEW_EVERY = /^(\d{1,3})\s*(day|week|month|year)s?$/i;

function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const FrontMatterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case words joined by hyphens, e.g. encryption-at-rest')),
  question: text,
  variants: z._default(z.array(text), []),
  answer: z._default(
    z.strictObject({
      yesno: z.optional(z.enum(YESNO, 'must be yes, no or na')),
      sentence: z.optional(text),
    }),
    {},
  ),
  owner: z.optional(text),
  reviewed: z.optional(
    z.string().check(
      z.regex(ISO_DATE, 'must be a date as YYYY-MM-DD'),
      z.refine((value) => !ISO_DATE.test(value) || isCalendarDate(value), 'is not a day of the calendar'),
    ),
  ),
  reviewEvery: z.optional(z.string().check(z.regex(REVIEW_EVERY, 'must be a period such as "12 months", "6 months" or "1 year"'))),
  visibility: z._default(z.enum(VISIBILITIES, 'must be public, nda or internal'), 'public'),
  tags: z._default(z.array(text), []),
  evidence: z._default(z.array(text), []),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** A 1-based position in an entry file. */
export interface SourceSpan {
  line: number;
  column: number;
}

/** A parsed, valid entry. */
export interface LibraryEntry extends FrontMatter {
  /** The folder under the library root, e.g. `identity` or `data/encryption` ('' at the root). */
  topic: string;
  /** The file, as given to the parser (usually relative to the workspace). */
  file: string;
  /** The Markdown body, trimmed: the paragraph answer ('' when the file has none). */
  paragraph: string;
  /** Where things are in the file, for findings. */
  spans: {
    id: SourceSpan;
    question: SourceSpan;
    owner?: SourceSpan;
    reviewed?: SourceSpan;
    yesno?: SourceSpan;
    sentence?: SourceSpan;
    /** 0-based offset of `sentence`'s value in the file (for mapping claim-check findings). */
    sentenceOffset?: number;
    variants: SourceSpan[];
    evidence: SourceSpan[];
    /** 0-based offset of the body in the file, and its line (1-based). */
    bodyOffset: number;
    bodyLine: number;
  };
}
