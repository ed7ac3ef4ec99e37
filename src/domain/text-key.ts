// How names typed by people are compared: headers, event types, details, settings. Case and
// surrounding or repeated spaces do not matter.
export function normalizeKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
