/**
 * The JSON Schema for `.attest/profile.json`, generated from the zod schema so the editor's
 * completion and squiggles can never disagree with runtime validation. `scripts/profile-schema.mjs`
 * writes it to `dist/profile.schema.json` at build time; package.json wires it with
 * `contributes.jsonValidation`.
 */
import * as z from 'zod/mini';
import { ProfileSchema } from './schema';

export function buildProfileJsonSchema(): Record<string, unknown> {
  // io 'input': fields with defaults (soc2, engagements, categories) are optional in the file.
  const generated = z.toJSONSchema(ProfileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Attest assurance profile',
    description:
      'The facts Attest answers security questionnaires from: SOC 2 reports (type, period or as-of date, CPA firm, opinion, exceptions, scope, subservice organizations, CUECs, sharing), other assurance, and continuous controls.',
    // VS Code's JSON language service reads these two from the schema root: the profile is JSONC.
    allowComments: true,
    allowTrailingCommas: true,
    ...rest,
  };
}
