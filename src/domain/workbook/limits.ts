/**
 * Every size a workbook can make the reader allocate, with its limit, checked before the
 * allocation: inflated bytes (per part, in total, and as a compression ratio), zip entries, rows,
 * columns, `<col>` ranges, merged cells, cells, shared strings, and the wall time of the read.
 * A file over a limit fails with WorkbookError('too_large') and a message naming the limit.
 *
 * The defaults leave room for the largest real questionnaires (tens of thousands of rows) while
 * keeping any file from taking the process down: a workbook at the row and cell limits (40,000
 * rows of 6 cells, every one answered) reads and fills in under 300 MB; the hostile files of
 * issue 15 fail in milliseconds and under 150 MB (bench/hostile.bench.ts).
 */
import { WorkbookError } from './errors';

export interface WorkbookLimits {
  /** Uncompressed bytes of any one part the reader inflates. */
  maxPartBytes: number;
  /** Uncompressed bytes of all parts the reader inflates, together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of a part, once it is over `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Parts smaller than this are never refused for their ratio (tiny XML compresses very well). */
  ratioFloorBytes: number;
  /** Entries in the zip's central directory. */
  maxZipEntries: number;
  /** `<row>` elements in one sheet. */
  maxRows: number;
  /** `<c>` elements in the whole workbook. */
  maxCells: number;
  /** Columns all `<col>` ranges of one sheet span, added up (a sheet has 16,384 columns). */
  maxColumnSpan: number;
  /** Cells all merged ranges of one sheet cover, added up. */
  maxMergedCells: number;
  /** `<mergeCell>` elements in one sheet. */
  maxMerges: number;
  /** Items in the shared-string table. */
  maxSharedStrings: number;
  /** Data-validation ranges in one sheet. */
  maxValidationRanges: number;
  /** Wall-clock milliseconds the whole read may take. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: Readonly<WorkbookLimits> = {
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxRows: 40_000,
  maxCells: 250_000,
  maxColumnSpan: 16_384,
  maxMergedCells: 200_000,
  maxMerges: 50_000,
  maxSharedStrings: 1_000_000,
  maxValidationRanges: 10_000,
  timeBudgetMs: 20_000,
};

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function megabytes(bytes: number): string {
  return `${count(bytes / (1024 * 1024))} MB`;
}

/**
 * Names from the file (sheet names, part names) as they may appear in a one-line message: a
 * control character (a newline, ESC) is shown as its escape instead of breaking the line or
 * driving the terminal.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The one-line error for a limit: what the file has, and the limit it is over. */
export function limitError(what: string, limit: string, detail?: string): WorkbookError {
  return new WorkbookError('too_large', {
    message: `This workbook is over a safety limit and was not read: ${printable(what)} (the limit is ${limit}).`,
    ...(detail === undefined ? {} : { detail }),
  });
}

/**
 * The running totals of one read. Each `add…` call is made before the thing it counts is
 * allocated, and throws when the total would pass its limit.
 */
export class ReadBudget {
  readonly limits: Readonly<WorkbookLimits>;
  private readonly deadline: number;
  private inflated = 0;
  private cells = 0;

  constructor(limits: Partial<WorkbookLimits> = {}, private readonly now: () => number = Date.now) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.deadline = now() + this.limits.timeBudgetMs;
  }

  checkTime(): void {
    if (this.now() > this.deadline) {
      throw limitError(`reading it took longer than ${count(this.limits.timeBudgetMs / 1000)} s`, `a time budget of ${count(this.limits.timeBudgetMs / 1000)} s`);
    }
  }

