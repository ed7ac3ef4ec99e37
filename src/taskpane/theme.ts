// Applies the chosen theme to the page (Fluent UI Web Components' setTheme: every token as a custom
// property, in one constructed style sheet) and keeps following Office's or the system's theme. Excel
// does not tell a task pane when the Office theme changes (office.js has no OfficeThemeChanged for
// Excel's document), so the pane reads it again when it gets focus or becomes visible, as it does once
// the user has changed it. The preview, without Office, follows prefers-color-scheme.
import type { Theme } from "@fluentui/tokens";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { DARK, LIGHT, themeFromOffice, type OfficeThemeLike, type PaneTheme } from "./theme-choice";

export type { OfficeThemeLike, PaneTheme };

export function applyTheme(theme: PaneTheme): void {
  const base = theme.dark ? DARK : LIGHT;
  // Extra tokens for the page itself: setTheme writes every entry as a custom property.
  setTheme({ ...base, paneBackground: theme.background ?? base.colorNeutralBackground2 } as unknown as Theme);
  const root = document.documentElement;
  root.dataset.theme = theme.dark ? "dark" : "light";
  root.dataset.officeTheme = theme.name;
  root.style.colorScheme = theme.dark ? "dark" : "light";
}

/** Applies Office's theme now and whenever the pane comes back to the user. */
export function followOfficeTheme(read: () => OfficeThemeLike | undefined): void {
  let last = "";
  const update = () => {
    const t = read();
    if (!t) return followSystemTheme();
    const theme = themeFromOffice(t);
    const key = JSON.stringify(theme);
    if (key !== last) applyTheme(theme);
    last = key;
  };
  update();
  window.addEventListener("focus", update);
  document.addEventListener("visibilitychange", update);
}

/** Without Office: the system's light or dark setting, followed as it changes. */
export function followSystemTheme(): void {
  const query = window.matchMedia?.("(prefers-color-scheme: dark)");
  const update = () => applyTheme({ dark: !!query?.matches, name: query?.matches ? "dark" : "light" });
  update();
  query?.addEventListener?.("change", update);
}

