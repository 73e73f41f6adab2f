/**
 * Ticks the walkthrough steps on the events that show them done (see walkthroughKeys.ts for the
 * keys and why each takes two values): a valid profile loaded (created now or already there), an
 * answer inserted and a questionnaire filled (attestEvents), the explanation panel's tab opened.
 * VS Code remembers a completed step, so each key only has to be seen once after the walkthrough
 * is registered; the value is flipped whenever a Welcome or walkthrough tab appears.
 */
import * as vscode from 'vscode';
import { ViewType } from '../../shared/ids';
import { attestEvents } from '../events';
import type { ProfileService } from '../profileService';
import { WalkthroughKey } from './walkthroughKeys';

export class WalkthroughProgress implements vscode.Disposable {
  private readonly values = new Map<WalkthroughKey, 1 | 2>();
  private readonly disposables: vscode.Disposable[];

  constructor(profiles: ProfileService) {
    const profileLoaded = (): void => {
      if (profiles.all().some((loaded) => loaded.profile !== undefined)) {
        this.complete(WalkthroughKey.profile);
      }
    };
    this.disposables = [
      profiles.onDidChange(profileLoaded),
      attestEvents.onAnswerInserted((event) => (event.count > 0 ? this.complete(WalkthroughKey.answerInserted) : undefined)),
      attestEvents.onQuestionnaireFilled(() => this.complete(WalkthroughKey.questionnaireFilled)),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        const tabs = [...event.opened, ...event.changed];
        if (tabs.some(isExplanationTab)) {
          this.complete(WalkthroughKey.explanationOpened);
        }
        if (tabs.some(isWalkthroughTab)) {
          this.flip();
        }
      }),
    ];
    profileLoaded();
    if (vscode.window.tabGroups.all.some((group) => group.tabs.some(isExplanationTab))) {
      this.complete(WalkthroughKey.explanationOpened);
    }
  }

  /** The keys set so far and their values (tests). */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.values);
  }

  private complete(key: WalkthroughKey): void {
    if (!this.values.has(key)) {
      this.set(key, 1);
    }
  }

  /** A walkthrough may just have been registered: give every done key its other value. */
  private flip(): void {
    for (const [key, value] of this.values) {
      this.set(key, value === 1 ? 2 : 1);
    }
  }

  private set(key: WalkthroughKey, value: 1 | 2): void {
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The explanation panel's tab (its view type is prefixed by the workbench, e.g. `mainThreadWebview-attest.explain`). */
function isExplanationTab(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && (tab.input.viewType === ViewType.explain || tab.input.viewType.endsWith(`-${ViewType.explain}`));
}

/** The Welcome page or a walkthrough (an editor the API exposes only by its label). */
function isWalkthroughTab(tab: vscode.Tab): boolean {
  return tab.input === undefined && /^(Welcome|Walkthrough\b)/.test(tab.label);
}
