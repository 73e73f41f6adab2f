/**
 * The driver for text questionnaires (Markdown, CSV, plain text): the readers in
 * ../../questionnaire find the questions and their answer ranges; answers go back as text edits
 * that touch only those ranges (applied by the caller as one undoable edit, or to a string).
 */
import { answerEdits, readQuestionnaire } from '../../questionnaire';
import type { QuestionItem, QuestionnaireFormat, QuestionnaireLayout, TextEdit } from '../../questionnaire/types';
import type { EngineItem, ReadDocument } from '../driver';
import { isPlaceholder, isYesNoHeader } from '../slotValues';

export interface TextQuestionnaire extends ReadDocument<TextEdit[]> {
  format: QuestionnaireFormat;
  /** The text the questions were read from. */
  text: string;
  layout: QuestionnaireLayout;
  /** The readers' items, index for index with `items`. */
  questions: readonly QuestionItem[];
}

const BARE_YES_NO = /^(yes|no|y|n|n\/a|na|not applicable|true|false)\.?$/i;

/** A Yes/No column: its header says so, or at least two of its answers are there and all are a bare Yes/No/N/A. */
function columnReasons(questions: readonly QuestionItem[], layout: QuestionnaireLayout): Map<string, string | undefined> {
  const columns = new Map<string, { header?: string; existing: string[] }>();
  for (const item of questions) {
    const key = columnKey(item, layout);
    if (key === undefined) {
      continue;
    }
    let column = columns.get(key);
    if (!column) {
      column = { header: columnHeader(item, layout), existing: [] };
      columns.set(key, column);
    }
    const existing = item.answer.existing.trim();
    if (!isPlaceholder(existing)) {
      column.existing.push(existing);
    }
  }
  const reasons = new Map<string, string | undefined>();
  for (const [key, { header, existing }] of columns) {
    reasons.set(
      key,
      isYesNoHeader(header)
        ? `the column header "${header ?? ''}" asks for Yes/No`
        : existing.length >= 2 && existing.every((value) => BARE_YES_NO.test(value))
          ? 'the answers already in the column are all Yes/No'
          : undefined,
    );
  }
  return reasons;
}

function columnKey(item: QuestionItem, layout: QuestionnaireLayout): string | undefined {
  if (item.answer.kind === 'csv-cell' && layout.format === 'csv') {
    return 'csv';
  }
  const cell = item.answer.tableCell;
  return item.answer.kind === 'markdown-table-cell' && cell && layout.format === 'markdown' ? `table:${cell.table}` : undefined;
}

function columnHeader(item: QuestionItem, layout: QuestionnaireLayout): string | undefined {
  if (layout.format === 'csv') {
    return layout.answerHeader;
  }
  const cell = item.answer.tableCell;
  const table = cell && layout.format === 'markdown' ? layout.tables[cell.table] : undefined;
  return table?.answerColumn === undefined ? undefined : table.headers[table.answerColumn];
}

function engineItem(item: QuestionItem, format: QuestionnaireFormat, bareReason: string | undefined): EngineItem {
  const { answer } = item;
  const checkbox = answer.kind === 'markdown-checkbox';
  return {
    index: item.index,
    ...(item.id !== undefined && { id: item.id }),
    question: item.question,
    ...(item.section !== undefined && { section: item.section }),
    location: `line ${item.line + 1}`,
    line: item.line,
    slot: {
      kind: checkbox ? 'checkbox' : 'text',
      existing: answer.existing,
      ...(checkbox && { options: (answer.options ?? []).map(({ label, checked }) => ({ label, checked })) }),
      ...(answer.comment !== undefined && { comment: { existing: answer.comment.existing, writable: true } }),
      ...(answer.unavailable !== undefined && { blocked: answer.unavailable }),
      ...(bareReason !== undefined && { bareReason }),
      formulaRisk: format === 'csv',
    },
  };
}

/** Reads a Markdown, CSV or plain-text questionnaire for the engine. Never throws. */
export function readTextQuestionnaire(text: string, format: QuestionnaireFormat): TextQuestionnaire {
  const { items: questions, layout } = readQuestionnaire(text, format);
  const reasons = columnReasons(questions, layout);
  const items = questions.map((item) => {
    const key = columnKey(item, layout);
    return engineItem(item, format, key === undefined ? undefined : reasons.get(key));
  });
  return {
    format,
    text,
    layout,
    questions,
    items,
    ...(layout.problem !== undefined && { problem: layout.problem }),
    writesPlaceholders: true,
    write: (writes) =>
      answerEdits(
        text,
        format,
        layout,
        writes.flatMap(({ item, answer, comment, check }) => {
          const question = questions[item.index];
          return question === undefined ? [] : [{ item: question, answer, ...(comment !== undefined && { comment }), ...(check !== undefined && { check: [...check] }) }];
        }),
      ),
  };
}
