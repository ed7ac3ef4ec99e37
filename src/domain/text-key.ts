// How names typed by people are compared: headers, event types, details, settings. Case and
// surrounding or repeated spaces do not matter.
export function normalizeKey(text: string): string {
  return tidyText(text).toLowerCase();
}

const SPACES_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Trimmed, with each run of spaces, tabs or line breaks made one space: a cell's text as read. */
export function tidyText(value: string): string {
  const text = value.trim();
  // Testing first spares a new string for the usual cell, which has no run of spaces to collapse.
  return SPACES_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** Long cell text is cut in messages so a 3,000-character paste does not flood the findings list. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
