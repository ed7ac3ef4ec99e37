// Office.context.document.settings on the simulated Excel, as strict as Office's: each runtime (the
// pane, the ribbon's function file) holds an in-memory copy loaded when it starts; set and remove change
// only that copy; saveAsync writes the whole copy into the workbook (SimWorkbook.settings, which the
// workbook's file keeps); refreshAsync re-reads it. Values are stored as their JSON, so a value JSON
// cannot carry (a function, undefined, a bigint, a cycle) is refused, and get hands back a copy that
// does not alias what was set.
import type { AsyncResultLike, OfficeSettingsLike } from "../adapters/officejs/host";
import type { SimWorkbook } from "./model";

export interface SimulatedSettings extends OfficeSettingsLike {
  refreshAsync(callback?: (result: AsyncResultLike) => void): void;
}

export function documentSettings(workbook: SimWorkbook): SimulatedSettings {
  let copy: Record<string, string> = { ...(workbook.settings ?? {}) };
  const later = (callback: ((r: AsyncResultLike) => void) | undefined, result: AsyncResultLike) => {
    // Office calls back asynchronously, never before saveAsync returns.
    if (callback) setTimeout(() => callback(result), 0);
  };
  const checkName = (name: unknown): string => {
    if (typeof name !== "string" || name === "") throw new TypeError("Settings: the name of a setting must be a non-empty string.");
    return name;
  };
  return {
    get(name) {
      const text = copy[checkName(name)];
      return Object.prototype.hasOwnProperty.call(copy, name) && text !== undefined ? JSON.parse(text) : null;
    },
    set(name, value) {
      checkName(name);
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        text = undefined;
      }
      if (text === undefined || typeof value === "function") throw new TypeError(`Settings: the value of ${name} cannot be stored (it must be a string, number, boolean, null, object or array).`);
      copy[name] = text;
    },
    remove(name) {
      delete copy[checkName(name)];
    },
    saveAsync(callback) {
      workbook.settings = { ...copy };
      later(callback, { status: "succeeded" });
    },
    refreshAsync(callback) {
      copy = { ...(workbook.settings ?? {}) };
      later(callback, { status: "succeeded" });
    },
  };
}
