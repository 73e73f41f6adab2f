/**
 * The workbook mapping file on disk, beside the workbook: `<name>.xlsx.attest.json`. Read before a
 * scan (the writer's corrected columns), written only through writeFileSafely (never through a
 * link, never onto the workbook). The format and its validation are in
 * src/domain/workbook/mapping.ts; this file only finds, reads and writes it.
 */
import { readFile } from 'node:fs/promises';
import { mappingFileText, parseMapping, type WorkbookMapping } from '../domain/workbook/mapping';
import { writeFileSafely } from './safeWrite';

export const MAPPING_SUFFIX = '.attest.json';

/** `questionnaire.xlsx` → `questionnaire.xlsx.attest.json` (the workbook's full name stays visible). */
export function mappingPathFor(workbookPath: string): string {
  return `${workbookPath}${MAPPING_SUFFIX}`;
}

export class MappingFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: the workbook mapping file is not valid: ${problems.join('; ')}`);
    this.name = 'MappingFileError';
  }
}

/** The mapping beside the workbook, undefined when there is none; MappingFileError when it is malformed. */
export async function readMappingFile(path: string): Promise<WorkbookMapping | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      return undefined;
    }
    throw new MappingFileError(path, [`cannot be read (${(error as { code?: string }).code ?? String(error)})`]);
  }
  const parsed = parseMapping(text);
  if (parsed.errors) {
    throw new MappingFileError(path, parsed.errors);
  }
  return parsed.mapping;
}

/** Writes the mapping beside the workbook (replacing an older mapping file, never the workbook). */
export async function writeMappingFile(
  workbookPath: string,
  mapping: WorkbookMapping,
  options: { path?: string; overwrite?: boolean; within?: readonly string[] } = {},
): Promise<string> {
  const path = options.path ?? mappingPathFor(workbookPath);
  const name = workbookPath.split(/[\\/]/).pop();
  await writeFileSafely(path, mappingFileText(mapping, name), {
    inputs: [workbookPath],
    overwrite: options.overwrite ?? true,
    ...(options.within ? { within: options.within } : {}),
  });
  return path;
}
