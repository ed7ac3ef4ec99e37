// Keys of what the add-in remembers in the browser's storage (shared by the pane and the ribbon's
// function file, which Office serves from the same origin).

/** The language last chosen in the pane; the ribbon's Generate return prints in it. */
export const LANGUAGE_KEY = "nddr.language";
