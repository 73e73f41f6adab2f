/** The claim rules (wording, report and profile rules): dist/lazy/claims.js, loaded by the first claim check. */
import { lazyPart } from './load';

export type ClaimsModule = typeof import('../../domain/claims');

export const loadClaims = lazyPart<ClaimsModule>(() => import('../../domain/claims'));
