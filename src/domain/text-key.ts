// How names typed by people are compared: headers, event types, details, settings. Case and
// surrounding or repeated spaces do not matter.
export function normalizeKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Long cell text is cut in messages so a 3,000-character paste does not flood the findings list. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
