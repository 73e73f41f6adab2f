/**
 * The Word driver of the questionnaire engine (.docx, .docm, .dotx): the reader in ../../word finds
 * the questions (tables, numbered paragraphs and headings, checkboxes) and their answer places; the
 * engine's writes go back through `writeWordAnswers`, which changes only the answer runs and boxes
 * of document.xml and copies every other part of the package verbatim. The output is a new package
 * (`<name>.attest<extension>`, beside the original), so answers still holding placeholders are not
 * written (`writesPlaceholders: false`): those questions are left for a person, as in workbooks.
 *
 * Slots:
 *  - a table cell or an answer paragraph is a `text` slot; a table's comment column is its comment;
 *    an answer column headed "Yes/No" makes it a bare Yes/No slot; an answer column under a fifth of
 *    the table's width takes a sentence, not a paragraph, and so does a comment column under two
 *    fifths of it (a paragraph there runs pages long);
 *  - Yes/No boxes are a `checkbox` slot: the box the answer names is ticked, the others cleared; the
 *    explanation goes to the comment cell when the row has one (a Word document has no place "under
 *    the options" that belongs to the answer), and is otherwise not written;
 *  - boxes none of which is Yes, No or N/A, with no comment cell, are blocked: the engine would
 *    write the answer out in words, and there is nowhere to put them;
 *  - boxes where two start with the same word ("☐ Yes, Type 2 ☐ Yes, Type 1 ☐ No") are blocked:
 *    the engine ticks the first box its Yes names, and a Yes in the wrong box is a wrong answer;
 *  - an old answer inside a tracked change or a field is blocked (the reader's `blocked`), and so is
 *    every place Word's Restrict Editing keeps a person from editing (as a locked cell in a workbook).
 */
import type { Answerer } from '../../answer/types';
import { readWordQuestionnaire, writeWordAnswers, type WordItem, type WordReadOptions, type WordScan, type WordWrite } from '../../word';
import type { CoverageReport } from '../coverage';
import type { EngineItem, ReadDocument } from '../driver';
import { fillDocument, FillCancelled } from '../fill';
import { isYesNoHeader } from '../slotValues';

export interface WordDocument extends ReadDocument<Uint8Array> {
  scan: WordScan;
  /** The extension the filled file needs (`.docm` keeps the macros Word would refuse in a .docx). */
  extension: WordScan['extension'];
}

const CHOICE_WORD = /^(yes|no|n\/a)\b/i;
/** An answer column narrower than this share of its table takes a sentence. */
const NARROW_SHARE = 0.2;
/** A comment column narrower than this share takes a sentence: a paragraph there runs pages long. */
const NARROW_COMMENT_SHARE = 0.4;

function engineItem(item: WordItem): EngineItem {
  const checkbox = item.slot === 'checkbox';
  const options = item.options ?? [];
  const labels = options.map((option) => option.label).join(', ');
  const noChoiceBoxes = checkbox && !item.hasComment && !options.some((option) => CHOICE_WORD.test(option.label.trim()));
  const words = options.map((option) => CHOICE_WORD.exec(option.label.trim())?.[1]?.toLowerCase()).filter((word): word is string => word !== undefined);
  const ambiguous = checkbox && new Set(words).size < words.length;
  const blocked =
    item.blocked ??
    (ambiguous
      ? `[more than one box starts with the same answer (${labels}): tick the right one in Word]`
      : noChoiceBoxes
        ? `[the boxes (${labels}) are not Yes/No and there is no place for a written answer: tick one in Word]`
        : undefined);
  return {
    index: item.index,
    ...(item.id !== undefined && { id: item.id }),
    question: item.question,
    ...(item.section !== undefined && { section: item.section }),
    location: item.location,
    slot: {
      kind: checkbox ? 'checkbox' : 'text',
      existing: item.existing,
      ...(checkbox && { options: options.map(({ label, checked }) => ({ label, checked })) }),
      ...(item.hasComment === true && { comment: { existing: item.existingComment ?? '', writable: true } }),
      ...(blocked !== undefined && { blocked }),
      ...(isYesNoHeader(item.answerHeader) && { bareReason: `the column header "${item.answerHeader ?? ''}" asks for Yes/No` }),
      ...(item.answerWidth !== undefined && item.answerWidth < NARROW_SHARE && { length: 'sentence' as const }),
      ...(item.hasComment === true && item.commentWidth !== undefined && item.commentWidth < NARROW_COMMENT_SHARE && { commentLength: 'sentence' as const }),
      formulaRisk: false,
    },
  };
}

