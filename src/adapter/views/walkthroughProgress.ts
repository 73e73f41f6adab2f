/**
 * Ticks the walkthrough steps on the events that show them done (package.json completionEvents are
 * `onContext:` keys): "answer inserted" and "questionnaire filled" from attestEvents, "explanation
 * opened" when the explanation panel's tab appears. The profile step uses `attest.hasProfile`, which
 * the status bar keeps (true as soon as a valid profile is loaded, so an existing one ticks it).
 * VS Code remembers a completed step, so each key only has to become true once.
 */
import * as vscode from 'vscode';
import { ViewType } from '../../shared/ids';
import { attestEvents } from '../events';
import { WalkthroughKey } from './walkthroughKeys';

export class WalkthroughProgress implements vscode.Disposable {
  private readonly done = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      attestEvents.onAnswerInserted((event) => (event.count > 0 ? this.complete(WalkthroughKey.answerInserted) : undefined)),
      attestEvents.onQuestionnaireFilled(() => this.complete(WalkthroughKey.questionnaireFilled)),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        if ([...event.opened, ...event.changed].some(isExplanationTab)) {
          this.complete(WalkthroughKey.explanationOpened);
        }
      }),
    ];
    if (vscode.window.tabGroups.all.some((group) => group.tabs.some(isExplanationTab))) {
      this.complete(WalkthroughKey.explanationOpened);
    }
  }

  private complete(key: WalkthroughKey): void {
    if (!this.done.has(key)) {
      this.done.add(key);
      void vscode.commands.executeCommand('setContext', key, true);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The explanation panel's tab (its view type is prefixed by the workbench, e.g. `mainThreadWebview-attest.explain`). */
function isExplanationTab(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && (tab.input.viewType === ViewType.explain || tab.input.viewType.endsWith(`-${ViewType.explain}`));
}
