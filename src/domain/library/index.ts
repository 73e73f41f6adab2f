/**
 * The answer library (issue 12): the team's reviewed answers as Markdown files with a YAML front
 * matter under `.attest/library/` (setting `attest.libraryPath`), matched to the questions the
 * profile does not decide. Pure: callers read the files and pass their text.
 *
 * - `loadLibrary(root, files)` / `parseEntry(file, text, topic)`: entries, or errors at file:line:col
 * - `buildLibraryIndex(entries)` then `matchLibrary(index, question, { polar })`: the entry, tier
 *   (exact / strong / weak), score, matched words, and a Yes/No only when it answers what is asked
 * - `libraryAnswer(entry, length)` / `matchAnswer(match, length)`: the text to write
 * - `checkLibrary(entries, { today, profile, exists })`: stale, no owner, duplicates, conflicts,
 *   claim-check findings, profile contradictions and restatements, broken evidence links
 * - `newEntryTemplate(topic, question)`: a new entry's scaffold
 */
export { analyze, exactKey, normalizeText, SYNONYMS } from './analyze';
export { libraryAnswer, matchAnswer } from './answer';
export { checkLibrary, resolveEvidence, reviewDue, type CheckLibraryOptions, type LibraryFinding, type LibraryRule } from './check';
export { buildLibraryIndex, MARGIN, matchLibrary, STRONG, WEAK, type LibraryIndex, type LibraryMatch, type LibraryMatchResult, type MatchTier } from './match';
export { loadLibrary, parseEntry, topicOf, withUniqueIds, type EntryParseResult, type LibraryError, type LibraryFile, type LoadedLibrary } from './parse';
export { FrontMatterSchema, VISIBILITIES, YESNO, type LibraryEntry, type Visibility, type YesNo } from './schema';
export { entrySlug, newEntryTemplate } from './template';
export { librarySource } from './source';
export { draftText, importAnswers, splitAnswer, type AnsweredQuestion, type DraftEntry, type ImportResult } from './import';
