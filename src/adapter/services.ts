import type * as vscode from 'vscode';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { ExplainTopic } from './panels/explainPanel';
import type { ProfileService } from './profileService';

/** Everything a command or provider may use, built once in extension.ts and passed in. */
export interface Services {
  context: vscode.ExtensionContext;
  extensionUri: vscode.Uri;
  logger: Logger;
  clock: Clock;
  profiles: ProfileService;
  /** Loads the topics part on first use (src/adapter/lazy/topics.ts). */
  resolveTopic(key: string): Promise<ExplainTopic | undefined>;
}
