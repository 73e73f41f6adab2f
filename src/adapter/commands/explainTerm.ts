import { getCriterion } from '../../domain/catalog/criteria';
import { loadTopics, type TopicsModule } from '../lazy/topics';
import type { Services } from '../services';
import { openTopic, selectedText, showTopicPicker, type PickOutcome, type TopicItem } from '../topicPicker';

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function items({ glossaryTopics }: TopicsModule): TopicItem[] {
  return glossaryTopics().map((topic) => ({
    label: topic.title,
    description: topic.terms.slice(0, 4).join(' · '),
    detail: firstSentence(topic.customerSafe),
    topicKey: topic.key,
  }));
}

/**
 * Attest: Explain a Term…
 * Arguments (optional): a topic key or term to open at once (hover and diagnostic links), or
 * `{ query }` to start the picker with that text.
 */
export async function explainTerm(services: Services, arg?: unknown): Promise<PickOutcome> {
  if (typeof arg === 'string') {
    const topic = await services.resolveTopic(arg);
    if (!topic) {
      throw new Error(`Attest has no explanation for "${arg.slice(0, 80)}".`);
    }
    openTopic(services, topic);
    return { action: 'open', topic: topic.key };
  }
  const query = typeof arg === 'object' && arg !== null && 'query' in arg && typeof arg.query === 'string' ? arg.query : undefined;
  // A selected glossary term ("gap letter") starts the picker on it; criteria have their own look-up.
  const selected = selectedText();
  const term = selected !== undefined && getCriterion(selected) === undefined && (await services.resolveTopic(selected)) ? selected : undefined;
  const topics = await loadTopics();
  return showTopicPicker(services, {
    title: 'Explain a SOC 2 term',
    placeholder: 'Type a term: bridge letter, carve-out, CUEC, Type 2, qualified opinion…',
    items: () => items(topics),
    dynamic: false,
    ...(query !== undefined ? { initialQuery: query } : term !== undefined ? { initialQuery: term } : {}),
  });
}
