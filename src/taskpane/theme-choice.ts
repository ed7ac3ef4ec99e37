// Which Fluent theme the pane takes (pure; theme.ts applies it). The pane follows Office's theme (File →
// Account → Office Theme: Colorful, White, Dark Gray, Black), not only the system's: Fluent's light or
// dark tokens in Excel's green, on the body colour Office gives when every text colour stays readable
// on it (4.5:1), else on Fluent's own.
import { createDarkTheme, createLightTheme, type BrandVariants, type Theme } from "@fluentui/tokens";

/** Excel's green as a Fluent brand ramp (80 is Excel's #107C41). */
const EXCEL_GREEN: BrandVariants = {
  10: "#041a0e", 20: "#062a17", 30: "#08381f", 40: "#0a4627", 50: "#0c552f", 60: "#0e6437", 70: "#0f733f", 80: "#107c41",
  90: "#1e9a55", 100: "#3dae6c", 110: "#5cc084", 120: "#7ccf9b", 130: "#9cdcb3", 140: "#bbe8cb", 150: "#d6f2e0", 160: "#ecf9f1",
};
export const LIGHT = createLightTheme(EXCEL_GREEN);
export const DARK = createDarkTheme(EXCEL_GREEN);

/** The parts of Office.context.officeTheme the pane reads. */
export interface OfficeThemeLike {
  readonly themeId?: unknown;
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
}

export interface PaneTheme {
  readonly dark: boolean;
  /** "colorful", "white", "darkgray", "black"; "light"/"dark" from the system. */
  readonly name: string;
  /** Office's body colour, when readable text is guaranteed on it. */
  readonly background?: string;
}

/** Office.ThemeId in office.js's order. */
const THEME_NAMES = ["black", "colorful", "darkgray", "white"] as const;

export function themeFromOffice(t: OfficeThemeLike): PaneTheme {
  const byId = typeof t.themeId === "number" ? THEME_NAMES[t.themeId] : undefined;
  const bg = hex(t.bodyBackgroundColor);
  const dark = byId ? byId === "black" || byId === "darkgray" : t.isDarkTheme ?? (bg ? luminance(bg) < 0.2 : false);
  const name = byId ?? (dark ? "dark" : "light");
  return { dark, name, ...(bg && readableOn(bg, dark ? DARK : LIGHT) ? { background: bg } : {}) };
}

/** Every text colour the pane uses keeps 4.5:1 on the background (WCAG AA). */
function readableOn(bg: string, base: Theme): boolean {
  const texts = [base.colorNeutralForeground1, base.colorNeutralForeground2, base.colorNeutralForeground3, base.colorBrandForeground1,
    base.colorPaletteRedForeground1, base.colorStatusWarningForeground3, base.colorStatusSuccessForeground1];
  return texts.every((c) => contrast(bg, c) >= 4.5);
}

function hex(color: string | undefined): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  return m ? `#${m[1]!.toLowerCase()}` : undefined;
}

function luminance(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
