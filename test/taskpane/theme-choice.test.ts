// The pane's theme follows Office's four themes, and every text colour it uses stays readable (WCAG AA,
// 4.5:1) on the background it picks, whatever Office's body colour is.
import { OFFICE_THEMES } from "../../src/simulated-excel/office-theme";
import { contrast, DARK, LIGHT, themeFromOffice } from "../../src/taskpane/theme-choice";

describe("the pane's theme from Office's", () => {
  test("Black and Dark Gray are dark, White and Colorful light", () => {
    expect(themeFromOffice(OFFICE_THEMES.Black)).toMatchObject({ dark: true, name: "black" });
    expect(themeFromOffice(OFFICE_THEMES.DarkGray)).toMatchObject({ dark: true, name: "darkgray" });
    expect(themeFromOffice(OFFICE_THEMES.White)).toMatchObject({ dark: false, name: "white" });
    expect(themeFromOffice(OFFICE_THEMES.Colorful)).toMatchObject({ dark: false, name: "colorful" });
  });

  test("without a theme id (older hosts), isDarkTheme or the body colour decides", () => {
    expect(themeFromOffice({ isDarkTheme: true }).dark).toBe(true);
    expect(themeFromOffice({ bodyBackgroundColor: "#1B1B1B" }).dark).toBe(true);
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF" }).dark).toBe(false);
  });

  test("Office's body colour is taken only where every text colour stays readable on it", () => {
    for (const t of Object.values(OFFICE_THEMES)) {
      const theme = themeFromOffice(t);
      const base = theme.dark ? DARK : LIGHT;
      const bg = theme.background ?? base.colorNeutralBackground2;
      for (const fg of [base.colorNeutralForeground1, base.colorNeutralForeground3, base.colorBrandForeground1, base.colorPaletteRedForeground1]) {
        expect(contrast(bg, fg)).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(themeFromOffice({ themeId: 2, bodyBackgroundColor: "#808080" }).background).toBeUndefined();
  });

  test("white text on Excel's green buttons is readable in both", () => {
    for (const base of [LIGHT, DARK]) expect(contrast(base.colorBrandBackground, base.colorNeutralForegroundOnBrand)).toBeGreaterThanOrEqual(4.5);
  });
});
