import assert from 'node:assert/strict';
import { escapeMarkdown, renderCoverageMarkdown, renderCoverageText, summarizeCoverage, type CoverageReport } from '../../../src/domain/engine/coverage';

const REPORT: CoverageReport = {
  title: 'Coverage: vendor_form.xlsx',
  sections: [
    {
      name: 'Security',
      entries: [
        { status: 'answered', location: 'Security!C7', question: 'Do you have a SOC 2 report?', intent: 'soc2.status' },
        { status: 'needs_person', location: 'Security!C8', question: 'What period does it cover?', intent: 'soc2.period', missing: ['[period end date]', '[period start date]'] },
        { status: 'not_recognized', location: 'Security!C9', question: 'Do you use <b>tabs</b> or *spaces*?' },
      ],
    },
    {
      name: 'Vendor | Form',
      entries: [{ status: 'already_answered', location: "'Vendor | Form'!B2", question: 'Do you have ISO 27001?' }],
    },
  ],
  notes: ['Sheet "Instructions": no question column.'],
};

suite('coverage report', () => {
  test('counts every status', () => {
    assert.deepEqual(summarizeCoverage(REPORT), { total: 4, answered: 1, needs_person: 1, not_recognized: 1, already_answered: 1 });
  });

  test('Markdown lists each group per sheet with cell address, question and missing facts, escaped', () => {
    const markdown = renderCoverageMarkdown(REPORT);
    assert.match(markdown, /^# Coverage: vendor\\_form\.xlsx\n/);
    assert.match(markdown, /4 questions: 1 answered, 1 needs a person, 1 not recognized, 1 already answered\./);
    assert.match(markdown, /## Security\n\n1 answered, 1 needs a person, 1 not recognized, 0 already answered\./);
    assert.match(markdown, /### Needs a person \(1\)\n\n[^\n]+\n\n- \*\*Security!C8\*\* What period does it cover\? — missing: \\\[period end date\\\], \\\[period start date\\\]/);
    assert.match(markdown, /### Answered \(1\)\n\n[^\n]+\n\n- \*\*Security!C7\*\* Do you have a SOC 2 report\?/);
    assert.match(markdown, /Do you use \\<b\\>tabs\\<\/b\\> or \\\*spaces\\\*\?/);
    assert.match(markdown, /## Vendor \\\| Form/);
    assert.doesNotMatch(markdown, /<b>/);
    assert.match(markdown, /> Sheet "Instructions": no question column\./);
    // Needs a person comes before the rest: it is the work left to do.
    assert.ok(markdown.indexOf('Needs a person') < markdown.indexOf('### Answered'));
  });

  test('text summary is short: totals, one line per sheet, notes', () => {
    const text = renderCoverageText(REPORT);
    assert.deepEqual(text.trimEnd().split('\n'), [
      'Coverage: vendor_form.xlsx: 4 questions — 1 answered, 1 needs a person, 1 not recognized, 1 already answered',
      '  Security: 1 answered, 1 needs a person, 1 not recognized, 0 already answered',
      '  Vendor | Form: 0 answered, 0 need a person, 0 not recognized, 1 already answered',
      '  note: Sheet "Instructions": no question column.',
    ]);
  });
});

suite('escapeMarkdown', () => {
  test('escapes syntax and entity-starting ampersands, and keeps ids such as A&A-02.1 readable', () => {
    assert.equal(escapeMarkdown('A&A-02.1 Are   audits\nperformed?'), 'A&A-02.1 Are audits performed?');
    // A numeric entity is already broken by the escaped "#".
    assert.equal(escapeMarkdown('Tom &amp; Jerry &#60;b&#62;'), 'Tom \\&amp; Jerry &\\#60;b&\\#62;');
    assert.equal(escapeMarkdown('<script>*x*_y_ [link](javascript:z) #1 | ~'), '\\<script\\>\\*x\\*\\_y\\_ \\[link\\](javascript:z) \\#1 \\| \\~');
  });
});
