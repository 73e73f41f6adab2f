import { ExplainPanel } from '../panels/explainPanel';
import type { Services } from '../services';

/** Attest: Explain SOC 2 Type 1 vs Type 2. */
export async function explainTypes(services: Services): Promise<void> {
  const topic = await services.resolveTopic('type1-vs-type2');
  if (!topic) {
    throw new Error('The Type 1 vs Type 2 explanation is missing from this build.');
  }
  ExplainPanel.show(services, topic);
}
