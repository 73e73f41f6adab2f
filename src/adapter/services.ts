import type * as vscode from 'vscode';
import type { Clock } from './clock';
import type { LibraryService } from './libraryService';
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
  /** Each folder's answer library, the second answer source behind the profile. */
  libraries: LibraryService;
  /** Loads the topics part on first use (src/adapter/lazy/topics.ts). */
  resolveTopic(key: string): Promise<ExplainTopic | undefined>;
}
