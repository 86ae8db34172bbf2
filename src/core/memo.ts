/**
 * What several rules ask of one form or indicator, worked out once: forms are not changed
 * after they are read, so an answer is remembered with the object it was worked out for.
 */

/** `compute`, remembering its answer (undefined included) per object. */
export function rememberedPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const value = compute(key);
    answers.set(key, value);
    return value;
  };
}

/** `compute`, remembering its answer per object for the last second argument it was given. */
export function rememberedPerWith<K extends object, A, V>(
  compute: (key: K, with_: A) => V
): (key: K, with_: A) => V {
  const answers = new WeakMap<K, { with_: A; value: V }>();
  return (key, with_) => {
    const known = answers.get(key);
    if (known && known.with_ === with_) return known.value;
    const value = compute(key, with_);
    answers.set(key, { with_, value });
    return value;
  };
}