/** A Word document read for the engine. Throws WordError for unreadable input or no questions. */
export function wordDocument(bytes: Uint8Array, options: WordReadOptions = {}): WordDocument {
  const scan = readWordQuestionnaire(bytes, options);
  const items = scan.items.map(engineItem);
  const notes = [
    ...scan.notes,
    ...(scan.macroEnabled ? ['The document carries macros; they are kept as they are, so the filled copy is a .docm.'] : []),
    ...(scan.hasTrackedChanges ? ['The document has tracked changes; they are kept as they are, and answers are written as plain text.'] : []),
  ];
  return {
    scan,
    extension: scan.extension,
    items,
    ...(notes.length > 0 && { notes }),
    writesPlaceholders: false,
    write: (writes) =>
      writeWordAnswers(
        bytes,
        scan,
        writes.map(({ item, answer, comment, check }): WordWrite => {
          const source = scan.items[item.index] as WordItem;
          if (source.slot === 'checkbox') {
            // The explanation of a ticked box goes to the row's comment cell, when there is one.
            const explanation = comment ?? (answer.trim() === '' ? undefined : answer);
            return { index: item.index, check: [...(check ?? [])], ...(source.hasComment === true && explanation !== undefined && { comment: explanation }) };
          }
          return { index: item.index, answer, ...(comment !== undefined && source.hasComment === true && { comment }) };
        }),
      ),
  };
}

export interface WordFillOptions {
  /** ISO date (YYYY-MM-DD) that "today" means for freshness. */
  today: string;
  /** The `attest.defaultAnswerLength` setting; a paragraph by default. */
  defaultLength?: 'yesno' | 'sentence' | 'paragraph';
  /** Replace answers already in the document. */
  overwrite?: boolean;
  signal?: { readonly aborted: boolean };
  onProgress?: (done: number, total: number) => void;
  /** Title of the coverage report; defaults to "Word document coverage". */
  title?: string;
  notes?: readonly string[];
  /** As in fillWorkbook: asked once when some questions already have an answer (undefined cancels). */
  askOverwrite?: (answered: number, total: number) => Promise<boolean | undefined>;
}

export interface WordFillResult {
  /** The filled document: a new buffer; the input bytes are never modified. */
  bytes: Uint8Array;
  report: CoverageReport;
  extension: WordScan['extension'];
}

/** Reads, answers and writes a Word questionnaire (what `attest fill x.docx` and Fill Questionnaire do). */
export async function fillWord(bytes: Uint8Array, answerer: Answerer, options: WordFillOptions): Promise<WordFillResult> {
  if (options.signal?.aborted) {
    throw new FillCancelled();
  }
  const document = wordDocument(bytes);
  const result = await fillDocument(document, answerer, {
    today: options.today,
    defaultLength: options.defaultLength ?? 'paragraph',
    title: options.title ?? 'Word document coverage',
    ...(options.overwrite !== undefined && { overwrite: options.overwrite }),
    ...(options.askOverwrite !== undefined && { askOverwrite: options.askOverwrite }),
    ...(options.signal !== undefined && { signal: options.signal }),
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    ...(options.notes !== undefined && { notes: options.notes }),
  });
  return { bytes: result.output, report: result.report, extension: document.extension };
}
