import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { addWrite, escapeXmlText, patchSheetXml, requestFullCalcOnLoad, type CellWrites } from '../../../src/domain/workbook/patch';
import { ZipArchive, crc32 } from '../../../src/domain/workbook/zip';
import { handMadeZip } from './helpers';

function writes(entries: Record<string, string>): CellWrites {
  const result: CellWrites = new Map();
  for (const [address, text] of Object.entries(entries)) {
    addWrite(result, address, text);
  }
  return result;
}

const SHEET = (data: string, extra = ''): string =>
  `<worksheet xmlns="main"><dimension ref="A1:B3"/><cols><col min="3" max="3" width="12" style="7" customWidth="1"/></cols>${data}${extra}</worksheet>`;

suite('workbook cell patching', () => {
  test('replaces an existing cell, keeping its style and dropping its old value', () => {
    const xml = SHEET('<sheetData><row r="2" spans="1:2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="4" t="s"><v>1</v></c></row></sheetData>');
    const out = patchSheetXml(xml, writes({ B2: 'Yes' }));
    assert.equal(
      out,
      SHEET('<sheetData><row r="2" spans="1:2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">Yes</t></is></c></row></sheetData>'),
    );
  });

  test('inserts cells in column order, widening spans and the dimension; new cells take the column style', () => {
    const xml = SHEET('<sheetData><row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row></sheetData>');
    const out = patchSheetXml(xml, writes({ C2: 'mid', F2: 'end' }));
    assert.match(out, /<row r="2" spans="1:6"><c r="A2"><v>1<\/v><\/c><c r="C2" s="7" t="inlineStr">.*mid.*<\/c><c r="D2"><v>2<\/v><\/c><c r="F2" t="inlineStr">.*end.*<\/c><\/row>/);
    assert.match(out, /<dimension ref="A1:F3"\/>/);
  });

  test('creates missing rows in order, including in an empty sheetData', () => {
    const xml = SHEET('<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="5"><c r="A5"><v>1</v></c></row></sheetData>');
    const out = patchSheetXml(xml, writes({ B1: 'a', B3: 'b', B9: 'c' }));
    const rows = [...out.matchAll(/<row r="(\d+)"/g)].map((m) => m[1]);
    assert.deepEqual(rows, ['1', '2', '3', '5', '9']);
    const empty = patchSheetXml(SHEET('<sheetData/>'), writes({ A1: 'x' }));
    assert.match(empty, /<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">x<\/t><\/is><\/c><\/row><\/sheetData>/);
  });

  test('uses the row style for new cells in a row with a custom format, and handles self-closing rows', () => {
    const xml = SHEET('<sheetData><row r="4" s="9" customFormat="1"/></sheetData>');
    const out = patchSheetXml(xml, writes({ A4: 'x' }));
    assert.match(out, /<row r="4" s="9" customFormat="1"><c r="A4" s="9" t="inlineStr">/);
  });

  test('keeps a namespace prefix when the sheet uses one', () => {
    const xml = '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const out = patchSheetXml(xml, writes({ B1: 'a', A2: 'b' }));
    assert.equal(
      out,
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">a</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve">b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  test('escapes markup and removes characters XML cannot hold', () => {
    assert.equal(escapeXmlText('a < b & c > d\u0001'), 'a &lt; b &amp; c &gt; d');
    const out = patchSheetXml(SHEET('<sheetData/>'), writes({ A1: '<script>&' }));
    assert.match(out, /&lt;script&gt;&amp;/);
  });

  test('asks Excel to recalculate on open', () => {
    assert.equal(
      requestFullCalcOnLoad('<workbook><sheets><sheet/></sheets><calcPr calcId="191029"/></workbook>'),
      '<workbook><sheets><sheet/></sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    );
    assert.equal(
      requestFullCalcOnLoad('<workbook><sheets><sheet/></sheets><definedNames><definedName name="a">S!A1</definedName></definedNames></workbook>'),
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="a">S!A1</definedName></definedNames><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });
});

suite('workbook zip rewriting', () => {
  test('crc32 matches the reference value', () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  });

  test('reads entries whose sizes are in a zip64 extra field, with a zip64 end record', () => {
    const data = Buffer.from('<hello/>');
    const packed = deflateRawSync(data);
    const name = Buffer.from('a.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(packed.length), 12);
    extra.writeBigUInt64LE(0n, 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    const body = Buffer.concat([local, name, packed]);
    const directory = Buffer.concat([central, name, extra]);
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeBigUInt64LE(1n, 24);
    end64.writeBigUInt64LE(1n, 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(body.length), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(body.length + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const zip = ZipArchive.open(new Uint8Array(Buffer.concat([body, directory, end64, locator, end])));
    assert.equal(zip.readText('a.xml'), '<hello/>');
    assert.equal(ZipArchive.open(zip.rewrite(new Map())).readText('a.xml'), '<hello/>');
  });

  test('rewrites only the replaced entries and keeps the others byte for byte', () => {
    const zip = ZipArchive.open(handMadeZip({ 'a.xml': '<a/>', 'b.bin': new Uint8Array([9, 8, 7]), 'c.xml': '<c/>' }));
    const rewritten = ZipArchive.open(zip.rewrite(new Map([['b.bin', new Uint8Array([1, 2])]])));
    assert.deepEqual(rewritten.entries.map((e) => e.name), ['a.xml', 'b.bin', 'c.xml']);
    assert.equal(rewritten.readText('a.xml'), '<a/>');
    assert.deepEqual([...(rewritten.read('b.bin') as Uint8Array)], [1, 2]);
    assert.equal(rewritten.readText('c.xml'), '<c/>');
  });
});
