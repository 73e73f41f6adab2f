/**
 * The questionnaire engine (read → plan → write, with the answerer and its sources):
 * dist/lazy/engine.js, loaded by the first fill, answer or preview. Its small pure helpers
 * (coverage rendering, slot values, the text drivers) may still be imported directly from their files.
 */
import { lazyPart } from './load';

export type EngineModule = typeof import('../../domain/engine');

export const loadEngine = lazyPart<EngineModule>(() => import('../../domain/engine'));
