/**
 * PostgreSQL cannot store a NUL character in text or JSON, and a UTF-16 surrogate without its pair
 * has no UTF-8 encoding; both make a query fail. Input is checked for them before any procedure runs.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isUnstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/**
 * The path to the first string in `value` (a property value or a property name) that the database
 * cannot store, or null when every string can be stored.
 */
export function findUnstorableText(value: unknown): (string | number)[] | null {
  interface Item {
    value: unknown;
    key: string | number | null;
    parent: Item | null;
  }
  const pathOf = (item: Item | null): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at = item; at && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  // A work list instead of recursion: a deeply nested body cannot overflow the stack.
  const pending: Item[] = [{ value, key: null, parent: null }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const current = item;
    if (typeof current.value === "string") {
      if (isUnstorable(current.value)) return pathOf(current);
    } else if (Array.isArray(current.value)) {
      current.value.forEach((element, index) =>
        pending.push({ value: element, key: index, parent: current }),
      );
    } else if (current.value !== null && typeof current.value === "object") {
      for (const [key, element] of Object.entries(current.value)) {
        if (isUnstorable(key)) return pathOf(current);
        pending.push({ value: element, key, parent: current });
      }
    }
  }
  return null;
}
