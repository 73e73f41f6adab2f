// The coverage report groups what is left for a person by the library topic of its nearest entry
// (where a new entry would answer it next time), only when a library took part in the fill.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { answererFor, fillDocument, readTextQuestionnaire, renderCoverageMarkdown } from '../../../src/domain/engine';
import { buildLibraryIndex, librarySource, loadLibrary, type LibraryFile } from '../../../src/domain/library';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';

const ROOT = join(__dirname, '..', '..', '..');
const profile = parseProfile(readFileSync(join(ROOT, 'demo', '.attest', 'profile.json'), 'utf8')).profile as Profile;

function demoLibrary(): LibraryFile[] {
  const root = join(ROOT, 'demo', '.attest', 'library');
  const files: LibraryFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else if (name.endsWith('.md')) {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(root);
  return files;
}

const QUESTIONNAIRE = `# Review

1. Do you have a SOC 2 report?

2. Do you rotate the encryption keys that protect backups?

3. What is your favourite colour?

4. Do you have a vulnerability disclosure programme?
`;

suite('coverage: what is left, by library topic', () => {
  const library = librarySource(buildLibraryIndex(loadLibrary('', demoLibrary()).entries));

  test('a weak library match is a suggestion under its topic; a question near no entry is listed apart; answered ones are not listed', async () => {
    const { report } = await fillDocument(readTextQuestionnaire(QUESTIONNAIRE, 'markdown'), answererFor(profile, library), { today: '2026-11-26', defaultLength: 'paragraph', title: 'Coverage' });
    const markdown = renderCoverageMarkdown(report);
    const section = markdown.slice(markdown.indexOf('## Left for a person, by library topic'));
    assert.ok(section.startsWith('## Left for a person'), markdown);
    assert.match(section, /- \*\*encryption\*\* \(1\): “Do you rotate the encryption keys that protect backups\?”/);
    assert.match(section, /- \*\*no library entry near\*\* \(1\): “What is your favourite colour\?”/);
    assert.doesNotMatch(section, /vulnerability disclosure|SOC 2 report/, 'answered questions are not left');
    assert.ok(section.indexOf('**encryption**') < section.indexOf('**no library entry near**'), 'topics first, the rest last');
    const rotate = report.sections.flatMap((s) => s.entries).find((entry) => entry.question.startsWith('Do you rotate'));
    assert.equal(rotate?.suggestion?.entry, 'key-management');
    assert.equal(rotate?.status, 'needs_person', 'a weak match fills nothing');
  });

  test('without a library the section is not there (every question would be "near no entry")', async () => {
    const { report } = await fillDocument(readTextQuestionnaire(QUESTIONNAIRE, 'markdown'), answererFor(profile), { today: '2026-11-26', defaultLength: 'paragraph', title: 'Coverage' });
    assert.doesNotMatch(renderCoverageMarkdown(report), /by library topic/);
  });
});
