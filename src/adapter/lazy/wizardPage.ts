/** The wizard page's HTML and its Content Security Policy (static markup): dist/lazy/wizardPage.js, loaded when the wizard opens. */
import { lazyPart } from './load';

export type WizardPageModule = typeof import('../panels/wizardHtml');

export const loadWizardPage = lazyPart<WizardPageModule>(() => import('../panels/wizardHtml'));
