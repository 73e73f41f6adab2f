/** Saving the wizard's form into the profile text (comment-preserving JSONC edits): dist/lazy/wizardSave.js, loaded on the first save. */
import { lazyPart } from './load';

export type WizardSaveModule = typeof import('../../domain/wizard/save');

export const loadWizardSave = lazyPart<WizardSaveModule>(() => import('../../domain/wizard/save'));
