/** Collects positional parameters while a statement is composed, so values never enter SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

export type Queryable = { query(sql: string, params?: unknown[]): Promise<any> };
