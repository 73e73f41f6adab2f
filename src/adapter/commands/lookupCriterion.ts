import * as vscode from 'vscode';
import { CRITERIA, CRITERION_GROUPS, getCriterion, validateCriterionId, type Criterion } from '../../domain/catalog/criteria';
import { loadTopics, type TopicsModule } from '../lazy/topics';
import type { Services } from '../services';
import { openTopic, selectedText, showTopicPicker, type PickOutcome, type TopicItem } from '../topicPicker';

function item({ criterionCategoryLabel }: TopicsModule, criterion: Criterion): TopicItem {
  return {
    label: `${criterion.id} · ${criterion.title}`,
    description: criterionCategoryLabel(criterion),
    detail: criterion.summary,
    topicKey: criterion.id,
  };
}

/** The whole catalog, with a separator before each group (CC1 · Control Environment, …). */
function catalog(topics: TopicsModule): TopicItem[] {
  const items: TopicItem[] = [];
  for (const group of CRITERION_GROUPS) {
    const members = CRITERIA.filter((c) => c.group === group.id);
    if (members.length > 0) {
      items.push({ label: `${group.id} · ${group.title}`, kind: vscode.QuickPickItemKind.Separator }, ...members.map((criterion) => item(topics, criterion)));
    }
  }
  return items;
}

function items(topics: TopicsModule, query: string): TopicItem[] {
  return query.trim() === '' ? catalog(topics) : topics.criterionLookup(query).map((criterion) => item(topics, criterion));
}

/**
 * Attest: Look Up a Trust Services Criterion…
 * Arguments (optional): a criterion id to open at once (hover links), or `{ query }` to start the
 * picker with that text. Without either, a selected id in the editor starts the picker.
 */
export async function lookupCriterion(services: Services, arg?: unknown): Promise<PickOutcome> {
  if (typeof arg === 'string') {
    const criterion = getCriterion(arg);
    const topic = criterion ? await services.resolveTopic(criterion.id) : undefined;
    if (!topic) {
      const validation = validateCriterionId(arg);
      throw new Error(validation.ok ? `No explanation for ${arg}.` : validation.message);
    }
    openTopic(services, topic);
    return { action: 'open', topic: topic.key };
  }
  const query = typeof arg === 'object' && arg !== null && 'query' in arg && typeof arg.query === 'string' ? arg.query : undefined;
  const selected = selectedText();
  const topics = await loadTopics();
  return showTopicPicker(services, {
    title: 'Look up a Trust Services Criterion',
    placeholder: 'Type an id (CC6.1) or words (access removal, vendor risk, backups)',
    items: (typed) => items(topics, typed),
    dynamic: true,
    ...(query !== undefined ? { initialQuery: query } : selected && getCriterion(selected) ? { initialQuery: selected } : {}),
  });
}
