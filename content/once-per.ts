// What is built from a definition (a framework version, a version of the standards, a dataset
// definition) never changes once it is loaded, so each is built once per definition: a zod
// schema costs far more to build than to run (an assessment's: about 175 µs to build, 14 µs to
// parse a body, in Node), and the Worker checks one on every save.

/**
 * `build`, remembered per definition (by identity). Marked free of side effects so that the
 * site's bundler can drop a schema built with it from a page that never uses it (calls at the
 * top of a module are otherwise kept, and would bring the validator to pages that show results).
 */
/* @__NO_SIDE_EFFECTS__ */
export function oncePer<D extends object, T>(build: (definition: D) => T): (definition: D) => T {
  const built = new WeakMap<D, T>();
  return (definition) => {
    if (built.has(definition)) return built.get(definition)!;
    const value = build(definition);
    built.set(definition, value);
    return value;
  };
}
