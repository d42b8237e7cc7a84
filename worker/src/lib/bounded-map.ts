// What an isolate keeps between requests (built open data pages, transparency downloads): a Map
// of at most `max` entries, so no run of distinct requests can grow it without end. A new key past
// the limit forgets the oldest entry; setting a key already held replaces it in place.
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.max) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}
