/** The answerer (question reader, verdicts, composer, claim check): dist/lazy/answer.js, loaded on the first answer. */
import { lazyPart } from './load';

export type AnswerModule = typeof import('../../domain/answer/decide');

export const loadAnswer = lazyPart<AnswerModule>(() => import('../../domain/answer/decide'));
