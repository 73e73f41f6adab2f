/**
 * Properties over many inputs: any damage to a package, and any answer text, ends in a WordError
 * or a well-formed document; a fill is idempotent in what it reads back.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { readWordQuestionnaire, WordError, writeWordAnswers } from '../../../src/domain/word';
import { isPrompt } from '../../../src/domain/word/detect';
import { documentXml, fixture } from './helpers';

function wellFormed(xml: string): void {
  new SaxesParser().write(xml).close();
}

suite('Word reader and writer: properties', () => {
  test('flipped bytes and truncations: a WordError or a scan, never another exception', () => {
    const base = fixture('docx-checkboxes.docx');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.option(fc.nat({ max: base.length })), (changes, cut) => {
        const bytes = new Uint8Array(base.subarray(0, cut ?? base.length));
        for (const [at, value] of changes) {
          if (at < bytes.length) {
            bytes[at] = value;
          }
        }
        try {
          readWordQuestionnaire(bytes);
        } catch (error) {
          assert.ok(error instanceof WordError, `not a WordError: ${String(error)}`);
          assert.doesNotMatch(error.message, /\n/);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('random XML spliced into document.xml: a WordError or a scan, and a fill of what was read stays well-formed', async () => {
    const zip = await JSZip.loadAsync(fixture('docx-table.docx'));
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    const pieces = ['<w:p/>', '</w:tc>', '<w:tc><w:p><w:r><w:t>Do you?</w:t></w:r></w:p></w:tc>', '<w:gridSpan w:val="9"/>', '<w:vMerge/>', '<!-- <w:p> -->', '<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>', '<w:r><w:t>\u2610 Yes \u2612 No</w:t></w:r>', '<![CDATA[<w:p>]]>', '<w:ins w:id="1"><w:r><w:t>x</w:t></w:r></w:ins>'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: xml.length }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 3 }), async (insertions) => {
        let text = xml;
        for (const [at, piece] of [...insertions].sort((a, b) => b[0] - a[0])) {
          text = text.slice(0, at) + piece + text.slice(at);
        }
        zip.file('word/document.xml', text);
        const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
        let scan;
        try {
          scan = readWordQuestionnaire(bytes);
        } catch (error) {
          assert.ok(error instanceof WordError, `not a WordError: ${String(error)}`);
          return;
        }
        const writes = scan.items.filter((item) => item.blocked === undefined).map((item) => (item.slot === 'checkbox' ? { index: item.index, check: [] } : { index: item.index, answer: 'A & B' }));
        try {
          wellFormed(documentXml(writeWordAnswers(bytes, scan, writes)));
        } catch (error) {
          assert.ok(error instanceof WordError && error.code === 'cannot_write', `a fill failed with ${String(error)}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('any answer text reads back as written, less control characters, box characters written as [ ] / [x]', () => {
    const bytes = fixture('docx-numbered.docx');
    const scan = readWordQuestionnaire(bytes);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), (answer) => {
        const filled = writeWordAnswers(bytes, scan, [{ index: 0, answer }]);
        wellFormed(documentXml(filled));
        const expected = answer
          .replace(/\r\n?/g, '\n')
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u2028\u2029]/g, '')
          .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
          .replace(/\u2610/g, '[ ]')
          .replace(/[\u2611\u2612]/g, '[x]')
          .replace(/\s+/g, ' ')
          .trim();
        const back = readWordQuestionnaire(filled).items[0]?.existing ?? '';
        // A prompt ("TBD", "[…]", "___") reads back as unanswered, which is what it is.
        assert.equal(back, isPrompt(expected) ? '' : expected);
      }),
      { numRuns: 300 },
    );
  });

  test('an answer with box characters adds no checkbox to the document', () => {
    const bytes = fixture('docx-numbered.docx');
    const scan = readWordQuestionnaire(bytes);
    const filled = writeWordAnswers(bytes, scan, [{ index: 0, answer: '☐\u0000 ☒ Yes ☑' }]);
    const after = readWordQuestionnaire(filled);
    assert.equal(after.items[0]?.slot, scan.items[0]?.slot);
    assert.equal(after.items[0]?.existing, '[ ] [x] Yes [x]');
  });
});
