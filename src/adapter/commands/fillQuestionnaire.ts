import * as vscode from 'vscode';
import { countEntries, verdictOf, type CoverageCounts } from '../../domain/engine/coverage';
import { answerEdits, type MarkdownAnswer } from '../../domain/questionnaire';
import { formulaWarnings } from '../../domain/questionnaire/formula';
import { CommandId } from '../../shared/ids';
import { getSettings } from '../config';
import { NO_ENGAGEMENT_WARNING, fillItem, isAnswered } from '../../domain/engine/plan';
import { coverageReports } from '../questionnaireCoverage';
import { activeTabUri, displayName, isXlsx, lineLink, readOpenQuestionnaire, toWorkspaceEdit } from '../questionnaireDocument';
import { profileForAnswering } from '../questionnaireProfile';
import { renderLinkedCoverage, type LinkedCoverageEntry } from '../questionnaireReport';
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

/** Let the host's event loop run (so a Cancel click lands) at most this often. */
const YIELD_EVERY_MS = 25;

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
  const profile = await profileForAnswering(services, document.uri);
  if (!profile) {
    return { outcome: 'no_profile' };
  }

  let overwrite = request.overwrite;
  const answeredCount = items.filter(isAnswered).length;
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
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Attest: filling ${name}`, cancellable: true },
    async (progress, progressToken) => {
      const cancelled = (): boolean => progressToken.isCancellationRequested || request.token?.isCancellationRequested === true;
      const writes: MarkdownAnswer[] = [];
      const entries: LinkedCoverageEntry[] = [];
      let lastYield = Date.now();
      for (const [done, item] of items.entries()) {
        if (Date.now() - lastYield >= YIELD_EVERY_MS || done === 0) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastYield = Date.now();
          progress.report({ message: `${done} of ${items.length} questions`, increment: 0 });
        }
        if (cancelled()) {
          return undefined;
        }
        const base = { location: `line ${item.line + 1}`, question: item.id ? `${item.id} ${item.question}` : item.question, line: item.line, link: lineLink(document.uri, item.line).toString() };
        const filled = fillItem(item, layout, items, profile, settings, overwrite === true);
        if (filled.write) {
          writes.push(filled.write);
        }
        // The CSV encoder neutralizes a cell that would start a formula; the report says which.
        const warnings = open.format === 'csv' ? formulaWarnings([filled.write?.answer, filled.write?.comment]) : [];
        entries.push({ ...base, status: filled.status, intent: filled.intent, missing: filled.missing, ...(warnings.length > 0 && { warnings }), ...verdictOf(filled.decision) });
        progress.report({ increment: 100 / items.length });
      }
      // Last chance to cancel: after this the edit is applied whole or not at all.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return cancelled() ? undefined : { writes, entries };
    },
  );
  if (!outcome) {
    void vscode.window.showInformationMessage(`Fill cancelled: ${name} was not changed.`);
    return { outcome: 'cancelled' };
  }

  const edits = answerEdits(open.text, open.format, layout, outcome.writes);
  if (edits.length > 0) {
    if (document.version !== open.version) {
      void vscode.window.showWarningMessage(`${name} changed while Attest was filling it; nothing was written. Run Fill Questionnaire again.`);
      return { outcome: 'document_changed' };
    }
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits)))) {
      void vscode.window.showWarningMessage(`Attest could not edit ${name} (is it read-only?).`);
      return { outcome: 'failed' };
    }
  }

  const counts = countEntries(outcome.entries);
  const profileName = profile.organization.name;
  const markdown = renderLinkedCoverage({
    title: `Coverage of ${name}`,
    entries: outcome.entries,
    notes: [
      `Filled on ${settings.today} from the assurance profile of ${profileName}, answers at the "${settings.defaultLength}" length${overwrite === true ? ', replacing existing answers' : ''}. One Ctrl+Z in the questionnaire undoes the whole fill.`,
      'Ctrl+Click a line number to go to its question.',
      ...(profile.soc2.engagements.length === 0 ? [NO_ENGAGEMENT_WARNING] : []),
    ],
  });
  const report = await coverageReports(services.context).show(document.uri, markdown);
  const summary = `${counts.answered} answered, ${counts.needs_person} ${counts.needs_person === 1 ? 'needs' : 'need'} a person, ${counts.not_recognized} not recognized, ${counts.already_answered} already answered`;
  void vscode.window.showInformationMessage(`Attest filled ${name}: ${summary}.`);
  services.logger.info(`Filled ${document.uri.toString()}: ${summary} (${edits.length} edits).`);
  return { outcome: 'filled', counts, edits: edits.length, report: report.uri };
}
