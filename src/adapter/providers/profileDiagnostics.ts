/**
 * Diagnostics on the assurance profile: every syntax and schema error at its exact range, from
 * the same parser that loads the profile. The profile service re-parses on every edit (unsaved
 * text counts), so the squiggles follow typing.
 */
import * as vscode from 'vscode';
import type { ProfileError } from '../../domain/profile/parse';
import type { LoadedProfile } from '../profileService';
import type { Services } from '../services';

export const PROFILE_DIAGNOSTIC_SOURCE = 'Attest profile';

export function profileErrorDiagnostic(error: ProfileError): vscode.Diagnostic {
  const start = new vscode.Position(error.line - 1, error.column - 1);
  const end = new vscode.Position(error.endLine - 1, error.endColumn - 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), error.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = PROFILE_DIAGNOSTIC_SOURCE;
  if (error.path !== '') {
    diagnostic.code = error.path;
  }
  return diagnostic;
}

export class ProfileDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('attest-profile');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly services: Services) {
    this.disposables.push(
      services.profiles.onDidChange(() => this.update()),
      // Closing an edited profile without saving leaves the file on disk as it was: read it again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        const loaded = services.profiles.get(document.uri);
        if (loaded && loaded.uri.toString() === document.uri.toString() && services.profiles.isProfile(document.uri)) {
          void services.profiles.reload(loaded.folder);
        }
      }),
    );
    this.update();
  }

  update(): void {
    const loaded: LoadedProfile[] = this.services.profiles.all();
    const current = new Set(loaded.map((l) => l.uri.toString()));
    this.collection.forEach((uri) => {
      if (!current.has(uri.toString())) {
        this.collection.delete(uri);
      }
    });
    for (const profile of loaded) {
      this.collection.set(profile.uri, profile.errors.map(profileErrorDiagnostic));
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
