// The languages a return prints in, and their label tables. The command line's --lang and the task
// pane's language choice both go through parseLanguage / labelsFor.
import { EN, type FormLabels } from "./en";
import { ZH_HK } from "./zh-HK";
import { MONTHLY_EN, type MonthlyLabels } from "./monthly-en";
import { MONTHLY_ZH_HK } from "./monthly-zh-HK";

export const LANGUAGES = ["en", "zh-HK"] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a language choice shows: the language's own name. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", "zh-HK": "繁體中文" };

const TABLES: Readonly<Record<Language, FormLabels>> = { en: EN, "zh-HK": ZH_HK };

export function labelsFor(lang: Language): FormLabels {
  return TABLES[lang];
}

/** "zh-hk", "ZH-HK" → "zh-HK"; undefined for a language we do not print. */
export function parseLanguage(text: string): Language | undefined {
  return LANGUAGES.find((l) => l.toLowerCase() === text.trim().toLowerCase());
}

export type { FormLabels, MonthlyLabels };

const MONTHLY_TABLES: Readonly<Record<Language, MonthlyLabels>> = { en: MONTHLY_EN, "zh-HK": MONTHLY_ZH_HK };

/** The Monthly Return's (FF301) wording in a language. */
export function monthlyLabelsFor(lang: Language): MonthlyLabels {
  return MONTHLY_TABLES[lang];
}
