/**
 * The extension's settings, typed and validated in one place. package.json's
 * contributes.configuration must list exactly these keys (a unit test checks both ways).
 */
import * as z from 'zod/mini';

export const SETTINGS_SECTION = 'attest';

/** A missing value takes the default; a wrong one is caught and replaced by the same default. */
function setting<T extends z.core.SomeType>(schema: T, fallback: z.core.util.NoUndefined<z.output<T>>): z.ZodMiniDefault<z.ZodMiniCatch<T>> {
  return z._default(z.catch(schema, fallback), fallback);
}

export const SettingsSchema = z.object({
  profilePath: setting(z.string().check(z.trim(), z.minLength(1)), '.attest/profile.json'),
  defaultAnswerLength: setting(z.enum(['yesno', 'sentence', 'paragraph']), 'paragraph'),
  'diagnostics.enabled': setting(z.boolean(), true),
  'diagnostics.include': setting(z.array(z.string()), ['**/*.md', '**/*.csv', '**/*.txt']),
  'diagnostics.exclude': setting(z.array(z.string()), ['**/node_modules/**', '**/CHANGELOG.md']),
  'codeLens.enabled': setting(z.boolean(), true),
  libraryPath: setting(z.string().check(z.trim(), z.minLength(1)), '.attest/library'),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** Never throws: a wrong value falls back to its default (VS Code already warns in settings.json). */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): Settings {
  return SettingsSchema.parse(raw);
}
