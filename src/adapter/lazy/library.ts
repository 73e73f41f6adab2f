/** The answer library (YAML front matter, MiniSearch index, matcher, answer source): dist/lazy/library.js, loaded when a workspace has a library. */
import { lazyPart } from './load';

export type LibraryModule = typeof import('../../domain/library');

export const loadLibraryModule = lazyPart<LibraryModule>(() => import('../../domain/library'));
