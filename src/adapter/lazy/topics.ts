/**
 * Explanation topics and the criterion search (knowledge base, fuse.js): dist/lazy/topics.js,
 * loaded by the first look-up, explanation or hover that needs one.
 */
import type { ExplainTopic } from '../panels/explainPanel';
import { lazyPart } from './load';

export type TopicsModule = typeof import('../../domain/catalog/topics');

export const loadTopics = lazyPart<TopicsModule>(() => import('../../domain/catalog/topics'));

/** Services.resolveTopic: the topic for a key (glossary term, criterion id, rule topic), or undefined. */
export async function resolveTopic(key: string): Promise<ExplainTopic | undefined> {
  return (await loadTopics()).resolveTopic(key);
}
