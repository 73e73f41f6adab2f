/**
 * The editor side of the workbook mapping: shows the columns the reader chose on each sheet (sheet,
 * header row, question, answer, comment and id columns, the customer's columns it left alone, why
 * it is unsure) and lets the writer correct a column, the header row, or skip a sheet. A correction
 * is remembered beside the workbook in its mapping file (`<name>.xlsx.attest.json`, written through
 * src/io/mappingFile.ts → writeFileSafely), and the next scan reads it.
 *
 * Fill Workbook calls `reviewWorkbookColumns` with the scan's `columnChoices(...)`: when the writer
 * changes something it returns the new mapping (scan again with it before filling); it returns
 * undefined when the choice stands, and 'cancelled' when the writer pressed Escape. `mappingBeside`
 * reads the remembered mapping before the scan.
 */
import * as vscode from 'vscode';
import { correctChoice, mergeCorrections, type ChoiceCorrection, type ColumnChoice, type ColumnRoleName } from '../domain/workbook/choice';
import type { WorkbookMapping } from '../domain/workbook/mapping';
import { MappingFileError, mappingPathFor, readMappingFile, writeMappingFile } from '../io/mappingFile';

export { mappingPathFor };

export interface ReviewOptions {
  /** Show the picker only when the reader is unsure of some sheet (the default), or always. */
  always?: boolean;
  /** Folders the mapping file may be written in (the workspace); see writeFileSafely's `within`. */
  within?: readonly string[];
}

interface SheetItem extends vscode.QuickPickItem {
  sheet?: string;
  accept?: boolean;
}

interface RoleItem extends vscode.QuickPickItem {
  correction?: 'header' | 'skip';
  role?: ColumnRoleName;
}

interface ColumnItem extends vscode.QuickPickItem {
  column?: string;
  none?: boolean;
}

const ROLE_LABELS: Record<ColumnRoleName, string> = { question: 'Question column', answer: 'Answer column', comment: 'Comment column', id: 'Id column' };

function describe(choice: ColumnChoice): string {
  if (choice.question === undefined || choice.answer === undefined) {
    return choice.problem ?? 'no questions';
  }
  const parts = [`question ${choice.question}`, `answer ${choice.answer}`, `comment ${choice.comment ?? '—'}`, `id ${choice.id ?? '—'}`];
  return `${choice.headerRow ? `header row ${choice.headerRow} · ` : ''}${parts.join(' · ')} · ${choice.questions} question(s)`;
}

function sheetItems(choices: ColumnChoice[], changed: Set<string>): SheetItem[] {
  const items: SheetItem[] = [
    { label: '$(check) Use these columns', description: changed.size > 0 ? `and remember ${changed.size} correction(s) beside the workbook` : '', accept: true },
    { label: '', kind: vscode.QuickPickItemKind.Separator },
  ];
  for (const choice of choices) {
    if (choice.skipped === 'hidden') {
      continue;
    }
    const icon = choice.unsure ? '$(warning) ' : changed.has(choice.sheet) ? '$(edit) ' : '';
    const customer = choice.customer.length > 0 ? `Left alone (the customer's): ${choice.customer.map((c) => `${c.column} "${c.header}"`).join(', ')}. ` : '';
    items.push({ label: `${icon}${choice.sheet}`, description: describe(choice), detail: `${customer}${choice.reasons.join(' ')}`, sheet: choice.sheet });
  }
  return items;
}

