/**
 * Finding the id / question / answer / comment columns of a grid (CSV or Markdown table), from
 * header words first and cell contents second. Shared so both formats agree on what a column is.
 */
import { collapseWhitespace, looksLikeId, looksLikeQuestion, startsLikeAnswer } from './text';

export interface HeaderScores {
  id: number;
  question: number;
  answer: number;
  comment: number;
}

/** How strongly a header cell names each role (0 = not at all, 3 = by its usual name). */
export function scoreHeader(raw: string): HeaderScores {
  const h = collapseWhitespace(raw).toLowerCase();
  const scores: HeaderScores = { id: 0, question: 0, answer: 0, comment: 0 };
  if (h.length === 0 || h.length > 60) {
    return scores;
  }
  if (
    /^(#|no\.?|nr\.?|num\.?|number|ref\.?|reference|id|item\s*(#|no\.?|id)|s\/n|sl\.?\s*no\.?|q\s*#|q\.?\s*no\.?|seq\.?|sequence)$/.test(h) ||
    /(^|\s)(id|ref\.?|#|no\.|number|identifier)$/.test(h)
  ) {
    scores.id = 3;
  }
  if (scores.id === 0) {
    if (/\bquestions?\b/.test(h)) {
      scores.question = 3;
    } else if (/\b(requirements?|quer(y|ies)|assessment items?|control questions?)\b/.test(h)) {
      scores.question = 2;
    } else if (/\b(controls?|description|criteria|criterion|topic|items?|specification|area|statement|request)\b/.test(h)) {
      scores.question = 1;
    }
  }
  if (/\b(answers?|responses?|reply|replies)\b/.test(h) || /\b(yes\s*\/\s*no|y\s*\/\s*n|yes or no)\b/.test(h)) {
    scores.answer = 3;
  } else if (/\b(status|compliance|compliant|implemented|in place|selection)\b/.test(h)) {
    scores.answer = 1;
  }
  if (/\b(comments?|notes?|explanations?|remarks?|justifications?|details?|evidence|additional (information|info|details)|clarifications?|supporting|implementation|rationale)\b/.test(h)) {
    scores.comment = 3;
    // "Response comments": the comment reading wins, but it may still serve as the answer column.
    scores.answer = Math.min(scores.answer, 1);
    scores.question = Math.min(scores.question, 1);
  }
  if (scores.answer >= 3) {
    scores.question = 0;
  }
  return scores;
}

/** What the cells of one column look like (data rows only). */
export interface ColumnEvidence {
  nonEmpty: number;
  questionLike: number;
  idLike: number;
  answerLike: number;
  totalLength: number;
}

export function emptyEvidence(): ColumnEvidence {
  return { nonEmpty: 0, questionLike: 0, idLike: 0, answerLike: 0, totalLength: 0 };
}

export function addEvidence(evidence: ColumnEvidence, value: string): void {
  const text = collapseWhitespace(value);
  if (text.length === 0) {
    return;
  }
  evidence.nonEmpty++;
  evidence.totalLength += text.length;
  if (looksLikeId(text)) {
    evidence.idLike++;
  } else if (startsLikeAnswer(text) && text.length <= 40) {
    evidence.answerLike++;
  } else if (looksLikeQuestion(text)) {
    evidence.questionLike++;
  }
}

export interface ColumnRoles {
  id?: number;
  question?: number;
  /** May equal `width`: no column fits, answers go in a new last column. */
  answer?: number;
  comment?: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * Pick the columns. `headers` is empty when the grid has no header row; `rows` is the number of
 * data rows the evidence was taken from; `width` the number of columns.
 */
export function pickColumns(headers: readonly string[], evidence: readonly ColumnEvidence[], rows: number, width: number): ColumnRoles {
  const scores = Array.from({ length: width }, (_, c) => scoreHeader(headers[c] ?? ''));
  const evidenceAt = (c: number): ColumnEvidence => evidence[c] ?? emptyEvidence();
  const roles: ColumnRoles = {};
  const taken = new Set<number>();

  // Question: header words plus the share of cells that read like questions.
  let best = -Infinity;
  for (let c = 0; c < width; c++) {
    const s = scores[c];
    const e = evidenceAt(c);
    if (!s || e.nonEmpty === 0 || s.answer >= 3 || s.comment >= 3 || s.id >= 3) {
      continue;
    }
    const content = ratio(e.questionLike, e.nonEmpty);
    if (ratio(e.idLike, e.nonEmpty) > 0.6) {
      continue;
    }
    const accepted = s.question >= 2 || (s.question === 1 && content >= 0.2) || content >= 0.3;
    if (!accepted) {
      continue;
    }
    // Long cells break ties: questions are sentences, categories are words.
    const score = s.question + 3 * content + Math.min(e.totalLength / e.nonEmpty, 200) / 1000;
    if (score > best) {
      best = score;
      roles.question = c;
    }
  }
  if (roles.question === undefined) {
    return roles;
  }
  const question = roles.question;
  taken.add(question);

  // Id: by header, else a column of id-shaped cells (left of the question wins ties).
  let bestId = 0;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) {
      continue;
    }
    const s = scores[c];
    const e = evidenceAt(c);
    const content = ratio(e.idLike, e.nonEmpty);
    const score = (s?.id ?? 0) + (content >= 0.6 ? 3 * content : 0) + (c < question ? 0.1 : 0);
    if ((s?.id ?? 0) >= 3 || content >= 0.6) {
      if (score > bestId) {
        bestId = score;
        roles.id = c;
      }
    }
  }
  if (roles.id !== undefined) {
    taken.add(roles.id);
  }

  // Answer: by header (strongest, then nearest right of the question).
  let bestAnswer = 0;
  for (let c = 0; c < width; c++) {
    const s = scores[c];
    if (taken.has(c) || !s || s.answer === 0) {
      continue;
    }
    const score = s.answer * 100 - (c > question ? c - question : 50 + question - c);
    if (roles.answer === undefined || score > bestAnswer) {
      bestAnswer = score;
      roles.answer = c;
    }
  }
  if (roles.answer === undefined) {
    // By content: right of the question, a column without a header name, or mostly empty, or of yes/no cells.
    for (let c = question + 1; c < width; c++) {
      const s = scores[c];
      if (taken.has(c) || (s && s.comment >= 3)) {
        continue;
      }
      const e = evidenceAt(c);
      const unnamed = headers.length > 0 && (headers[c] ?? '').trim() === '';
      const fitsContent = headers.length === 0 && (ratio(e.nonEmpty, rows) <= 0.3 || ratio(e.answerLike, e.nonEmpty) >= 0.5);
      if (unnamed || fitsContent) {
        roles.answer = c;
        break;
      }
    }
  }
  if (roles.answer === undefined) {
    roles.answer = width;
  } else {
    taken.add(roles.answer);
  }

  let bestComment = 0;
  for (let c = 0; c < width; c++) {
    const s = scores[c];
    if (taken.has(c) || !s || s.comment === 0) {
      continue;
    }
    if (s.comment > bestComment) {
      bestComment = s.comment;
      roles.comment = c;
    }
  }
  return roles;
}
