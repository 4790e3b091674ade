// One writer at a time for each part of Guanhua's shared storage (the settings, the word list).
// A read-modify-write that overlaps another loses the other's change; so every writer takes the
// part's lock. The popup and the background share one origin, so the Web Locks API makes them
// take turns; content scripts run in the page's origin and never write: they ask the background.
const queues = new Map<string, Promise<unknown>>();

export function exclusive<T>(name: string, write: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // The lock's promise settles with what `write` settles with (the DOM typing leaves it nested).
  if (locks) return locks.request(name, write) as unknown as Promise<T>;
  // Without Web Locks (Node, in tests): the same turns, within this context.
  const turn = (queues.get(name) ?? Promise.resolve()).then(write, write);
  queues.set(name, turn.catch(() => undefined));
  return turn;
}
