// What the add-in remembers, and where. The language of the return is kept in the workbook's own
// settings (Office document settings), so it belongs to the workbook: the pane and the ribbon's
// Generate return, which run in separate runtimes, both read it from there.
import { parseLanguage, type Language } from "../labels";

/**
 * Settings saved in the workbook itself, per add-in (Office.context.document.settings), so a choice
 * travels with the file and every runtime of the add-in (pane, ribbon) sees the same one.
 */
export interface WorkbookSettings {
  /** The value saved under `name`, as saved in the workbook now (another runtime may have saved since); undefined when none. */
  read(name: string): Promise<unknown>;
  /** Sets the value and saves it into the workbook (the file keeps it once the workbook is saved). */
  write(name: string, value: unknown): Promise<void>;
}

/** The setting's name in the workbook. */
export const LANGUAGE_KEY = "nddr.language";

/** The language saved in the workbook, if any (anything unreadable counts as none). */
export async function savedLanguage(settings: WorkbookSettings | undefined): Promise<Language | undefined> {
  try {
    const value = await settings?.read(LANGUAGE_KEY);
    return typeof value === "string" ? parseLanguage(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the choice in the workbook; false when the host keeps no settings or refused. */
export async function saveLanguage(settings: WorkbookSettings | undefined, language: Language): Promise<boolean> {
  if (!settings) return false;
  try {
    await settings.write(LANGUAGE_KEY, language);
    return true;
  } catch {
    return false;
  }
}
