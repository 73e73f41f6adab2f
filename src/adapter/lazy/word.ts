/** The Word driver (bounded package reader, document.xml writer): dist/lazy/word.js, loaded when a Word questionnaire is filled. */
import { lazyPart } from './load';

export type WordModule = typeof import('../../domain/engine/drivers/wordFill');

export const loadWord = lazyPart<WordModule>(() => import('../../domain/engine/drivers/wordFill'));
