/** The Word driver's entry for callers that load it on first use: the fill, and the error it throws for a file it cannot read. */
export { fillWord, wordDocument, type WordFillOptions, type WordFillResult } from './word';
export { WordError } from '../../word/errors';
export { FillCancelled } from '../fill';
