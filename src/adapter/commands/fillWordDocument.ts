/**
 * Attest: Fill Word Document… — answers the questions of a Word questionnaire (.docx, .docm, .dotx,
 * .dotm) from the profile and the answer library, and writes them into a new file beside it
 * (`<name>.attest.docx`, the macros of a .docm kept under .docm), then opens the coverage report.
 * The original is only ever read. Arguments and results as Fill Workbook's (the same output choice,
 * the same safe write: never through a link, onto the original, or outside the workspace).
 */
import * as vscode from 'vscode';
import { attestEvents } from '../events';
import { renderCoverageMarkdown, summarizeCoverage } from '../../domain/engine/coverage';
import { activeTabUri } from '../questionnaireDocument';
import { coverageReports } from '../questionnaireCoverage';
import { libraryNote } from '../libraryService';
import { profileForAnswering } from '../questionnaireProfile';
import type { Services } from '../services';
import { loadEngine } from '../lazy/engine';
import { loadWord, type WordModule } from '../lazy/word';
import { uriOf } from '../uris';
import { baseName, countsSummary, WORD_EXTENSIONS, wordKind } from '../workbookFiles';
import { chooseOutput, finish, readFillOptions, writeWhole, type FillWorkbookResult } from './fillWorkbook';

/** How often the progress notification is updated. */
const PROGRESS_EVERY_MS = 100;

function activeWordDocument(): vscode.Uri | undefined {
  const uri = activeTabUri();
  return uri && wordKind(uri) !== 'other' ? uri : undefined;
}

async function pickWordDocument(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Attest: choose the Word questionnaire to fill',
    openLabel: 'Fill with Attest',
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { 'Word documents': [...WORD_EXTENSIONS] },
  });
  return picked?.[0];
}

export async function fillWordDocument(services: Services, target?: unknown, optionsArgument?: unknown): Promise<FillWorkbookResult> {
  const options = readFillOptions(optionsArgument);
  let source = uriOf(target) ?? activeWordDocument();
  if (!source && !options.quiet) {
    source = await pickWordDocument();
    if (!source) {
      return finish('cancelled', '');
    }
  }
  if (!source) {
    return finish('no_workbook', 'Choose a Word questionnaire (.docx) to fill: right-click it in the Explorer and pick Attest: Fill Word Document….');
  }
  const name = baseName(source);
  const kind = wordKind(source);
  if (kind === 'legacy_doc') {
    return finish('invalid_workbook', `Attest could not fill ${name}: it is an old-format Word file (.doc). Open it in Word or LibreOffice, save it as .docx, and try again.`, { code: 'legacy_doc' });
  }
  if (kind === 'other') {
    return finish('unsupported', `Fill Word Document works on Word documents (.docx, .docm, .dotx, .dotm), and ${name} is not one.`);
  }
  const found = await profileForAnswering(services, source, { purpose: 'fills Word questionnaires', wizard: 'open' });
  if (!found.profile) {
    return finish('no_profile', found.message);
  }
  const profile = found.profile;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(source);
  } catch (error) {
    services.logger.warn(`Fill Word Document: cannot read ${source.toString()}: ${String(error)}`);
    return finish('read_failed', `Attest could not read ${name}${error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? ': there is no such file' : ''}.`);
  }
  const word = await loadWord();
  const library = await services.libraries.forResource(source);
  const { profileNotices, answererFor } = await loadEngine();
  const today = services.clock.today();
  let overwrite = options.overwrite === true;
  const askOverwrite =
    options.overwrite === undefined && !options.quiet
      ? async (answered: number, total: number): Promise<boolean | undefined> => {
          const keep = 'Keep Existing Answers';
          const replace = 'Overwrite Them';
          const choice = await vscode.window.showWarningMessage(
            `${answered} of the ${total} questions in ${name} already ${answered === 1 ? 'has an answer' : 'have answers'}.`,
            { modal: true, detail: 'Keep them, or replace them with answers from the profile and the library where they have one? The original document is not changed either way.' },
            keep,
            replace,
          );
          overwrite = choice === replace;
          return choice === undefined ? undefined : choice === replace;
        }
      : undefined;
  let result: Awaited<ReturnType<WordModule['fillWord']>> | undefined;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Attest: filling ${name}`, cancellable: true }, async (progress, progressToken) => {
      const signal = { get aborted(): boolean { return progressToken.isCancellationRequested || options.token?.isCancellationRequested === true; } };
      let shown = 0;
      let lastShown = 0;
      try {
        return await word.fillWord(bytes, answererFor(profile, ...(library.source ? [library.source] : [])), {
          today,
          defaultLength: 'paragraph',
          overwrite,
          ...(askOverwrite !== undefined && { askOverwrite }),
          signal,
          title: `Coverage of ${name}`,
          notes: profileNotices(profile),
          onProgress: (done, total) => {
            if (done === total || Date.now() - lastShown >= PROGRESS_EVERY_MS) {
              progress.report({ message: `${done} of ${total} questions`, increment: ((done - shown) / Math.max(total, 1)) * 100 });
              shown = done;
              lastShown = Date.now();
            }
          },
        });
      } catch (error) {
        if (error instanceof word.FillCancelled) {
          return undefined;
        }
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof word.WordError) {
      services.logger.warn(`Fill Word Document: ${source.toString()}: ${error.code}`);
      return finish('invalid_workbook', `Attest could not fill ${name}: ${error.message}`, { code: error.code });
    }
    services.logger.error(`Fill Word Document: ${source.toString()}: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    return finish('failed', `Attest could not fill ${name} because of an unexpected error; the details are in Output → Attest. Nothing was written.`);
  }
  if (!result) {
    return finish('cancelled', `Fill cancelled: nothing was written, and ${name} was not changed.`);
  }
  const chosen = await chooseOutput(source, result, options);
  if (!chosen) {
    return finish('cancelled', 'Fill cancelled: nothing was written.');
  }
  const output = chosen.uri;
  let refusal: string | undefined;
  try {
    refusal = await writeWhole(source, chosen, result.bytes);
  } catch (error) {
    services.logger.warn(`Fill Word Document: cannot write ${output.toString()}: ${String(error)}`);
    refusal = `Attest could not write ${baseName(output)} (is the folder read-only, or the file open in another program?). Nothing was written.`;
  }
  if (refusal !== undefined) {
    return finish('write_failed', refusal);
  }
  const counts = summarizeCoverage(result.report);
  attestEvents.questionnaireFilled({ uri: output, count: counts.answered });
  const notes = [
    `Filled on ${today} from ${profile.organization.name}'s assurance profile${libraryNote(library)}${overwrite ? ', replacing existing answers' : ''}. The answers are in ${baseName(output)}; ${name} itself was not changed.`,
    'Read every answer in Word before you send the document.',
    ...(result.report.notes ?? []),
  ];
  const report = await coverageReports(services.context).show(source, renderCoverageMarkdown({ ...result.report, notes }));
  const summary = countsSummary(counts);
  const message = `Attest filled ${name} into ${baseName(output)}: ${summary}.`;
  services.logger.info(`Filled ${source.toString()} into ${output.toString()}: ${summary}.`);
  const reveal = 'Reveal in Explorer';
  void vscode.window.showInformationMessage(message, reveal).then((choice) => (choice === reveal ? vscode.commands.executeCommand('revealInExplorer', output) : undefined));
  return finish('filled', message, { outputUri: output, reportUri: report.uri, counts });
}
