/**
 * Test-only: watches the SOC 2 follow-up wizard for the integration tests (attached by the test
 * API in extension.ts, only when the extension runs in test mode). It keeps what the tests read
 * (timings, the previews posted, the last status, the messages dropped) so WizardPanel keeps
 * none of it; the panel only reports lifecycle and protocol events (WizardPanelObserver).
 *
 * "Applied" is timed without any message of its own: the page answers every `init` by writing the
 * form and, in the same task, asking for its preview (`update`). So the first `update` after an
 * `init` says the page has the form in its DOM; the browser paints it in the next frame.
 */
import { performance } from 'node:perf_hooks';
import type { WizardPreview, WizardToHost, HostToWizard } from '../../shared/wizardProtocol';
import type { WizardPanel, WizardPanelObserver } from '../panels/wizardPanel';

/** Milestones of one panel, in ms from the command (or the reload) that created it. */
export interface WizardTimings {
  /** The panel exists and its HTML is set (host work only). */
  htmlMs?: number;
  /** The page's script ran and sent `ready`. */
  readyMs?: number;
  /** The page applied the host's first form (its first `update` after `init`). */
  appliedMs?: number;
  /** The wizard was already open: command → the page applied the new target (the last time it happened). */
  retargetMs?: number;
}

/** What the integration tests reach through `api.wizardPanel()`. */
export interface WizardTestHook {
  /** The panel's message entry point, as the page would call it (tests send hostile input here). */
  receive(message: unknown): Promise<void>;
  readonly isReady: boolean;
  readonly timings: WizardTimings;
  /** The previews the host posted, newest last (at most 20). */
  readonly previews: readonly WizardPreview[];
  readonly lastStatus: string | undefined;
  readonly origin: { uri: string; line: number } | undefined;
  /** Messages the host dropped as off-protocol. */
  readonly dropped: number;
}

interface Watched {
  startedAt: number;
  timings: WizardTimings;
  previews: WizardPreview[];
  lastStatus: string | undefined;
  dropped: number;
  /** An `init` went out and the page has not answered it with an `update` yet. */
  awaitingApply: boolean;
  retargetStartedAt: number | undefined;
}

const PREVIEWS_KEPT = 20;

export class WizardObserver implements WizardPanelObserver {
  private readonly watched = new WeakMap<WizardPanel, Watched>();

  opened(panel: WizardPanel, startedAt: number): void {
    this.watched.set(panel, {
      startedAt,
      timings: {},
      previews: [],
      lastStatus: undefined,
      dropped: 0,
      awaitingApply: false,
      retargetStartedAt: undefined,
    });
  }

  pageSet(panel: WizardPanel): void {
    const watched = this.watched.get(panel);
    if (watched) {
      watched.timings.htmlMs ??= since(watched.startedAt);
    }
  }

  retargeted(panel: WizardPanel, startedAt: number): void {
    const watched = this.watched.get(panel);
    if (watched) {
      watched.retargetStartedAt = startedAt;
    }
  }

  received(panel: WizardPanel, message: WizardToHost | undefined): void {
    const watched = this.watched.get(panel);
    if (!watched) {
      return;
    }
    if (message === undefined) {
      watched.dropped++;
      return;
    }
    if (message.type === 'ready') {
      watched.timings.readyMs ??= since(watched.startedAt);
    } else if (message.type === 'update' && watched.awaitingApply) {
      watched.awaitingApply = false;
      if (watched.timings.appliedMs === undefined) {
        watched.timings.appliedMs = since(watched.startedAt);
      } else if (watched.retargetStartedAt !== undefined) {
        watched.timings.retargetMs = since(watched.retargetStartedAt);
        watched.retargetStartedAt = undefined;
      }
    }
  }

  posted(panel: WizardPanel, message: HostToWizard): void {
    const watched = this.watched.get(panel);
    if (!watched) {
      return;
    }
    if (message.type === 'init') {
      watched.awaitingApply = true;
    } else if (message.type === 'preview') {
      watched.previews.push(message.preview);
      if (watched.previews.length > PREVIEWS_KEPT) {
        watched.previews.shift();
      }
    } else {
      watched.lastStatus = message.text;
    }
  }

  /** The hook for a panel this observer saw open; undefined for none (or one opened before it attached). */
  hook(panel: WizardPanel | undefined): WizardTestHook | undefined {
    const watched = panel === undefined ? undefined : this.watched.get(panel);
    if (panel === undefined || watched === undefined) {
      return undefined;
    }
    return {
      receive: (message) => panel.receive(message),
      get isReady() {
        return panel.isReady;
      },
      timings: watched.timings,
      previews: watched.previews,
      get lastStatus() {
        return watched.lastStatus;
      },
      get origin() {
        const origin = panel.questionOrigin;
        return origin ? { uri: origin.uri.toString(), line: origin.line } : undefined;
      },
      get dropped() {
        return watched.dropped;
      },
    };
  }
}

function since(start: number): number {
  return Math.round(performance.now() - start);
}
