import * as vscode from 'vscode';
import { registerCommands } from './adapter/commands';
import { createLogger } from './adapter/logger';
import { ExplainPanel } from './adapter/panels/explainPanel';
import type { Services } from './adapter/services';
import { resolveTopic } from './domain/topics';
import { ViewType } from './shared/ids';

/** Returned from activate() so integration tests can reach what a user cannot click. */
export interface AttestTestApi {
  explainPanel(): { topic: string; receive(message: unknown): Promise<void> } | undefined;
}

export function activate(context: vscode.ExtensionContext): AttestTestApi | undefined {
  const logger = createLogger();
  context.subscriptions.push(logger);
  try {
    const services: Services = { extensionUri: context.extensionUri, logger, resolveTopic };
    context.subscriptions.push(
      ...registerCommands(services),
      vscode.window.registerWebviewPanelSerializer(ViewType.explain, {
        deserializeWebviewPanel: async (panel, state) => {
          ExplainPanel.revive(panel, services, state);
          return Promise.resolve();
        },
      }),
    );
  } catch (error) {
    logger.error(`Activation failed: ${String(error)}`);
    void vscode.window.showErrorMessage(`Attest could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (context.extensionMode !== vscode.ExtensionMode.Test) {
    return undefined;
  }
  return {
    explainPanel: () => {
      const panel = ExplainPanel.active;
      return panel ? { topic: panel.topicKey, receive: (message) => panel.receive(message) } : undefined;
    },
  };
}

export function deactivate(): void {}
