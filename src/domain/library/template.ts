/** The text of a new library entry, for `attest library new` and `Attest: New Library Entry`. */
import { normalizeText } from './analyze';

/** A file name from a question: the first meaningful words, hyphenated. */
export function entrySlug(question: string): string {
  const words = normalizeText(question)
    .split(' ')
    .filter((w) => w !== '' && !['do', 'does', 'you', 'your', 'is', 'are', 'the', 'a', 'an', 'of', 'to', 'we', 'our', 'have', 'has', 'how', 'what', 'which'].includes(w));
  return words.slice(0, 6).join('-') || 'entry';
}

function yamlString(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}

/**
 * The scaffold of a new entry: every field present, the Yes/No and owner left for the writer
 * (an entry without an owner or a review date is flagged by `attest library check`).
 *
 * @returns the path under the library root (`topic/slug.md`) and the file's text
 */
export function newEntryTemplate(topic: string, question: string, options: { owner?: string; today?: string } = {}): { path: string; id: string; text: string } {
  const slug = entrySlug(question);
  const cleanTopic = topic
    .split(/[\\/]+/)
    .map((part) => normalizeText(part).replace(/ /g, '-'))
    .filter((part) => part !== '')
    .join('/');
  const id = [cleanTopic.split('/').pop(), slug].filter((p) => p !== undefined && p !== '').join('-').slice(0, 80).replace(/-+$/, '');
  const lines = [
    '---',
    `id: ${id}`,
    `question: ${yamlString(question)}`,
    'variants: []',
    'answer:',
    '  # yesno: yes        # yes | no | na: only when the question is a Yes/No question',
    '  sentence: "TODO: the answer in one sentence."',
    options.owner === undefined ? '# owner: Name (Team)  # who answers for this entry' : `owner: ${yamlString(options.owner)}`,
    options.today === undefined ? '# reviewed: YYYY-MM-DD' : `reviewed: ${options.today}`,
    'reviewEvery: 12 months',
    'visibility: public   # public | nda | internal (internal is never written into a questionnaire)',
    'tags: []',
    'evidence: []',
    '---',
    'TODO: the full answer, as a paragraph a customer can read.',
    '',
  ];
  return { path: `${cleanTopic === '' ? '' : `${cleanTopic}/`}${slug}.md`, id, text: lines.join('\n') };
}
