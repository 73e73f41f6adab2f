import type * as vscode from 'vscode';
import type { Logger } from './logger';
import type { ExplainTopic } from './panels/explainPanel';

/** Everything a command or provider may use, built once in extension.ts and passed in. */
export interface Services {
  extensionUri: vscode.Uri;
  logger: Logger;
  resolveTopic(key: string): ExplainTopic | undefined;
}
