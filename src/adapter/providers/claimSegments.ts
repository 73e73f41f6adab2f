/**
 * Runs the claim check on a large document piece by piece, so that typing in a 5,000-line
 * questionnaire only re-checks the paragraph that changed and a first check can yield to the
 * extension host between pieces. No 'vscode' here: a unit test proves that the pieces give
 * exactly the findings of one `check()` over the whole text.
 *
 * Why cutting is safe: the claim rules read one line at a time, and the widest context any rule
 * looks at is the paragraph, which never crosses a blank line, a Markdown table row, or a quoted
 * CSV row (each of those stands alone). So the text is cut after such lines.
 */
import type { CheckOptions, Finding } from '../../domain/claims';
import { isTableRow } from '../../domain/claims/text';
import { loadClaims, type ClaimsModule } from '../lazy/claims';

/** The whole-text claim check (domain/claims `check`), loaded on first use. */
type Check = ClaimsModule['check'];

export interface Segment {
  /** Offset of the segment's first character in the whole text (always the start of a line). */
  start: number;
  /** 0-based line of that first character. */
  line: number;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** A line after which no rule looks further down (see the module comment). */
function standsAlone(line: string): boolean {
  return line.trim() === '' || isTableRow(line) || line.includes('","');
}

/** Cuts `text` into segments that together are the whole text, each ending after a line that stands alone. */
export function splitSegments(text: string, minLines = 40): Segment[] {
  const segments: Segment[] = [];
  let segmentStart = 0;
  let segmentLine = 0;
  let lineStart = 0;
  let lineIndex = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match !== null; match = LINE_BREAK.exec(text)) {
    const lineText = text.slice(lineStart, match.index);
    const next = match.index + match[0].length;
    lineIndex += 1;
    // Group short paragraphs: one check() per few dozen lines costs far less than one per paragraph.
    if (standsAlone(lineText) && lineIndex - segmentLine >= minLines) {
      segments.push({ start: segmentStart, line: segmentLine, text: text.slice(segmentStart, next) });
      segmentStart = next;
      segmentLine = lineIndex;
    }
    lineStart = next;
  }
  if (segmentStart < text.length || segments.length === 0) {
    segments.push({ start: segmentStart, line: segmentLine, text: text.slice(segmentStart) });
  }
  return segments;
}

function shift(findings: readonly Finding[], segment: Segment): Finding[] {
  return findings.map((f) => ({ ...f, offset: f.offset + segment.start, line: f.line + segment.line }));
}

/**
 * Checks documents segment by segment and remembers each segment's findings (relative to the
 * segment) until the next run, so unchanged paragraphs are not checked again. Make a new one
 * when the options (profile, today) change.
 */
export class SegmentedClaimChecker {
  private cache = new Map<string, readonly Finding[]>();

  constructor(readonly options: CheckOptions) {}

  private checkSegment(segment: Segment, next: Map<string, readonly Finding[]>, check: Check): Finding[] {
    let relative = next.get(segment.text) ?? this.cache.get(segment.text);
    if (relative === undefined) {
      relative = check(segment.text, this.options);
    }
    next.set(segment.text, relative);
    return shift(relative, segment);
  }

  /** Every finding in `text`, at once, with the claim rules given (`(await loadClaims()).check`). */
  checkAll(text: string, check: Check): Finding[] {
    const next = new Map<string, readonly Finding[]>();
    const findings = splitSegments(text).flatMap((segment) => this.checkSegment(segment, next, check));
    this.cache = next;
    return findings;
  }

  /**
   * Every finding in `text`, giving the event loop a turn whenever a slice of work has taken
   * `sliceMs`. Returns undefined as soon as `cancelled()` says a newer run has started.
   */
  async checkAllYielding(text: string, cancelled: () => boolean, sliceMs = 12): Promise<Finding[] | undefined> {
    const { check } = await loadClaims();
    const next = new Map<string, readonly Finding[]>();
    const findings: Finding[] = [];
    let sliceStart = performance.now();
    for (const segment of splitSegments(text)) {
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (cancelled()) {
          return undefined;
        }
        sliceStart = performance.now();
      }
      findings.push(...this.checkSegment(segment, next, check));
    }
    this.cache = next;
    return findings;
  }
}
