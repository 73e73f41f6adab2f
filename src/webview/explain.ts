/** Front end of the explanation panel: two actions and a status line; the content is rendered by the host. */
import { ExplainToHost, HostToExplain, type ExplainState } from '../shared/protocol';
import { onHostMessage, post, setState } from './api';

function send(message: ExplainToHost): void {
  post(message);
}

const topic = document.body.dataset.topic ?? '';
setState<ExplainState>({ topic });

const status = document.getElementById('status');
let clearStatus: ReturnType<typeof setTimeout> | undefined;
onHostMessage(HostToExplain, (message) => {
  if (message.type === 'status' && status) {
    status.textContent = message.text;
    clearTimeout(clearStatus);
    clearStatus = setTimeout(() => (status.textContent = ''), 6000);
  }
});

document.getElementById('copy-summary')?.addEventListener('click', () => send({ type: 'copySummary' }));
document.getElementById('insert-summary')?.addEventListener('click', () => send({ type: 'insertSummary' }));
send({ type: 'ready' });
