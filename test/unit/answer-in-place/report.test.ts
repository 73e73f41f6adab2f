import * as assert from 'node:assert/strict';
import { ENTRY_LINK, LINK_DEFINITION, entryLink, linkDefinition, renderCoverageMarkdown, type CoverageEntry } from '../../../src/domain/engine/coverage';

const link = (line: number): string => `file:///work/my questionnaires/(v2) vendor.csv#L${line + 1}`;

type LinkedCoverageEntry = CoverageEntry & { line: number; link: string };

/** The one renderer, with a link for each entry (as Fill Questionnaire renders it). */
function renderLinkedCoverage(report: { title: string; entries: LinkedCoverageEntry[]; notes: string[] }): string {
  const links = new Map(report.entries.map((entry) => [entry, entry.link]));
  return renderCoverageMarkdown(
    { title: report.title, sections: [{ name: report.title, entries: report.entries }], notes: report.notes },
    { target: (entry) => links.get(entry as LinkedCoverageEntry) },
  );
}

suite('answer in place: coverage report', () => {
  const entries: LinkedCoverageEntry[] = [
    { status: 'answered', location: 'line 5', line: 4, link: link(4), question: 'Do you have a SOC 2 report?', intent: 'soc2.status' },
    { status: 'needs_person', location: 'line 6', line: 5, link: link(5), question: 'Do you have a SOC 1?', intent: 'assurance.soc1', missing: ['[SOC 1 status]'] },
    { status: 'not_recognized', location: 'line 7', line: 6, link: link(6), question: 'Describe *your* <b>password</b> policy | now' },
    { status: 'already_answered', location: 'line 8', line: 7, link: link(7), question: 'Is MFA on?' },
  ];

  test('totals, groups in order, missing facts and intent labels', () => {
    const md = renderLinkedCoverage({ title: 'Coverage of vendor.csv', entries, notes: ['Filled on 2026-11-26.'] });
    assert.match(md, /^# Coverage of vendor\.csv\n\n4 questions: 1 answered, 1 needs a person, 1 not recognized, 1 already answered\.\n/);
    const order = ['## Needs a person (1)', '## Not recognized (1)', '## Answered (1)', '## Already answered (1)'].map((h) => md.indexOf(h));
    assert.ok(order.every((at, n) => at > 0 && (n === 0 || at > (order[n - 1] ?? 0))), `groups in order: ${order.join(',')}`);
    assert.match(md, /Do you have a SOC 1\? — missing: \\\[SOC 1 status\\\]/);
    assert.match(md, /Do you have a SOC 2 report\? — \*SOC 2 report\*/);
  });

  test('a reason given as what is missing is not repeated after the verdict; another reason is', () => {
    const reason = 'The profile records test dates but no testing cadence.';
    const md = renderLinkedCoverage({
      title: 't',
      entries: [
        { status: 'needs_person', location: 'line 9', line: 8, link: link(8), question: 'Do you test yearly?', missing: [reason], verdict: 'undetermined', reasons: [reason], facts: ['otherAssurance.penetrationTests'] },
        { status: 'needs_person', location: 'line 10', line: 9, link: link(9), question: 'Is it current?', missing: ['[a date]'], verdict: 'undetermined', reasons: ['The report is older than 12 months.'] },
      ],
      notes: [],
    });
    assert.equal(md.split(reason).length - 1, 1, md);
    assert.match(md, /Do you test yearly\? — missing: The profile records test dates but no testing cadence\. — verdict undetermined, from `otherAssurance\.penetrationTests`\n/);
    assert.match(md, /Is it current\? — missing: \\\[a date\\\] — verdict undetermined: The report is older than 12 months\./);
  });

  test('question text cannot inject Markdown or HTML', () => {
    const md = renderLinkedCoverage({ title: 't', entries, notes: [] });
    assert.ok(!md.includes('<b>'));
    assert.ok(md.includes('Describe \\*your\\* \\<b\\>password\\</b\\> policy \\| now'));
  });

  test('each entry links to its line through a reference defined once; spaces and parentheses in paths survive', () => {
    const md = renderLinkedCoverage({ title: 't', entries, notes: [] });
    const definitions = new Map(
      md
        .split('\n')
        .map((line) => LINK_DEFINITION.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], decodeURIComponent(m[2] ?? '')]),
    );
    const found = [...md.matchAll(ENTRY_LINK)].map((m) => [m[1], definitions.get(m[2] ?? '')]);
    assert.deepEqual(found.sort(), entries.map((e) => [`line ${e.line + 1}`, e.link]).sort());
    assert.equal(entryLink(entries[0]!), '[line 5][L5]');
    assert.equal(linkDefinition(entries[0]!, entries[0]!.link), '[L5]: <file:///work/my%20questionnaires/(v2)%20vendor.csv#L5>');
    assert.equal(definitions.size, entries.length);
  });
});
