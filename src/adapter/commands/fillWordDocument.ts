/**
 * Attest: Fill Word Document… — answers the questions of a Word questionnaire (.docx, .docm, .dotx,
 * .dotm) from the profile and the answer library into a new file beside it (`<name>.attest.docx`;
 * a .docm keeps its macros under .docm), through the one package flow (packageFill.ts). The Word
 * driver loads on first use and fills in process: reading is bounded like the workbook reader, and
 * a 2,000-question document fills in well under 3 s.
 */
import * as vscode from 'vscode';
import { loadEngine } from '../lazy/engine';
import { loadWord, type WordModule } from '../lazy/word';
import type { Services } from '../services';
import { WORD_EXTENSIONS, wordKind } from '../workbookFiles';
import { fillPackage, type PackageFillResult, type PackageFormat } from './packageFill';

/** Set by the first fill (the driver loads on first use). */
let word: WordModule | undefined;

const WORD: PackageFormat = {
  command: 'Fill Word Document',
  noun: 'document',
  purpose: 'fills Word questionnaires',
  kindOf: (uri) => {
    const kind = wordKind(uri);
    return kind === 'word' ? 'supported' : kind === 'legacy_doc' ? 'legacy' : 'other';
  },
  legacy: (name) => ({ message: `Attest could not fill ${name}: it is an old-format Word file (.doc). Open it in Word or LibreOffice, save it as .docx, and try again.`, code: 'legacy_doc' }),
  unsupported: (name) => `Fill Word Document works on Word documents (.docx, .docm, .dotx, .dotm), and ${name} is not one.`,
  noFile: 'Choose a Word questionnaire (.docx) to fill: right-click it in the Explorer and pick Attest: Fill Word Document….',
  pick: async () =>
    (
      await vscode.window.showOpenDialog({
        title: 'Attest: choose the Word questionnaire to fill',
        openLabel: 'Fill with Attest',
        canSelectMany: false,
        canSelectFolders: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        filters: { 'Word documents': [...WORD_EXTENSIONS] },
      })
    )?.[0],
  overwriteDetail: 'Keep them, or replace them with answers from the profile and the library where they have one? The original document is not changed either way.',
  fill: async (run) => {
    word ??= await loadWord();
    const { answererFor, profileNotices } = await loadEngine();
    try {
      return await word.fillWord(run.bytes, answererFor(run.profile, ...(run.library.source ? [run.library.source] : [])), {
        today: run.today,
        defaultLength: 'paragraph',
        overwrite: run.overwrite,
        ...(run.askOverwrite !== undefined && { askOverwrite: run.askOverwrite }),
        signal: run.signal,
        title: run.title,
        notes: profileNotices(run.profile),
        onProgress: run.onProgress,
      });
    } catch (error) {
      if (error instanceof word.FillCancelled) {
        return undefined;
      }
      throw error;
    }
  },
  readError: (error) => (word !== undefined && error instanceof word.WordError ? { message: error.message, code: error.code } : undefined),
  reportHint: 'Ticked boxes name the verdict; the explanation is in the comment column where the table has one. Read every answer in Word before you send the document.',
};

export function fillWordDocument(services: Services, target?: unknown, optionsArgument?: unknown): Promise<PackageFillResult> {
  return fillPackage(services, WORD, target, optionsArgument);
}
