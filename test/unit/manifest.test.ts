// The manifest (package.json "contributes") against the code: settings, commands, menus,
// activation, snippets and the walkthrough. Plain Node: nothing here may import 'vscode'.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { check } from '../../src/domain/claims';
import { SETTINGS_SECTION, SETTING_KEYS, parseSettings } from '../../src/domain/settings';
import { CommandId } from '../../src/shared/ids';
import { WalkthroughKey, completionEventsFor } from '../../src/adapter/views/walkthroughKeys';

const ROOT = join(__dirname, '..', '..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command: string }[]>;
    configuration: { properties: Record<string, { default?: unknown }> };
    snippets?: { language: string; path: string }[];
    walkthroughs?: {
      id: string;
      title: string;
      steps: { id: string; title: string; description: string; media: { markdown?: string; image?: string; svg?: string }; completionEvents?: string[] }[];
    }[];
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributedCommands = new Set(manifest.contributes.commands.map((c) => c.command));

// ---------------------------------------------------------------------------------------------
// Snippet bodies: VS Code's snippet grammar, expanded to plain text for every choice.

/** Every text a snippet body can produce with default placeholders: one per combination of choices. */
export function expandSnippet(body: string, limit = 500): string[] {
  let position = 0;
  const peek = (): string | undefined => body[position];
  // Returns the variants of a sequence until one of the stop characters (not consumed).
  const sequence = (stops: string): string[] => {
    let variants = [''];
    const append = (options: string[]): void => {
      variants = variants.flatMap((v) => options.map((o) => v + o)).slice(0, limit);
    };
    while (position < body.length && !stops.includes(peek() ?? '')) {
      const ch = body[position] as string;
      if (ch === '\\' && position + 1 < body.length) {
        append([body[position + 1] as string]);
        position += 2;
      } else if (ch === '$') {
        append(dollar());
      } else {
        append([ch]);
        position += 1;
      }
    }
    return variants;
  };
  const dollar = (): string[] => {
    position += 1; // $
    const simple = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(position));
    if (peek() !== '{') {
      if (!simple) {
        return ['$'];
      }
      position += simple[0].length;
      return ['']; // $1, $0, $VARIABLE: nothing typed yet
    }
    position += 1; // {
    const name = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(position));
    assert.ok(name, `snippet: a name after \${ at ${position} in ${body}`);
    position += name[0].length;
    let result: string[] = [''];
    if (peek() === ':') {
      position += 1;
      result = sequence('}');
    } else if (peek() === '|') {
      position += 1;
      const choices: string[] = [];
      let current = '';
      while (position < body.length && !(peek() === '|' && body[position + 1] === '}')) {
        const ch = body[position] as string;
        if (ch === '\\' && position + 1 < body.length) {
          current += body[position + 1];
          position += 2;
        } else if (ch === ',') {
          choices.push(current);
          current = '';
          position += 1;
        } else {
          current += ch;
          position += 1;
        }
      }
      choices.push(current);
      position += 1; // |
      result = choices;
    }
    assert.equal(peek(), '}', `snippet: closing } at ${position} in ${body}`);
    position += 1;
    return result;
  };
  const variants = sequence('');
  return variants;
}

