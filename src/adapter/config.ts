import * as vscode from 'vscode';
import { SETTINGS_SECTION, SETTING_KEYS, parseSettings, type SettingKey, type Settings } from '../domain/settings';

/** Reads the typed settings for a resource (settings may differ per workspace folder). */
export function getSettings(scope?: vscode.ConfigurationScope): Settings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const raw: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    raw[key] = configuration.get(key);
  }
  return parseSettings(raw);
}

/** Fires when any Attest setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SETTINGS_SECTION)) {
      listener();
    }
  });
}