  /** Before inflating a part: its declared size, against the per-part, total and ratio limits. */
  reserveInflate(part: string, declaredBytes: number, compressedBytes: number): number {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    if (declaredBytes > maxPartBytes) {
      throw limitError(`the part ${part} unpacks to ${megabytes(declaredBytes)}`, `${megabytes(maxPartBytes)} per part`);
    }
    this.checkRatio(part, declaredBytes, compressedBytes);
    if (this.inflated + declaredBytes > maxTotalBytes) {
      throw limitError(`its parts unpack to more than ${megabytes(maxTotalBytes)}`, `${megabytes(maxTotalBytes)} in total`);
    }
    // What the inflater may produce at most: declared sizes can lie, so it stops at the cap.
    return Math.min(maxPartBytes, maxTotalBytes - this.inflated);
  }

  /** After inflating: the real size (which the inflater already kept under the cap). */
  commitInflate(part: string, actualBytes: number, compressedBytes: number): void {
    this.checkRatio(part, actualBytes, compressedBytes);
    this.inflated += actualBytes;
  }

  private checkRatio(part: string, bytes: number, compressedBytes: number): void {
    const { maxCompressionRatio, ratioFloorBytes } = this.limits;
    if (bytes > ratioFloorBytes && bytes > compressedBytes * maxCompressionRatio) {
      throw limitError(
        `the part ${part} unpacks ${count(bytes / Math.max(1, compressedBytes))} times its packed size`,
        `a compression ratio of ${count(maxCompressionRatio)} to 1`,
      );
    }
  }

  /** The inflater hit its cap: the part is bigger than its declared size said. */
  overCap(part: string, cap: number): WorkbookError {
    return this.inflated + cap >= this.limits.maxTotalBytes && cap < this.limits.maxPartBytes
      ? limitError(`its parts unpack to more than ${megabytes(this.limits.maxTotalBytes)}`, `${megabytes(this.limits.maxTotalBytes)} in total`)
      : limitError(`the part ${part} unpacks to more than ${megabytes(cap)}`, `${megabytes(this.limits.maxPartBytes)} per part`);
  }

  addCell(): void {
    this.cells += 1;
    if (this.cells > this.limits.maxCells) {
      throw limitError(`it has more than ${count(this.limits.maxCells)} cells`, `${count(this.limits.maxCells)} cells`);
    }
  }
}

/** Per-sheet counters, reset for each sheet. */
export class SheetBudget {
  private rows = 0;
  private columnSpan = 0;
  private mergedCells = 0;
  private merges = 0;
  private validationRanges = 0;

  constructor(
    private readonly read: ReadBudget,
    private readonly sheetName: string,
  ) {}

  private over(what: string, limit: number, unit: string): WorkbookError {
    return limitError(`sheet "${this.sheetName}" has ${what}`, `${count(limit)} ${unit}`);
  }

  addRow(): void {
    this.rows += 1;
    if (this.rows > this.read.limits.maxRows) {
      throw this.over(`more than ${count(this.read.limits.maxRows)} rows`, this.read.limits.maxRows, 'rows per sheet');
    }
  }

  addColumnRange(span: number): void {
    this.columnSpan += span;
    if (this.columnSpan > this.read.limits.maxColumnSpan) {
      throw this.over(`column definitions spanning ${count(this.columnSpan)} columns`, this.read.limits.maxColumnSpan, 'columns per sheet');
    }
  }

  addMerge(cellsCovered: number): void {
    this.merges += 1;
    this.mergedCells += cellsCovered;
    if (this.merges > this.read.limits.maxMerges) {
      throw this.over(`more than ${count(this.read.limits.maxMerges)} merged ranges`, this.read.limits.maxMerges, 'merged ranges per sheet');
    }
    if (this.mergedCells > this.read.limits.maxMergedCells) {
      throw this.over(`merged ranges covering ${count(this.mergedCells)} cells`, this.read.limits.maxMergedCells, 'merged cells per sheet');
    }
  }

  addValidationRange(): void {
    this.validationRanges += 1;
    if (this.validationRanges > this.read.limits.maxValidationRanges) {
      throw this.over(`more than ${count(this.read.limits.maxValidationRanges)} data-validation ranges`, this.read.limits.maxValidationRanges, 'data-validation ranges per sheet');
    }
  }
}
