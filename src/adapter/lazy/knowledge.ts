/** The knowledge base's term finder and entries: dist/lazy/knowledge.js, loaded by the first term hover. */
import { lazyPart } from './load';

export type KnowledgeModule = typeof import('../../domain/catalog/knowledge');

export const loadKnowledge = lazyPart<KnowledgeModule>(() => import('../../domain/catalog/knowledge'));
