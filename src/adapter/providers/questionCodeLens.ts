/**
 * "Answer · SOC 2 report type" above every question Attest recognizes in a Markdown, CSV or
 * plain-text document, and "Follow-ups…" on SOC 2 questions when the wizard is available.
 * A question the facts do not cover gets "Answer · from library: <entry>" when the folder's answer
 * library fills it (an exact or strong match to an entry that may be written), and "Suggestion ·
 * library: <entry>" when it only comes near one (Review Library Suggestion…). Nothing is shown
 * for the rest.
 */
import * as vscode from 'vscode';
import { INTENT_LABELS } from '../../domain/intents';
import { anchorFor, anchorsFor } from '../../domain/questionnaire/anchor';
import { CommandId } from '../../shared/ids';
import { getSettings, onDidChangeSettings } from '../config';
import { QUESTIONNAIRE_SELECTOR, classifiedItems, questionnaireFormatOf, readOpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';

/** Edits settle for this long before the lenses are asked for again. */
const REFRESH_DELAY_MS = 400;
/** Let the event loop run at most this often while matching questions against the library. */
const YIELD_EVERY_MS = 25;
const TITLE_CHARACTERS = 48;

/** An entry's question, cut at a word to fit a lens. */
function shorten(title: string): string {
  if (title.length <= TITLE_CHARACTERS) {
    return title;
  }
  const cut = title.slice(0, TITLE_CHARACTERS);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_CHARACTERS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export class QuestionCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly services: Services) {
    this.disposables.push(
      services.profiles.onDidChange(() => this.refresh()),
      services.libraries.onDidChange(() => this.refresh()),
      onDidChangeSettings(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && questionnaireFormatOf(event.document) !== undefined) {
          this.refreshSoon();
        }
      }),
    );
  }

  /** Re-ask for lenses now (profile or settings changed). */
  refresh(): void {
    this.changed.fire();
  }

  private refreshSoon(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, REFRESH_DELAY_MS);
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!getSettings(document.uri)['codeLens.enabled']) {
      return [];
    }
    const open = readOpenQuestionnaire(document);
    if (!open || token.isCancellationRequested) {
      return [];
    }
    const answered = this.services.profiles.get(document.uri)?.profile !== undefined;
    const library = (await this.services.libraries.forResource(document.uri)).source;
    const today = this.services.clock.today();
    let lastYield = Date.now();
    const lenses: vscode.CodeLens[] = [];
    // A lens may be clicked before it is refreshed after an edit: the command finds the question by its anchor, not the line.
    const anchors = anchorsFor(open.read.items);
    for (const { item, intent, confidence } of classifiedItems(open)) {
      const anchor = anchors[item.index] ?? anchorFor(open.read.items, item);
      const range = new vscode.Range(item.line, 0, item.line, 0);
      const lens = (title: string, tooltip: string, command: CommandId = CommandId.answerQuestion, options: unknown = { question: anchor }): void => {
        lenses.push(new vscode.CodeLens(range, { title, tooltip, command, arguments: [document.uri, item.line, options] }));
      };
      if (intent === 'none') {
        if (library === undefined) {
          continue;
        }
        // Matching is linear but not free: a long questionnaire must not hold the extension host.
        if (Date.now() - lastYield >= YIELD_EVERY_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastYield = Date.now();
          if (token.isCancellationRequested) {
            return [];
          }
        }
        const decision = library.answer(item.question, { length: 'sentence', today });
        if (decision.outcome === 'answered' && decision.source?.kind === 'library') {
          const entry = decision.source;
          lens(
            `Answer · from library: ${shorten(entry.title)}`,
            `Insert the answer from the library entry "${entry.title}" (${entry.file ?? entry.entry}, ${entry.tier} match ${entry.score.toFixed(2)}${entry.owner ? `, owner ${entry.owner}` : ''}${entry.reviewed ? `, reviewed ${entry.reviewed}` : ''})${answered ? '' : ' — needs an assurance profile first'}`,
          );
        } else if (decision.suggestion !== undefined && decision.suggestion.unmet === undefined) {
          // Near an entry but not close enough to fill: the writer may confirm it (it becomes the entry's variant).
          const suggestion = decision.suggestion;
          lens(
            `Suggestion · library: ${shorten(suggestion.title)}`,
            `Not filled: near "${suggestion.title}" (score ${suggestion.score.toFixed(2)}). Pick the entry that answers it: the question becomes its variant and is answered.`,
            CommandId.confirmLibrarySuggestion,
          );
        }
        continue;
      }
      const label = INTENT_LABELS[intent];
      lens(`Answer · ${label}`, `Insert Attest's answer (${label}, confidence ${Math.round(confidence * 100)}%)${answered ? ' from the assurance profile' : ' — needs an assurance profile first'}`);
      if (intent.startsWith('soc2.')) {
        lens('Follow-ups…', 'Answer the SOC 2 follow-up questions in the wizard, then insert the answer here', CommandId.openWizard, anchor);
      }
    }
    return lenses;
  }

  dispose(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}

export function registerQuestionCodeLens(services: Services): vscode.Disposable[] {
  const provider = new QuestionCodeLensProvider(services);
  return [provider, vscode.languages.registerCodeLensProvider(QUESTIONNAIRE_SELECTOR, provider)];
}
