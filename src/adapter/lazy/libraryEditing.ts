/** Import Answers and Save Answer to Library (QuickPick previews, yaml front-matter edits): dist/lazy/libraryEditing.js, loaded when either command runs. */
import { lazyPart } from './load';

export type LibraryEditingModule = typeof import('../libraryEditing');

export const loadLibraryEditing = lazyPart<LibraryEditingModule>(() => import('../libraryEditing'));
