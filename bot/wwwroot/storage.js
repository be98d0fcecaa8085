// localStorage with an in-memory fallback (storage disabled, private mode, quota exceeded), and ids.
const memoryStore = new Map();
const store = (() => {
  try {
    const probe = '__sourcingbot_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
})();

export function load(key) {
  try {
    return store ? store.getItem(key) : (memoryStore.get(key) ?? null);
  } catch {
    return memoryStore.get(key) ?? null;
  }
}

export function save(key, value) {
  memoryStore.set(key, value);
  try {
    if (store) store.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the in-memory copy still works for this page.
  }
}

export function forget(key) {
  memoryStore.delete(key);
  try {
    if (store) store.removeItem(key);
  } catch {
    // ignore
  }
}

function randomHex(bytes) {
  const buffer = new Uint8Array(bytes);
  if (window.crypto && typeof window.crypto.getRandomValues === 'function') {
    window.crypto.getRandomValues(buffer);
  } else {
    for (let i = 0; i < buffer.length; i += 1) buffer[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomId() {
  try {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  } catch {
    // randomUUID needs a secure context; fall through.
  }
  return randomHex(16);
}

export function storedId(key, prefix, pattern) {
  const existing = load(key);
  if (existing && pattern.test(existing)) return existing;
  const fresh = prefix + randomId();
  save(key, fresh);
  return fresh;
}

