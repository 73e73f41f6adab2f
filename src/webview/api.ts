/** The one place that calls acquireVsCodeApi (it may be called only once per page). */
import type { z } from 'zod';

const vscodeApi = acquireVsCodeApi();

export function post<T>(message: T): void {
  vscodeApi.postMessage(message);
}

export function getState<T>(schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(vscodeApi.getState());
  return parsed.success ? parsed.data : undefined;
}

export function setState<T>(state: T): void {
  vscodeApi.setState(state);
}

/** Listens to host messages, dropping (and logging) any that fail the schema. */
export function onHostMessage<T>(schema: z.ZodType<T>, handler: (message: T) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = schema.safeParse(event.data);
    if (parsed.success) {
      handler(parsed.data);
    } else {
      console.warn('Attest: dropped an invalid message from the host', event.data);
    }
  });
}
