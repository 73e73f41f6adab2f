/**
 * The extension's settings, typed and validated in one place. package.json's
 * contributes.configuration must list exactly these keys (a unit test checks both ways).
 */
import { z } from 'zod';

export const SETTINGS_SECTION = 'attest';

export const SettingsSchema = z.object({
  profilePath: z.string().trim().min(1).catch('.attest/profile.json').default('.attest/profile.json'),
  defaultAnswerLength: z.enum(['yesno', 'sentence', 'paragraph']).catch('paragraph').default('paragraph'),
  'diagnostics.enabled': z.boolean().catch(true).default(true),
  'diagnostics.include': z
    .array(z.string())
    .catch(['**/*.md', '**/*.csv', '**/*.txt'])
    .default(['**/*.md', '**/*.csv', '**/*.txt']),
  'diagnostics.exclude': z
    .array(z.string())
    .catch(['**/node_modules/**', '**/CHANGELOG.md'])
    .default(['**/node_modules/**', '**/CHANGELOG.md']),
  'codeLens.enabled': z.boolean().catch(true).default(true),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** Never throws: a wrong value falls back to its default (VS Code already warns in settings.json). */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): Settings {
  return SettingsSchema.parse(raw);
}
