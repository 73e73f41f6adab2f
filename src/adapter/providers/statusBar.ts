/**
 * The SOC 2 state in the status bar, from the profile and today: "SOC 2 Type 2 · period ended 5
 * months ago", in the warning colour once the period ended more than 12 months ago and no bridge
 * letter covers today. A click opens the profile. Hidden when the workspace has no profile.
 */
import * as vscode from 'vscode';
import { soc2State, type Soc2State } from '../../domain/assurance';
import { escapeMarkdown } from '../../domain/engine/coverage';
import { CATEGORY_LABELS, type Profile } from '../../domain/profile/schema';
import type { LoadedProfile } from '../profileService';
import type { Services } from '../services';

const WARNING_BACKGROUND = 'statusBarItem.warningBackground';
const HOUR_MS = 60 * 60 * 1000;
export const HAS_PROFILE_CONTEXT = 'attest.hasProfile';

/** What the item shows; plain data so tests can compare it. */
export interface StatusView {
  text: string;
  /** Markdown. */
  tooltip: string;
  warning: boolean;
  /** Where a click goes: the profile, at a 1-based line when it has a problem there. */
  target: { uri: vscode.Uri; line?: number; column?: number };
}

export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  backgroundColor?: string;
  command?: string;
  arguments?: unknown[];
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Profile text in the tooltip's Markdown: shown as written, never as formatting, links or HTML, and
 * never as a $(icon) (the tooltip enables theme icons for Attest's own $(warning)).
 */
export function tooltipText(text: string): string {
  return escapeMarkdown(text).replace(/\$\(/g, '\\$(');
}

/** 31 Mar 2026: unambiguous in every locale, and never shifted by a time zone. */
export function humanDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    return iso;
  }
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1] ?? ''} ${year}`.trim();
}

function ago(months: number): string {
  return months === 0 ? 'this month' : `${plural(months, 'month')} ago`;
}

function headline(state: Soc2State): string {
  const current = state.current;
  switch (state.status) {
    case 'none':
      return 'No SOC 2 report';
    case 'in_progress':
      return 'SOC 2 in progress';
    case 'type1': {
      const asOf = current?.type === 'type1' ? current.asOf : undefined;
      return asOf ? `SOC 2 Type 1 · as of ${humanDate(asOf)}` : 'SOC 2 Type 1 · as-of date not set';
    }
    case 'type2': {
      if (state.referenceDate === undefined) {
        return 'SOC 2 Type 2 · period end not set';
      }
      if (state.referenceInFuture) {
        return `SOC 2 Type 2 · period ends ${humanDate(state.referenceDate)}`;
      }
      return `SOC 2 Type 2 · period ended ${ago(state.monthsSinceReference ?? 0)}`;
    }
  }
}

function details(profile: Profile, state: Soc2State, today: string): string[] {
  const lines: string[] = [];
  const current = state.current;
  if (current) {
    const type = current.type === 'type1' ? 'Type 1' : 'Type 2';
    lines.push(`**SOC 2 ${type}**${current.cpaFirm ? ` by ${tooltipText(current.cpaFirm)}` : ''}`);
    if (current.type === 'type2' && current.periodStart && current.periodEnd) {
      lines.push(`Period: ${humanDate(current.periodStart)} to ${humanDate(current.periodEnd)}`);
    } else if (current.type === 'type1' && current.asOf) {
      lines.push(`As of: ${humanDate(current.asOf)}`);
    }
    if (state.monthsSinceReference !== undefined && !state.referenceInFuture) {
      lines.push(`${current.type === 'type1' ? 'As-of date' : 'Period ended'} ${ago(state.monthsSinceReference)} (freshness counts from here, not from the report date)`);
    }
    if (current.categories && current.categories.length > 0) {
      lines.push(`Categories: ${current.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}`);
    }
    if (current.opinion) {
      const exceptions = current.exceptions === undefined ? '' : `, ${current.exceptions.length === 0 ? 'no exceptions' : plural(current.exceptions.length, 'exception')}`;
      lines.push(`Opinion: ${tooltipText(current.opinion)}${exceptions}`);
    }
  } else if (state.inProgress) {
    const type = state.inProgress.type === 'type1' ? 'Type 1' : 'Type 2';
    lines.push(`**SOC 2 ${type} ${state.inProgress.status === 'planned' ? 'planned' : 'in progress'}**${state.inProgress.cpaFirm ? ` with ${tooltipText(state.inProgress.cpaFirm)}` : ''}`);
  } else {
    lines.push('**No SOC 2 report** in the profile.');
  }
  if (state.bridgeLetter) {
    lines.push(`Bridge letter from management: covers until ${humanDate(state.bridgeLetter.coversUntil)}${state.bridgeCoversToday ? '' : ' (no longer covers today)'}`);
  }
  if (state.nextReportDate) {
    lines.push(`Next report expected: ${humanDate(state.nextReportDate)}`);
  }
  if (state.stale && !state.bridgeCoversToday) {
    lines.push(
      `$(warning) More than 12 months have passed since the ${current?.type === 'type1' ? 'as-of date' : 'period ended'} and no bridge letter covers today: customers will ask for a newer report or a bridge letter from management.`,
    );
  }
  if (state.referenceInFuture) {
    lines.push(`$(warning) The ${current?.type === 'type1' ? 'as-of date' : 'period end'} is after today (${humanDate(today)}): check the profile.`);
  }
  lines.push('', `_${tooltipText(profile.organization.name)}_ · Click to open the assurance profile.`);
  return lines;
}

/** What the status bar shows for a loaded profile on a given day. */
export function statusView(loaded: LoadedProfile, today: string): StatusView {
  if (!loaded.profile) {
    const first = loaded.errors[0];
    const count = loaded.errors.length;
    // Error messages quote keys and values from the file.
    const list = loaded.errors.slice(0, 5).map((e) => `- line ${e.line}: ${tooltipText(e.message)}`);
    return {
      text: `$(warning) Attest profile has ${plural(count, 'problem')}`,
      tooltip: [`**The assurance profile has ${plural(count, 'problem')}.** Attest answers and checks only from a valid profile.`, '', ...list, ...(count > 5 ? [`- and ${count - 5} more`] : []), '', 'Click to open the profile.'].join('\n'),
      warning: true,
      target: { uri: loaded.uri, ...(first ? { line: first.line, column: first.column } : {}) },
    };
  }
  const state = soc2State(loaded.profile, today);
  return {
    text: `$(shield) ${headline(state)}`,
    tooltip: details(loaded.profile, state, today).join('\n\n'),
    warning: (state.stale && !state.bridgeCoversToday) || state.referenceInFuture,
    target: { uri: loaded.uri },
  };
}

export class AssuranceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attest.soc2Status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private visible = false;
  private hasProfile: boolean | undefined;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly services: Services) {
    this.item.name = 'Attest: SOC 2 status';
    this.disposables.push(
      services.profiles.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // "N months ago" moves with the calendar: catch up when the window comes back, and hourly.
      vscode.window.onDidChangeWindowState((state) => (state.focused ? this.refresh() : undefined)),
    );
    this.timer = setInterval(() => this.refresh(), HOUR_MS);
    this.refresh();
  }

  /** The profile for the active editor's folder, else the first one found. */
  private loaded(): LoadedProfile | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active ? this.services.profiles.get(active) : undefined) ?? this.services.profiles.all()[0];
  }

  refresh(): void {
    const loaded = this.loaded();
    this.setHasProfile(loaded?.profile !== undefined);
    if (!loaded) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const view = statusView(loaded, this.services.clock.today());
    this.item.text = view.text;
    const tooltip = new vscode.MarkdownString(view.tooltip, true);
    this.item.tooltip = tooltip;
    this.item.backgroundColor = view.warning ? new vscode.ThemeColor(WARNING_BACKGROUND) : undefined;
    const { uri, line, column } = view.target;
    const selection = line === undefined ? undefined : new vscode.Range(line - 1, (column ?? 1) - 1, line - 1, (column ?? 1) - 1);
    this.item.command = {
      command: 'vscode.open',
      title: 'Open the assurance profile',
      arguments: [uri, ...(selection ? [{ selection } satisfies vscode.TextDocumentShowOptions] : [])],
    };
    this.item.accessibilityInformation = { label: view.text.replace(/\$\([\w-]+\)\s*/g, ''), role: 'button' };
    this.item.show();
    this.visible = true;
  }

  /** `attest.hasProfile`: a valid profile is loaded (walkthrough completion, `when` clauses). */
  private setHasProfile(value: boolean): void {
    if (this.hasProfile !== value) {
      this.hasProfile = value;
      void vscode.commands.executeCommand('setContext', HAS_PROFILE_CONTEXT, value);
    }
  }

  snapshot(): StatusBarSnapshot {
    const command = typeof this.item.command === 'object' ? this.item.command : undefined;
    const tooltip = this.item.tooltip;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      ...(this.item.backgroundColor ? { backgroundColor: this.item.backgroundColor.id } : {}),
      ...(command ? { command: command.command, arguments: command.arguments ?? [] } : {}),
    };
  }

  dispose(): void {
    clearInterval(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
