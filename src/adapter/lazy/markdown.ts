/** The Markdown renderer (marked and the safe-link rules): dist/lazy/markdown.js, loaded when an explanation is shown. */
import { lazyPart } from './load';

export type MarkdownModule = typeof import('../../domain/markdown');

export const loadMarkdown = lazyPart<MarkdownModule>(() => import('../../domain/markdown'));
