// Office.context.officeTheme on the simulated Excel: the four Office themes a user picks under File →
// Account. The colours are representative of each theme (light or dark body and controls), not measured
// from Excel; what the pane relies on is themeId and isDarkTheme.
export type OfficeThemeName = "Colorful" | "DarkGray" | "Black" | "White";

export interface SimOfficeTheme {
  readonly themeId: number;
  readonly isDarkTheme: boolean;
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** Office.ThemeId's values, in office.js's order (Black, Colorful, DarkGray, White). */
export const THEME_IDS: Readonly<Record<OfficeThemeName, number>> = { Black: 0, Colorful: 1, DarkGray: 2, White: 3 };

export const OFFICE_THEMES: Readonly<Record<OfficeThemeName, SimOfficeTheme>> = {
  Colorful: { themeId: THEME_IDS.Colorful, isDarkTheme: false, bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
  White: { themeId: THEME_IDS.White, isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
  DarkGray: { themeId: THEME_IDS.DarkGray, isDarkTheme: true, bodyBackgroundColor: "#3B3B3B", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#505050", controlForegroundColor: "#FFFFFF" },
  Black: { themeId: THEME_IDS.Black, isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" },
};
