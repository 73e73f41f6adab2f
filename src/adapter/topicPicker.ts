/**
 * The QuickPick behind "Look up a Trust Services Criterion…" and "Explain a term…": Enter opens
 * the explanation panel; the item buttons insert the customer-safe paragraph at the cursor of
 * the editor the picker was opened from, or copy it.
 */
import * as vscode from 'vscode';
import type { Topic } from '../domain/catalog/topics';
import { ExplainPanel } from './panels/explainPanel';
import { captureOrigin, insertAtOrigin, type EditorOrigin } from './panels/webviewBasics';
import type { Services } from './services';

export interface TopicItem extends vscode.QuickPickItem {
  topicKey?: string;
}

export type PickOutcome = { action: 'open' | 'insert' | 'copy'; topic: string } | undefined;

export interface TopicPickerOptions {
  title: string;
  placeholder: string;
  /** The items for what is typed; when `dynamic`, called again on every keystroke. */
  items(query: string): TopicItem[];
  /** Re-rank as the user types (our search) instead of VS Code's own matching. */
  dynamic: boolean;
  initialQuery?: string;
}

const INSERT_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('insert'), tooltip: 'Insert the customer-safe explanation at the cursor' };
const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the customer-safe explanation' };

/** Shows a topic: the panel, with its own Copy and Insert buttons. */
export function openTopic(services: Services, topic: Topic): void {
  ExplainPanel.show(services, topic);
}

async function act(services: Services, action: 'insert' | 'copy', topic: Topic, origin: EditorOrigin | undefined): Promise<void> {
  if (action === 'copy') {
    await vscode.env.clipboard.writeText(topic.customerSafe);
    vscode.window.setStatusBarMessage(`$(check) Copied the customer-safe explanation of ${topic.title}.`, 4000);
    return;
  }
  if (!origin) {
    void vscode.window.showInformationMessage('Open a document and place the cursor where the explanation should go, then try again.');
    return;
  }
  const outcome = await insertAtOrigin(origin, topic.customerSafe);
  if (!outcome.inserted) {
    void vscode.window.showWarningMessage(outcome.message);
    return;
  }
  services.logger.debug(`Inserted the customer-safe explanation of ${topic.key}.`);
}

export function showTopicPicker(services: Services, options: TopicPickerOptions): Promise<PickOutcome> {
  const origin = captureOrigin(vscode.window.activeTextEditor);
  const buttons = origin ? [INSERT_BUTTON, COPY_BUTTON] : [COPY_BUTTON];
  const picker = vscode.window.createQuickPick<TopicItem>();
  picker.title = options.title;
  picker.placeholder = options.placeholder;
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  const setItems = (query: string): void => {
    picker.items = options.items(query).map((item) =>
      item.kind === vscode.QuickPickItemKind.Separator ? item : { ...item, buttons, ...(options.dynamic && query.trim() !== '' ? { alwaysShow: true } : {}) },
    );
  };
  setItems(options.initialQuery ?? '');
  if (options.initialQuery) {
    picker.value = options.initialQuery;
  }

  return new Promise<PickOutcome>((resolve) => {
    let outcome: PickOutcome;
    let pending: Promise<void> = Promise.resolve();
    const disposables: vscode.Disposable[] = [
      picker.onDidAccept(async () => {
        const key = picker.activeItems[0]?.topicKey ?? picker.selectedItems[0]?.topicKey;
        const topic = key === undefined ? undefined : await services.resolveTopic(key);
        if (!topic) {
          return;
        }
        outcome = { action: 'open', topic: topic.key };
        picker.hide();
        openTopic(services, topic);
      }),
      picker.onDidTriggerItemButton(async (event) => {
        const topic = event.item.topicKey === undefined ? undefined : await services.resolveTopic(event.item.topicKey);
        if (!topic) {
          return;
        }
        const action = event.button === INSERT_BUTTON ? 'insert' : 'copy';
        outcome = { action, topic: topic.key };
        pending = act(services, action, topic, origin);
        picker.hide();
      }),
      picker.onDidHide(() => {
        disposables.forEach((d) => d.dispose());
        picker.dispose();
        void pending.then(
          () => resolve(outcome),
          (error: unknown) => {
            services.logger.error(`Topic action failed: ${String(error)}`);
            resolve(undefined);
          },
        );
      }),
    ];
    if (options.dynamic) {
      disposables.push(picker.onDidChangeValue((value) => setItems(value)));
    }
    picker.show();
  });
}

/** Text selected in the active editor, when it is short enough to be a look-up. */
export function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    return undefined;
  }
  const text = editor.document.getText(editor.selection).trim();
  return text.length > 0 && text.length <= 60 && !text.includes('\n') ? text : undefined;
}
