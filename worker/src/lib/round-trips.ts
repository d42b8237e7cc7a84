// Counts the D1 round trips of a request. Every call that goes to the database is one: a
// statement's first/all/run/raw, a batch (one call, however many statements), exec. Calls in
// flight at the same time count once: a call's depth is one more than the deepest call that
// had finished when it started, and the request's round trips are the deepest depth (the
// longest chain of calls that waited for one another). In production each is a network hop
// between the Worker and the database, so this count, not a timing, is what the round-trip
// test holds every route to (test/worker/round-trips.test.ts). Local runs (development and
// tests) also report it in the X-D1-Round-Trips header, which `npm run bench` reads.

export interface RoundTripLog {
  /** Sequential round trips: the depth of the longest chain. */
  rounds: number;
  /** Every call, with its depth and the SQL it sent. */
  calls: { depth: number; sql: string[] }[];
}

type Counted = D1Database | D1DatabaseSession;

export class RoundTripCounter {
  private finished = 0;
  readonly log: RoundTripLog = { rounds: 0, calls: [] };
  /** Calls whose every statement matches `ignore` are not counted (the test's stand-in for a non-D1 service). */
  constructor(private readonly ignore: (sql: string) => boolean = () => false) {}

  async track<R>(sql: string[], call: () => Promise<R>): Promise<R> {
    if (sql.length > 0 && sql.every(this.ignore)) return call();
    const depth = this.finished + 1;
    this.log.rounds = Math.max(this.log.rounds, depth);
    this.log.calls.push({ depth, sql });
    try {
      return await call();
    } finally {
      this.finished = Math.max(this.finished, depth);
    }
  }

  /** The binding (or session) with every call counted; sessions it opens are counted too. */
  wrap<T extends Counted>(db: T): T {
    const counter = this;
    const real = new WeakMap<object, D1PreparedStatement>();
    const sqlOf = new WeakMap<object, string>();
    const statement = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement => {
      const proxy = new Proxy(stmt, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target);
          if (typeof value !== 'function') return value;
          if (prop === 'bind') return (...args: unknown[]) => statement(target.bind(...args), sql);
          if (prop === 'first' || prop === 'all' || prop === 'run' || prop === 'raw')
            return (...args: unknown[]) => counter.track([sql], () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
          return value.bind(target);
        },
      });
      real.set(proxy, stmt);
      sqlOf.set(proxy, sql);
      return proxy;
    };
    return new Proxy(db, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'prepare') return (sql: string) => statement(target.prepare(sql), sql);
        if (prop === 'batch')
          return (stmts: D1PreparedStatement[]) =>
            counter.track(
              stmts.map((s) => sqlOf.get(s) ?? '?'),
              () => target.batch(stmts.map((s) => real.get(s) ?? s)),
            );
        if (prop === 'exec') return (sql: string) => counter.track([sql], () => (target as D1Database).exec(sql));
        if (prop === 'withSession')
          return (constraint?: string) => counter.wrap((target as D1Database).withSession(constraint as D1SessionConstraint));
        return value.bind(target);
      },
    });
  }
}
