import * as vscode from 'vscode';
import { attestEvents } from '../events';
import { renderCoverageMarkdown, summarizeCoverage, type CoverageCounts } from '../../domain/engine/coverage';
import { loadEngine } from '../lazy/engine';
import { CommandId } from '../../shared/ids';
import { getSettings } from '../config';
import { coverageReports } from '../questionnaireCoverage';
import { activeTabUri, applyTextEdits, displayName, isXlsx, lineLink, readOpenQuestionnaire } from '../questionnaireDocument';
import { libraryNote } from '../libraryService';
import { wordKind } from '../workbookFiles';
import type { FillWorkbookResult } from './fillWorkbook';
import { profileForAnswering } from '../questionnaireProfile';
import type { Services } from '../services';

/** Optional first argument: which document, whether to overwrite, and a token to cancel with. */
interface FillRequest {
  uri?: vscode.Uri;
  /** true: overwrite answers already there; false: fill empty only; undefined: ask when some are answered. */
  overwrite?: boolean;
  /** Cancels like the progress notification's Cancel button (for callers and tests). */
  token?: vscode.CancellationToken;
}

export type FillOutcome = 'filled' | 'cancelled' | 'no_document' | 'unsupported' | 'workbook' | 'no_profile' | 'no_questions' | 'document_changed' | 'failed';

export interface FillResult {
  outcome: FillOutcome;
  counts?: CoverageCounts;
  /** How many text edits were applied (all in one WorkspaceEdit). */
  edits?: number;
  report?: vscode.Uri;
}

function readRequest(value: unknown): FillRequest {
  if (value instanceof vscode.Uri) {
    return { uri: value };
  }
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const raw = value as Record<string, unknown>;
  const token = raw.token as Partial<vscode.CancellationToken> | undefined;
  return {
    uri: raw.uri instanceof vscode.Uri ? raw.uri : undefined,
    overwrite: typeof raw.overwrite === 'boolean' ? raw.overwrite : undefined,
    token: token && typeof token.isCancellationRequested === 'boolean' ? (token as vscode.CancellationToken) : undefined,
  };
}

/** The progress notification is updated at most this often (a message per question would flood it). */
const PROGRESS_EVERY_MS = 100;

/**
 * Attest: Fill Questionnaire. Answers every recognized question of the active Markdown, CSV or
 * plain-text document in one undoable edit, then opens a coverage report beside it.
 */
