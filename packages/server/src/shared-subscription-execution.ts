import type { Viewer } from "@yhdyspinta/core/internal";
import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";

/**
 * What a viewer may see, as a string: two viewers with the same roles, organisations and regions
 * get the same answer from every resolver (authorisation and @PersonalData read only these; no
 * resolver reads `subject`), so they may share one execution. Anonymous viewers share "-".
 */
export function visibilityKey(viewer: Viewer | null | undefined): string {
  if (!viewer) return "-";
  const sorted = <T>(list: readonly T[]) => [...list].sort();
  return JSON.stringify([sorted(viewer.roles), sorted(viewer.organisationIds), sorted(viewer.regionCodes)]);
}

type PerEvent = Map<string, ExecutionResult | Promise<ExecutionResult>>;

export interface SharedSubscriptionStats {
  /** Event payloads executed (one per distinct operation key and event). */
  executions: number;
  /** Event payloads answered with another subscriber's execution. */
  shared: number;
}

/**
 * graphql-ws's `subscribe`: graphql-js's subscribe, except that each event object is executed once
 * per distinct (document text, operation name, raw variables, viewer visibility) and the result is
 * handed to every subscriber with that key. At 10,000 subscribers of one document, one event was
 * 10,000 executions of the same selection; now it is one (bench/subscriptions.js).
 *
 * Sharing is by the event object's identity: the hub hands the same object to every live
 * subscriber, while a subscriber replaying from the table reads its own objects and executes alone.
 * Results are kept in a WeakMap under the event, so they go when the last subscriber has taken it.
 * Results are shared read-only: the transport formats errors into new objects (onNext).
 */
export function sharedSubscriptionExecution(visibilityOf: (contextValue: unknown) => string) {
  const documentTexts = new WeakMap<DocumentNode, string>();
  const results = new WeakMap<object, PerEvent>();
  const stats: SharedSubscriptionStats = { executions: 0, shared: 0 };

  const documentText = (document: DocumentNode): string => {
    let text = documentTexts.get(document);
    if (text === undefined) {
      text = document.loc?.source.body ?? print(document);
      documentTexts.set(document, text);
    }
    return text;
  };

  async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    // Everything that changes the answer; the raw variables, as the client sent them (JSON).
    const key = JSON.stringify([documentText(args.document), args.operationName ?? null, args.variableValues ?? null, visibilityOf(args.contextValue)]);

    const resultFor = (event: unknown): ExecutionResult | Promise<ExecutionResult> => {
      if (event === null || typeof event !== "object") {
        stats.executions++;
        return execute({ ...args, rootValue: event });
      }
      let perEvent = results.get(event);
      if (!perEvent) results.set(event, (perEvent = new Map()));
      let result = perEvent.get(key);
      if (result === undefined) {
        stats.executions++;
        result = execute({ ...args, rootValue: event });
        perEvent.set(key, result);
      } else stats.shared++;
      return result;
    };

    // next/return/throw: graphql-ws calls return() when the client completes or the socket closes.
    const generator: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const step = await iterator.next();
        if (step.done) return { value: undefined, done: true as const };
        return { value: await resultFor(step.value), done: false };
      },
      async return() {
        await iterator.return?.();
        return { value: undefined, done: true as const };
      },
      async throw(error?: unknown) {
        await iterator.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return generator;
  }

  return { subscribe, stats };
}
