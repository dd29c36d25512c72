// Runs the page's typed operations. Under TRUSTED_DOCUMENTS the server knows them by their sha256
// (generated with the types), so only the hash is sent; otherwise the text, as any client would.
import type { TypedDocumentString } from "./gql/graphql.js";

export interface PageConfig {
  graphqlPath: string;
  /** The server runs only registered operations: send hashes, never text. */
  trustedDocuments: boolean;
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; reason?: string };
}

export type Outcome<T> = { data: T; errors?: undefined } | { data?: undefined; errors: GraphQLErrorLike[] };

export async function run<TResult, TVariables>(
  config: PageConfig,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<Outcome<TResult>> {
  const hash = document.__meta__?.hash as string | undefined;
  const body = config.trustedDocuments
    ? { documentId: hash, variables }
    : { query: document.toString(), variables };
  let response: Response;
  try {
    response = await fetch(config.graphqlPath, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { errors: [{ message: (error as Error).message }] };
  }
  const json = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: GraphQLErrorLike[] } | null;
  if (!json) return { errors: [{ message: `HTTP ${response.status}` }] };
  if (json.errors?.length || !json.data) return { errors: json.errors?.length ? json.errors : [{ message: `HTTP ${response.status}` }] };
  return { data: json.data };
}