export async function fillQuestionnaire(services: Services, requestArg?: unknown): Promise<FillResult> {
  const request = readRequest(requestArg);
  const tabUri = request.uri ?? activeTabUri();
  if (isXlsx(tabUri)) {
    const workbook = tabUri;
    // A workbook is filled into a new file beside it by its own command, not edited as text.
    void vscode.window
      .showInformationMessage('This is an Excel workbook. Use Attest: Fill Workbook… — it writes the answers into a new file beside the original.', 'Fill Workbook…')
      .then((choice) => (choice ? vscode.commands.executeCommand(CommandId.fillWorkbook, workbook) : undefined));
    return { outcome: 'workbook' };
  }
  if (tabUri !== undefined && wordKind(tabUri) === 'word') {
    // A Word document is filled into a new file beside it (the original is only read), by the Word command.
    const word = await vscode.commands.executeCommand<FillWorkbookResult | undefined>(CommandId.fillWordDocument, tabUri, {
      ...(request.overwrite !== undefined && { overwrite: request.overwrite }),
      ...(request.token !== undefined && { token: request.token }),
    });
    const outcome: FillOutcome = word?.status === 'filled' ? 'filled' : word?.status === 'cancelled' ? 'cancelled' : word?.status === 'no_profile' ? 'no_profile' : 'failed';
    return { outcome, ...(word?.counts !== undefined && { counts: word.counts }), ...(word?.reportUri !== undefined && { report: word.reportUri }) };
  }
  const document = request.uri ? await vscode.workspace.openTextDocument(request.uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a Markdown, CSV or plain-text questionnaire, then run Fill Questionnaire.');
    return { outcome: 'no_document' };
  }
  const name = displayName(document);
  const open = readOpenQuestionnaire(document);
  if (!open) {
    void vscode.window.showInformationMessage(`Fill Questionnaire works on Markdown, CSV and plain-text documents; ${name} is none of these.`);
    return { outcome: 'unsupported' };
  }
  const { items, layout } = open.read;
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`Attest found no questions in ${name}.${layout.problem ? ` ${layout.problem}` : ''}`);
    return { outcome: 'no_questions' };
  }
  const { profile } = await profileForAnswering(services, document.uri);
  if (!profile) {
    return { outcome: 'no_profile' };
  }

  const engine = await loadEngine();
  const library = await services.libraries.forResource(document.uri);
  let overwrite = request.overwrite;
  const answeredCount = open.engine.items.filter(engine.isAnswered).length;
  if (answeredCount > 0 && overwrite === undefined) {
    const choice = await vscode.window.showWarningMessage(
      `${answeredCount} of the ${items.length} questions in ${name} already have an answer.`,
      { modal: true, detail: 'Fill only the empty ones, or replace every answer Attest can give? One Ctrl+Z undoes the whole fill either way.' },
      'Fill empty only',
      'Overwrite all',
    );
    if (choice === undefined) {
      return { outcome: 'cancelled' };
    }
    overwrite = choice === 'Overwrite all';
  }

  const settings = { defaultLength: getSettings(document.uri).defaultAnswerLength, today: services.clock.today() };
  const filled = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Attest: filling ${name}`, cancellable: true },
    async (progress, progressToken) => {
      const signal = { get aborted(): boolean { return progressToken.isCancellationRequested || request.token?.isCancellationRequested === true; } };
      let shown = 0;
      let lastShown = 0;
      const onProgress = (done: number, total: number): void => {
        if (done === total || Date.now() - lastShown >= PROGRESS_EVERY_MS) {
          progress.report({ message: `${done} of ${total} questions`, increment: ((done - shown) / Math.max(total, 1)) * 100 });
          shown = done;
          lastShown = Date.now();
        }
      };
      try {
        return await engine.fillDocument(open.engine, engine.answererFor(profile, ...(library.source ? [library.source] : [])), {
          ...settings,
          overwrite: overwrite === true,
          signal,
          onProgress,
          title: `Coverage of ${name}`,
          notes: [
            `Filled on ${settings.today} from the assurance profile of ${profile.organization.name}${libraryNote(library)}, answers at the "${settings.defaultLength}" length${overwrite === true ? ', replacing existing answers' : ''}. One Ctrl+Z in the questionnaire undoes the whole fill.`,
            'Ctrl+Click a line number to go to its question.',
            ...engine.profileNotices(profile),
          ],
        });
      } catch (error) {
        if (error instanceof engine.FillCancelled) {
          return undefined;
        }
        throw error;
      }
    },
  );
  if (!filled) {
    void vscode.window.showInformationMessage(`Fill cancelled: ${name} was not changed.`);
    return { outcome: 'cancelled' };
  }

  const edits = filled.output;
  if (edits.length > 0) {
    const applied = await applyTextEdits(document, open.version, edits);
    if (applied === 'document_changed') {
      void vscode.window.showWarningMessage(`${name} changed while Attest was filling it; nothing was written. Run Fill Questionnaire again.`);
      return { outcome: 'document_changed' };
    }
    if (applied === 'refused') {
      void vscode.window.showWarningMessage(`Attest could not edit ${name} (is it read-only?).`);
      return { outcome: 'failed' };
    }
  }

  const counts = summarizeCoverage(filled.report);
  attestEvents.questionnaireFilled({ uri: document.uri, count: counts.answered });
  const markdown = renderCoverageMarkdown(filled.report, { target: (entry) => (entry.line === undefined ? undefined : lineLink(document.uri, entry.line).toString()) });
  const report = await coverageReports(services.context).show(document.uri, markdown);
  const summary = `${counts.answered} answered, ${counts.needs_person} ${counts.needs_person === 1 ? 'needs' : 'need'} a person, ${counts.not_recognized} not recognized, ${counts.already_answered} already answered`;
  void vscode.window.showInformationMessage(`Attest filled ${name}: ${summary}.`);
  services.logger.info(`Filled ${document.uri.toString()}: ${summary} (${edits.length} edits).`);
  return { outcome: 'filled', counts, edits: edits.length, report: report.uri };
}

