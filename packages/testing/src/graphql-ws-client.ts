import { createClient, type Client, type ClientOptions } from "graphql-ws";
import WebSocket from "ws";

/** Resolves once `condition` holds, checking every few milliseconds; rejects after `timeoutMs` with `what`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface WsSubscription<T = any> {
  /** `data` of every `next` message, in arrival order. */
  results: T[];
  /** GraphQL errors of `next` messages, or of the operation (an `error` message). */
  errors: { message: string; extensions?: Record<string, any> }[];
  completed: boolean;
  /** Waits until at least `count` results arrived and returns them all. */
  waitForResults(count: number, timeoutMs?: number): Promise<T[]>;
  waitForError(timeoutMs?: number): Promise<{ message: string; extensions?: Record<string, any> }>;
  /** Completes the operation (the client sends `complete`). */
  unsubscribe(): void;
}

export interface WsClient {
  client: Client;
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): WsSubscription<T>;
  /** Close code and reason of the socket once it closed. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/** A graphql-ws client for tests: no retries (a test sees every close), eager connection. */
export function createWsClient(url: string, options: Partial<ClientOptions> = {}): WsClient {
  let onClosed: (e: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => { onClosed = resolve; });
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    ...options,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string | Buffer };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
      ...options.on,
    },
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): WsSubscription<T> {
      const sub: WsSubscription<T> = {
        results: [],
        errors: [],
        completed: false,
        async waitForResults(count, timeoutMs = 15_000) {
          await waitFor(() => sub.results.length >= count || sub.errors.length > 0, `${count} subscription results (have ${sub.results.length})`, timeoutMs);
          if (sub.results.length < count) throw new Error(`subscription failed: ${JSON.stringify(sub.errors)}`);
          return sub.results;
        },
        async waitForError(timeoutMs = 15_000) {
          await waitFor(() => sub.errors.length > 0, "a subscription error", timeoutMs);
          return sub.errors[0];
        },
        unsubscribe: () => undefined,
      };
      sub.unsubscribe = client.subscribe<T>({ query, variables }, {
        next: (value) => {
          if (value.errors) sub.errors.push(...(value.errors as any[]));
          if (value.data) sub.results.push(value.data as T);
        },
        error: (error) => {
          if (Array.isArray(error)) sub.errors.push(...error);
          else sub.errors.push({ message: String((error as { reason?: string; message?: string })?.reason ?? (error as Error)?.message ?? error), extensions: { closeCode: (error as { code?: number })?.code } });
        },
        complete: () => { sub.completed = true; },
      });
      return sub;
    },
    dispose: () => Promise.resolve(client.dispose()),
  };
}
