/** The wizard's preview (form → profile → composed answers and rule warnings): dist/lazy/wizardPreview.js, loaded when the wizard opens. */
import { lazyPart } from './load';

export type WizardPreviewModule = typeof import('../../domain/wizard/preview');

export const loadWizardPreview = lazyPart<WizardPreviewModule>(() => import('../../domain/wizard/preview'));