async function pickCorrection(choice: ColumnChoice): Promise<ChoiceCorrection | undefined> {
  const roles: RoleItem[] = (['question', 'answer', 'comment', 'id'] as const).map((role) => ({
    label: ROLE_LABELS[role],
    description: choice[role] === undefined ? 'none' : `now ${choice[role] as string}`,
    role,
  }));
  roles.push({ label: 'Header row', description: choice.headerRow === undefined ? 'none' : `now row ${choice.headerRow}`, correction: 'header' });
  roles.push({ label: 'Skip this sheet', description: 'no answers are written on it', correction: 'skip' });
  const role = await vscode.window.showQuickPick(roles, { title: `Columns of "${choice.sheet}"`, placeHolder: 'What to correct' });
  if (!role) {
    return undefined;
  }
  if (role.correction === 'skip') {
    return { skip: true };
  }
  if (role.correction === 'header') {
    const typed = await vscode.window.showInputBox({
      title: `Header row of "${choice.sheet}"`,
      prompt: 'The row number of the header (0 when the questions start on row 1 with no header)',
      value: String(choice.headerRow ?? 0),
      validateInput: (text) => (/^\d{1,7}$/.test(text.trim()) ? undefined : 'A row number, such as 4'),
    });
    return typed === undefined ? undefined : { headerRow: Number(typed.trim()) };
  }
  const target = role.role as ColumnRoleName;
  const columns: ColumnItem[] = choice.headers.map((cell) => ({ label: cell.column, description: cell.header, column: cell.column }));
  const known = new Set(choice.headers.map((cell) => cell.column));
  for (const column of [choice.question, choice.answer, choice.comment, choice.id]) {
    if (column !== undefined && !known.has(column)) {
      columns.push({ label: column, column });
      known.add(column);
    }
  }
  columns.sort((a, b) => (a.label.length - b.label.length) || a.label.localeCompare(b.label));
  if (target === 'comment' || target === 'id') {
    columns.unshift({ label: 'None', description: `no ${target} column`, none: true });
  }
  columns.push({ label: '$(edit) Another column…', description: 'type its letter' });
  const picked = await vscode.window.showQuickPick(columns, { title: `${ROLE_LABELS[target]} of "${choice.sheet}"`, placeHolder: 'The column, by its header' });
  if (!picked) {
    return undefined;
  }
  if (picked.none) {
    return { role: target, column: undefined };
  }
  if (picked.column !== undefined) {
    return { role: target, column: picked.column };
  }
  const typed = await vscode.window.showInputBox({
    title: `${ROLE_LABELS[target]} of "${choice.sheet}"`,
    prompt: 'The column letter, such as C',
    validateInput: (text) => (/^[A-Za-z]{1,3}$/.test(text.trim()) ? undefined : 'A column letter, such as C'),
  });
  return typed === undefined ? undefined : { role: target, column: typed.trim().toUpperCase() };
}

/**
 * Shows the chosen columns and takes the writer's corrections. Returns the mapping now written
 * beside the workbook, undefined when nothing was changed (or nothing needed review), or
 * 'cancelled' when the writer pressed Escape on the sheet list.
 */
export async function reviewWorkbookColumns(workbook: vscode.Uri, initial: ColumnChoice[], options: ReviewOptions = {}): Promise<WorkbookMapping | 'cancelled' | undefined> {
  if (options.always !== true && !initial.some((choice) => choice.unsure)) {
    return undefined;
  }
  let choices = initial;
  const changed = new Set<string>();
  for (;;) {
    const picked = await vscode.window.showQuickPick(sheetItems(choices, changed), {
      title: 'Attest: the columns read in this workbook',
      placeHolder: 'Pick a sheet to correct its columns, or use them as they are',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) {
      return 'cancelled';
    }
    if (picked.accept) {
      break;
    }
    const choice = choices.find((candidate) => candidate.sheet === picked.sheet);
    if (!choice) {
      continue;
    }
    const correction = await pickCorrection(choice);
    if (correction) {
      const corrected = correctChoice(choice, correction);
      choices = choices.map((candidate) => (candidate.sheet === choice.sheet ? corrected : candidate));
      changed.add(choice.sheet);
    }
  }
  if (changed.size === 0) {
    return undefined;
  }
  const path = mappingPathFor(workbook.fsPath);
  let existing: WorkbookMapping | undefined;
  try {
    existing = await readMappingFile(path);
  } catch (error) {
    if (!(error instanceof MappingFileError)) {
      throw error;
    }
    // A malformed file is replaced by the writer's fresh corrections (it said why when it was read).
  }
  const mapping = mergeCorrections(existing, choices.filter((choice) => changed.has(choice.sheet)));
  await writeMappingFile(workbook.fsPath, mapping, { overwrite: true, ...(options.within ? { within: options.within } : {}) });
  vscode.window.setStatusBarMessage(`$(check) Attest remembers these columns in ${vscode.workspace.asRelativePath(path)}`, 5000);
  return mapping;
}

/**
 * The mapping remembered beside a workbook, to pass to the scan (`scanWorkbook(bytes, { mapping })`);
 * `problem` (and no mapping) when the file is malformed: show it and stop, as `attest fill` does
 * (exit 2), rather than fill a sheet the writer corrected with columns read afresh.
 */
export async function mappingBeside(workbook: vscode.Uri): Promise<{ mapping?: WorkbookMapping; problem?: string }> {
  try {
    const mapping = await readMappingFile(mappingPathFor(workbook.fsPath));
    return mapping ? { mapping } : {};
  } catch (error) {
    if (error instanceof MappingFileError) {
      return { problem: error.message };
    }
    throw error;
  }
}
