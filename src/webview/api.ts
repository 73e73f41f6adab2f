/**
 * The one place that calls acquireVsCodeApi (it may be called only once per page). Schemas are
 * typed as zod's core type, so both zod/mini and classic schemas are accepted.
 */
import * as z from 'zod/mini';

const vscodeApi = acquireVsCodeApi();

export function post<T>(message: T): void {
  vscodeApi.postMessage(message);
}

export function getState<T>(schema: z.core.$ZodType<T>): T | undefined {
  const parsed = z.safeParse(schema, vscodeApi.getState());
  return parsed.success ? parsed.data : undefined;
}

export function setState<T>(state: T): void {
  vscodeApi.setState(state);
}

/** Listens to host messages, dropping (and logging) any that fail the schema. */
export function onHostMessage<T>(schema: z.core.$ZodType<T>, handler: (message: T) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = z.safeParse(schema, event.data);
    if (parsed.success) {
      handler(parsed.data);
    } else {
      console.warn('Attest: dropped an invalid message from the host', event.data);
    }
  });
}
