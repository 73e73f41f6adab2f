/** The answer library's tree view nodes, diagnostics, Search Library… and New Library Entry: dist/lazy/libraryViews.js, loaded when a library file is opened, the view is shown or one of the commands runs. */
import { lazyPart } from './load';

export type LibraryViewsModule = typeof import('../libraryViews');

export const loadLibraryViews = lazyPart<LibraryViewsModule>(() => import('../libraryViews'));