function readSnippets(path: string): Record<string, Snippet> {
  const errors: ParseError[] = [];
  const parsed = parseJsonc(readFileSync(join(ROOT, path), 'utf8'), errors, { allowTrailingComma: true }) as Record<string, Snippet>;
  assert.deepEqual(
    errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`),
    [],
    `${path} parses`,
  );
  return parsed;
}

suite('manifest: settings', () => {
  const properties = manifest.contributes.configuration.properties;

  test('every setting in package.json is in the settings schema, and the other way round', () => {
    const inManifest = Object.keys(properties).sort();
    const inSchema = SETTING_KEYS.map((key) => `${SETTINGS_SECTION}.${key}`).sort();
    assert.deepEqual(inManifest, inSchema);
  });

  test('each default in package.json is the schema default', () => {
    const defaults = parseSettings({});
    for (const key of SETTING_KEYS) {
      assert.deepEqual(properties[`${SETTINGS_SECTION}.${key}`]?.default, defaults[key], key);
    }
  });
});

suite('manifest: commands', () => {
  test('contributes.commands are exactly the CommandId values', () => {
    assert.deepEqual([...contributedCommands].sort(), [...Object.values(CommandId)].sort());
    assert.equal(contributedCommands.size, manifest.contributes.commands.length, 'no command is contributed twice');
  });

  test('every command has the Attest category and a title of its own', () => {
    const titles = new Set<string>();
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Attest', command.command);
      assert.ok(command.title.trim().length > 0, command.command);
      assert.ok(!titles.has(command.title), `duplicate title ${command.title}`);
      titles.add(command.title);
    }
  });

  test('menus name only contributed commands', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const entry of entries) {
        assert.ok(contributedCommands.has(entry.command), `${menu}: ${entry.command}`);
      }
    }
  });
});

suite('manifest: activation stays lazy', () => {
  const events = manifest.activationEvents ?? [];

  test('no start-up activation; languages only those questionnaires are written in (issue 14)', () => {
    const questionnaireLanguages = new Set(['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:csv']);
    for (const event of events) {
      assert.ok(event !== '*' && event !== 'onStartupFinished', event);
      assert.ok(!event.startsWith('onLanguage:') || questionnaireLanguages.has(event), `${event}: only questionnaire languages wake Attest`);
    }
    // A questionnaire opened in a folder without a profile still gets the claim check and CodeLens.
    for (const event of questionnaireLanguages) {
      assert.ok(events.includes(event), event);
    }
  });

  test('activates on the profile and to restore the explanation panel', () => {
    assert.ok(events.includes('workspaceContains:.attest/profile.json'));
    assert.ok(events.includes('onWebviewPanel:attest.explain'));
  });
});

suite('manifest: snippets', () => {
  const files = manifest.contributes.snippets ?? [];
  const paths = [...new Set(files.map((f) => f.path))];

  test('there are snippets for Markdown and plain text', () => {
    const languages = new Set(files.map((f) => f.language));
    assert.ok(languages.has('markdown') && languages.has('plaintext'));
  });

  test('every snippet file exists and parses, with a prefix, body and description per snippet', () => {
    assert.ok(paths.length > 0);
    for (const path of paths) {
      assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
      const snippets = readSnippets(path);
      assert.ok(Object.keys(snippets).length >= 8, `${path} has the eight kinds of answer`);
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.ok(snippet.prefix && snippet.body && snippet.description, name);
      }
    }
  });

  test('prefixes are unique', () => {
    const seen = new Map<string, string>();
    for (const path of paths) {
      for (const [name, snippet] of Object.entries(readSnippets(path))) {
        for (const prefix of [snippet.prefix].flat()) {
          assert.ok(!seen.has(prefix), `${prefix} is used by "${seen.get(prefix)}" and "${name}"`);
          seen.set(prefix, name);
        }
      }
    }
    for (const expected of ['soc2-type2', 'soc2-type1', 'soc2-in-progress', 'soc2-none', 'soc2-bridge-letter', 'soc2-scope', 'soc2-carve-out', 'soc2-cuecs']) {
      assert.ok(seen.has(expected), expected);
    }
  });

  test('every body has tab stops, and the ones with choices offer real alternatives', () => {
    for (const path of paths) {
      for (const [name, snippet] of Object.entries(readSnippets(path))) {
        const body = [snippet.body].flat().join('\n');
        assert.match(body, /\$\{1[:|]/, `${name} starts with a tab stop`);
        for (const choice of body.matchAll(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g)) {
          assert.ok((choice[1] ?? '').split(/(?<!\\),/).length >= 2, `${name}: ${choice[0]}`);
        }
      }
    }
  });

  test('every body, with each choice and the default text, passes the claim check', () => {
    let checked = 0;
    for (const path of paths) {
      for (const [name, snippet] of Object.entries(readSnippets(path))) {
        for (const text of expandSnippet([snippet.body].flat().join('\n'))) {
          assert.doesNotMatch(text, /\$\{|\$\d/, `${name} expanded fully: ${text}`);
          const findings = check(text, { today: '2026-11-26' });
          assert.deepEqual(
            findings.map((f) => `${f.rule}: ${f.message}`),
            [],
            `${name}: ${text}`,
          );
          checked += 1;
        }
      }
    }
    assert.ok(checked > 20, `${checked} variants checked`);
  });

  test('the expander reads VS Code snippet syntax', () => {
    assert.deepEqual(expandSnippet('a ${1:b} ${2|x,y\\,z|} $0 \\$5 ${3:n ${4:m}}'), ['a b x  $5 n m', 'a b y,z  $5 n m']);
    // The check would catch a bad choice: this one must produce a finding.
    const [bad] = expandSnippet('We are ${1|SOC 2 certified,fine|}.');
    assert.ok(bad !== undefined && check(bad, { today: '2026-11-26' }).length > 0);
  });
});

suite('manifest: walkthrough', () => {
  const walkthroughs = manifest.contributes.walkthroughs ?? [];

  test('"Get started with Attest" covers the profile, one answer, a filled questionnaire and Type 1 vs Type 2', () => {
    const walkthrough = walkthroughs.find((w) => w.title === 'Get started with Attest');
    assert.ok(walkthrough);
    const events = walkthrough.steps.flatMap((s) => s.completionEvents ?? []);
    // Each step completes on what shows it done, not on its command being started (issue 14).
    for (const key of Object.values(WalkthroughKey)) {
      for (const event of completionEventsFor(key)) {
        assert.ok(events.includes(event), event);
      }
    }
    assert.deepEqual(
      events.filter((e) => e.startsWith('onCommand:')),
      [],
    );
  });

  test('every step has media that exists, and links and events name contributed commands', () => {
    for (const walkthrough of walkthroughs) {
      for (const step of walkthrough.steps) {
        const media = step.media.markdown ?? step.media.image ?? step.media.svg;
        assert.ok(media && existsSync(join(ROOT, media)), `${step.id}: ${media}`);
        const linked = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1] ?? '');
        assert.ok(linked.length > 0, `${step.id} has a button`);
        const events = (step.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
        for (const command of [...linked, ...events]) {
          assert.ok(contributedCommands.has(command), `${step.id}: ${command}`);
        }
        if (step.media.markdown) {
          const text = readFileSync(join(ROOT, step.media.markdown), 'utf8');
          for (const [, command] of text.matchAll(/command:([\w.]+)/g)) {
            assert.ok(contributedCommands.has(command ?? ''), `${step.media.markdown}: ${command}`);
          }
        }
      }
    }
  });

  test('the walkthrough pages and the sample questionnaire make no misleading claim outside quotes', () => {
    const pages = walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown)).filter((p): p is string => p !== undefined);
    for (const page of pages) {
      // A page may quote a wrong phrase to explain it: quoted text is discussion, not use.
      const text = readFileSync(join(ROOT, page), 'utf8').replace(/\*"[^"]*"\*|"[^"]*"/g, '""');
      assert.deepEqual(check(text, { today: '2026-11-26' }).map((f) => f.rule), [], page);
    }
    const sample = readFileSync(join(ROOT, 'media', 'walkthrough', 'sample-questionnaire.md'), 'utf8');
    // The sample carries exactly one misleading answer on purpose, for the quick fix.
    assert.deepEqual(check(sample, { today: '2026-11-26' }).map((f) => f.rule), ['soc2-certified']);
  });
});
