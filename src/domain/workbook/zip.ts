/**
 * A minimal zip reader and rewriter for .xlsx packages.
 *
 * Why not let the workbook library rewrite the file: a library round trip re-serializes every
 * part it understands and drops the ones it does not (charts, pivot tables, x14 extensions…).
 * Rewriting the zip ourselves lets the filler replace only the worksheet parts it edits and copy
 * every other entry's compressed bytes verbatim, so everything else survives byte for byte.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { limitError, type ReadBudget } from './limits';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** General-purpose flags from the central directory (bit 11 = UTF-8 names). */
  flags: number;
  modTime: number;
  modDate: number;
  /** Offset of the compressed data inside the archive. */
  dataOffset: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
  ) {
    this.entries = entries;
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
  }

  /** `maxEntries`: refuse a central directory that declares more entries (before reading any). */
  static open(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfCentralDirectory(view);
    let entryCount = view.getUint16(eocd + 10, true);
    let directorySize = view.getUint32(eocd + 12, true);
    let directoryOffset = view.getUint32(eocd + 16, true);
    if (directoryOffset === ZIP64_MARKER || entryCount === 0xffff || directorySize === ZIP64_MARKER) {
      // Some writers use zip64 records even for small files: read the zip64 end record.
      const locator = eocd - 20;
      if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
        throw new ZipFormatError('zip64 end record missing');
      }
      const end64 = safeNumber(view.getBigUint64(locator + 8, true));
      if (end64 + 56 > bytes.byteLength || view.getUint32(end64, true) !== ZIP64_EOCD_SIGNATURE) {
        throw new ZipFormatError('damaged zip64 end record');
      }
      entryCount = safeNumber(view.getBigUint64(end64 + 32, true));
      directorySize = safeNumber(view.getBigUint64(end64 + 40, true));
      directoryOffset = safeNumber(view.getBigUint64(end64 + 48, true));
    }
    if (entryCount > maxEntries) {
      throw limitError(`its zip directory lists ${entryCount.toLocaleString('en-US')} entries`, `${maxEntries.toLocaleString('en-US')} entries`);
    }
    if (directoryOffset + directorySize > bytes.byteLength) {
      throw new ZipFormatError('central directory lies outside the archive');
    }
    const entries: ZipEntry[] = [];
    let at = directoryOffset;
    for (let i = 0; i < entryCount; i++) {
      if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
        throw new ZipFormatError('damaged central directory');
      }
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const modTime = view.getUint16(at + 12, true);
      const modDate = view.getUint16(at + 14, true);
      const crc32 = view.getUint32(at + 16, true);
      let compressedSize = view.getUint32(at + 20, true);
      let uncompressedSize = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let localOffset = view.getUint32(at + 42, true);
      if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER || localOffset === ZIP64_MARKER) {
        // The real values sit, in this order and only when marked, in the zip64 extra field.
        const extra = findExtraField(view, at + 46 + nameLength, extraLength, 0x0001);
        if (extra === undefined) {
          throw new ZipFormatError('zip64 entry without its extra field');
        }
        let field = extra.start;
        const next = (): number => {
          if (field + 8 > extra.end) {
            throw new ZipFormatError('short zip64 extra field');
          }
          const value = safeNumber(view.getBigUint64(field, true));
          field += 8;
          return value;
        };
        if (uncompressedSize === ZIP64_MARKER) {
          uncompressedSize = next();
        }
        if (compressedSize === ZIP64_MARKER) {
          compressedSize = next();
        }
        if (localOffset === ZIP64_MARKER) {
          localOffset = next();
        }
      }
      const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
      if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
        throw new ZipFormatError(`damaged local header for ${name}`);
      }
      const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      if (dataOffset + compressedSize > bytes.byteLength) {
        throw new ZipFormatError(`truncated data for ${name}`);
      }
      entries.push({ name, method, crc32, compressedSize, uncompressedSize, flags, modTime, modDate, dataOffset });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's uncompressed bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) {
      return undefined;
    }
    if ((entry.flags & 0x1) !== 0) {
      throw new ZipFormatError(`${name} is encrypted`);
    }
    const raw = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) {
      return raw;
    }
    if (entry.method !== 8) {
      throw new ZipFormatError(`${name} uses unsupported compression method ${entry.method}`);
    }
    try {
      return inflateRawSync(raw);
    } catch {
      throw new ZipFormatError(`${name} cannot be decompressed`);
    }
  }

  /**
   * Like `read`, within a read budget: the declared size is checked against the limits before
   * anything is inflated, and the inflater stops at the cap (declared sizes can lie).
   */
  readBounded(name: string, budget: ReadBudget): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) {
      return undefined;
    }
    budget.checkTime();
    if ((entry.flags & 0x1) !== 0) {
      throw new ZipFormatError(`${name} is encrypted`);
    }
    const cap = budget.reserveInflate(name, entry.uncompressedSize, entry.compressedSize);
    const raw = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw budget.overCap(name, cap);
        }
        throw new ZipFormatError(`${name} cannot be decompressed`);
      }
    } else {
      throw new ZipFormatError(`${name} uses unsupported compression method ${entry.method}`);
    }
    budget.commitInflate(name, data.byteLength, entry.compressedSize);
    return data;
  }

  /** `readBounded` decoded as UTF-8 (with a byte-order mark dropped). */
  readTextBounded(name: string, budget: ReadBudget): string | undefined {
    const data = this.readBounded(name, budget);
    return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
  }

  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
  }

  /**
   * A new archive: the same entries in the same order, with `replacements` (name → new
   * uncompressed content) recompressed; every other entry's compressed bytes are copied as they are.
   */
  rewrite(replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
    const parts: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      const replacement = replacements.get(entry.name);
      let data: Uint8Array;
      let method = entry.method;
      let crc = entry.crc32;
      let uncompressedSize = entry.uncompressedSize;
      if (replacement) {
        data = deflateRawSync(replacement);
        method = 8;
        crc = crc32(replacement);
        uncompressedSize = replacement.byteLength;
      } else {
        data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      }
      const name = new TextEncoder().encode(entry.name);
      // Keep the UTF-8 flag; drop "sizes in a data descriptor" since sizes are written up front.
      const flags = entry.flags & 0x800;
      const local = new Uint8Array(30 + name.byteLength);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, LOCAL_SIGNATURE, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, flags, true);
      lv.setUint16(8, method, true);
      lv.setUint16(10, entry.modTime, true);
      lv.setUint16(12, entry.modDate, true);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, data.byteLength, true);
      lv.setUint32(22, uncompressedSize, true);
      lv.setUint16(26, name.byteLength, true);
      lv.setUint16(28, 0, true);
      local.set(name, 30);

      const header = new Uint8Array(46 + name.byteLength);
      const cv = new DataView(header.buffer);
      cv.setUint32(0, CENTRAL_SIGNATURE, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, flags, true);
      cv.setUint16(10, method, true);
      cv.setUint16(12, entry.modTime, true);
      cv.setUint16(14, entry.modDate, true);
      cv.setUint32(16, crc, true);
      cv.setUint32(20, data.byteLength, true);
      cv.setUint32(24, uncompressedSize, true);
      cv.setUint16(28, name.byteLength, true);
      cv.setUint32(42, offset, true);
      header.set(name, 46);

      parts.push(local, data);
      central.push(header);
      offset += local.byteLength + data.byteLength;
    }
    const directoryOffset = offset;
    const directorySize = central.reduce((sum, part) => sum + part.byteLength, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, EOCD_SIGNATURE, true);
    ev.setUint16(8, this.entries.length, true);
    ev.setUint16(10, this.entries.length, true);
    ev.setUint32(12, directorySize, true);
    ev.setUint32(16, directoryOffset, true);

    const out = new Uint8Array(directoryOffset + directorySize + end.byteLength);
    let at = 0;
    for (const part of [...parts, ...central, end]) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }
}

const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ZipFormatError('zip offset out of range');
  }
  return Number(value);
}

function findExtraField(view: DataView, start: number, length: number, id: number): { start: number; end: number } | undefined {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const fieldId = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (fieldId === id) {
      return { start: at + 4, end: Math.min(at + 4 + size, end) };
    }
    at += 4 + size;
  }
  return undefined;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      return at;
    }
  }
  throw new ZipFormatError('no zip end-of-directory record (truncated or not a zip file)');
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  // Code page 437 is the legacy default; part names in real packages are ASCII.
  return String.fromCharCode(...bytes);
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
