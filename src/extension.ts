import * as vscode from 'vscode';
import { SystemClock } from './adapter/clock';
import { registerCommands } from './adapter/commands';
import { createLogger } from './adapter/logger';
import { ExplainPanel } from './adapter/panels/explainPanel';
import { WizardPanel } from './adapter/panels/wizardPanel';
import { LibraryService } from './adapter/libraryService';
import { ProfileService } from './adapter/profileService';
import { registerAnswerCodeAction } from './adapter/providers/answerCodeAction';
import { ClaimCodeActions } from './adapter/providers/claimCodeActions';
import { ClaimDiagnostics, QUESTIONNAIRE_SELECTOR } from './adapter/providers/claimDiagnostics';
import { ProfileDiagnostics } from './adapter/providers/profileDiagnostics';
import { AssuranceStatusBar, type StatusBarSnapshot } from './adapter/providers/statusBar';
import { AnswerHoverProvider } from './adapter/providers/answerHover';
import { TermHoverProvider } from './adapter/providers/termHover';
import { registerQuestionCodeLens } from './adapter/providers/questionCodeLens';
import { ProfileOffer } from './adapter/providers/profileOffer';
import { SnippetTab } from './adapter/providers/snippetTab';
import { CoveragePreview } from './adapter/views/coveragePreview';
import { QuestionnaireViewProvider } from './adapter/views/questionnaireView';
import { LibraryView } from './adapter/views/libraryView';
import { revealQuestion, useCoveragePreview } from './adapter/views/viewCommands';
import { WalkthroughProgress } from './adapter/views/walkthroughProgress';
import { coverageReports } from './adapter/questionnaireCoverage';
import { resolveTopic } from './adapter/lazy/topics';
import { WizardObserver, type WizardTestHook } from './adapter/testApi/wizardObserver';
import type { Services } from './adapter/services';
import { ViewType } from './shared/ids';

/** Returned from activate() in test mode so integration tests can reach what a user cannot click. */
export interface AttestTestApi {
  explainPanel(): { topic: string; receive(message: unknown): Promise<void> } | undefined;
  /** The open SOC 2 follow-up wizard: its message entry point, previews, timings. */
  wizardPanel(): WizardTestHook | undefined;
  setToday(date: string | undefined): void;
  services: Services;
  /** How long activate() took, in milliseconds. */
  activationMs: number;
  statusBar(): StatusBarSnapshot | undefined;
  /** The Questionnaire view and its coverage preview. */
  questionnaireView(): QuestionnaireViewProvider | undefined;
  coveragePreview(): CoveragePreview | undefined;
  profileOffer(): ProfileOffer | undefined;
  /** The Answer Library view (its nodes, through getChildren) and its diagnostics. */
  libraryView(): LibraryView | undefined;
}

export function activate(context: vscode.ExtensionContext): AttestTestApi | undefined {
  const activationStart = performance.now();
  const logger = createLogger();
  context.subscriptions.push(logger);
  const clock = new SystemClock();
  const profiles = new ProfileService(logger);
  const libraries = new LibraryService(logger);
  const services: Services = { context, extensionUri: context.extensionUri, logger, clock, profiles, libraries, resolveTopic };
  let claimDiagnostics: ClaimDiagnostics | undefined;
  let statusBar: AssuranceStatusBar | undefined;
  let questionnaireView: QuestionnaireViewProvider | undefined;
  let coveragePreview: CoveragePreview | undefined;
  let profileOffer: ProfileOffer | undefined;
  let libraryView: LibraryView | undefined;
  try {
    context.subscriptions.push(
      profiles,
      libraries,
      ...registerCommands(services),
      ...registerQuestionCodeLens(services),
      registerAnswerCodeAction(),
      vscode.window.registerWebviewPanelSerializer(ViewType.explain, {
        deserializeWebviewPanel: (panel, state) => ExplainPanel.revive(panel, services, state),
      }),
      vscode.window.registerWebviewPanelSerializer(ViewType.wizard, {
        deserializeWebviewPanel: async (panel, state) => {
          WizardPanel.revive(panel, services, state);
          return Promise.resolve();
        },
      }),
    );
    claimDiagnostics = new ClaimDiagnostics(services);
    statusBar = new AssuranceStatusBar(services);
    context.subscriptions.push(
      claimDiagnostics,
      vscode.languages.registerCodeActionsProvider(QUESTIONNAIRE_SELECTOR, new ClaimCodeActions(claimDiagnostics), ClaimCodeActions.metadata),
      vscode.languages.registerHoverProvider(QUESTIONNAIRE_SELECTOR, new TermHoverProvider()),
      vscode.languages.registerHoverProvider(QUESTIONNAIRE_SELECTOR, new AnswerHoverProvider(services)),
      new ProfileDiagnostics(services),
      statusBar,
      new SnippetTab(context.extensionUri),
    );
    const walkthrough = new WalkthroughProgress(profiles);
    questionnaireView = new QuestionnaireViewProvider(services);
    context.subscriptions.push(walkthrough);
    coveragePreview = new CoveragePreview(questionnaireView, context.extensionUri, revealQuestion);
    profileOffer = new ProfileOffer(services);
    context.subscriptions.push(questionnaireView, coveragePreview, useCoveragePreview(coveragePreview), profileOffer);
    const claims = claimDiagnostics;
    libraryView = new LibraryView(services, (document) => claims.isChecked(document));
    context.subscriptions.push(libraryView);
    // Registered now so a coverage report restored with the window is not an error.
    coverageReports(context);
    profiles.initialize();
  } catch (error) {
    logger.error(`Activation failed: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    void vscode.window.showErrorMessage(`Attest could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const activationMs = performance.now() - activationStart;
  logger.info(`Activated in ${activationMs.toFixed(1)} ms`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) {
    return undefined;
  }
  // Test-only: the wizard's timings, previews and dropped messages are kept by this observer, not the panel.
  const wizardObserver = new WizardObserver();
  context.subscriptions.push(WizardPanel.observe(wizardObserver));
  return {
    explainPanel: () => {
      const panel = ExplainPanel.active;
      return panel ? { topic: panel.topicKey, receive: (message) => panel.receive(message) } : undefined;
    },
    wizardPanel: () => wizardObserver.hook(WizardPanel.active),
    setToday: (date) => {
      clock.setFixedToday(date);
      statusBar?.refresh();
      claimDiagnostics?.refreshAll();
      libraryView?.refreshSoon(0);
    },
    services,
    activationMs,
    statusBar: () => statusBar?.snapshot(),
    questionnaireView: () => questionnaireView,
    coveragePreview: () => coveragePreview,
    profileOffer: () => profileOffer,
    libraryView: () => libraryView,
  };
}

export function deactivate(): void {}
