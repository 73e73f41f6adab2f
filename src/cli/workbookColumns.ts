/**
 * `attest fill` on a workbook: the mapping file beside it (`<name>.xlsx.attest.json`, the writer's
 * corrected columns) is read before the scan; the columns the reader chose are printed when it is
 * unsure (or with --show-columns); --save-mapping writes the chosen columns to the mapping file for
 * the writer to correct by hand, and the next fill reads them. Only pure modules are imported here
 * (choice.ts and mapping.ts, no reader), so the workbook engine itself stays a lazily loaded bundle.
 */
import { anyUnsure, mappingFromChoices, renderColumnChoices, type ColumnChoice } from '../domain/workbook/choice';
import { mappingFileText, parseMapping, type WorkbookMapping } from '../domain/workbook/mapping';
import { mappingPathFor } from '../io/mappingFile';

interface ColumnsIo {
  readFile(path: string): Promise<Uint8Array>;
  exists(path: string): Promise<boolean>;
}

/** A mapping file that cannot be used: the message says which and why (exit 2, like any bad input). */
export class MappingInputError extends Error {}

export interface WorkbookMappingChoice {
  /** Where the mapping file is (or would be written). */
  path: string;
  /** The mapping read from it, when there is one. */
  mapping?: WorkbookMapping;
}

/** The mapping to scan with: --mapping FILE (must exist), else the file beside the workbook when there is one. */
export async function readWorkbookMapping(io: ColumnsIo, input: string, explicit: string | undefined): Promise<WorkbookMappingChoice> {
  const path = explicit ?? mappingPathFor(input);
  if (explicit === undefined && !(await io.exists(path))) {
    return { path };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(path));
  } catch {
    throw new MappingInputError(`${path}: the workbook mapping file cannot be read${explicit === undefined ? '' : ' (no such file?)'}.`);
  }
  const parsed = parseMapping(text);
  if (parsed.errors) {
    throw new MappingInputError(`${path}: the workbook mapping file is not valid: ${parsed.errors.join('; ')}`);
  }
  return { path, mapping: parsed.mapping };
}

/** What to print about the columns before the coverage ('' when the reader is sure and nobody asked). */
export function columnsText(choices: ColumnChoice[], mapping: WorkbookMappingChoice, show: boolean): string {
  const used = mapping.mapping === undefined ? '' : `Using the columns in ${mapping.path}.\n`;
  if (!show && !anyUnsure(choices)) {
    return used;
  }
  return `${used}${renderColumnChoices(choices, mapping.path)}\n`;
}

/** The mapping file's text for the chosen columns (what --save-mapping writes). */
export function mappingText(choices: ColumnChoice[], input: string): string {
  return mappingFileText(mappingFromChoices(choices), input.split(/[\\/]/).pop());
}

export { columnChoices } from '../domain/workbook/choice';
