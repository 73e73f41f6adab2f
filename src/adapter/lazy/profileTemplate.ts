/** The commented profile scaffold that Create Assurance Profile writes: dist/lazy/profileTemplate.js, loaded when a profile is created. */
import { lazyPart } from './load';

export type ProfileTemplateModule = typeof import('../../domain/profile/template');

export const loadProfileTemplate = lazyPart<ProfileTemplateModule>(() => import('../../domain/profile/template'));
