// Said when the pane opens (and when the preview opens another file): which of the contract's input
// tables the workbook lacks, with the button that adds them. Nothing when all are there.
import { CONTRACT_TABLES } from "../contract/tables";
import { button } from "./dom";
import { messageBar } from "./fluent";

export function missingTablesBar(tableNames: readonly string[], setUpLabel: string, setUp: () => void): HTMLElement | undefined {
  const has = new Set(tableNames.map((n) => n.toLowerCase()));
  const missing = CONTRACT_TABLES.filter((t) => t.name.startsWith("NDDR_") && !has.has(t.name.toLowerCase()));
  if (missing.length === 0) return undefined;
  const required = missing.filter((t) => t.required).map((t) => t.name);
  const offer = button("setup-from-message", setUpLabel);
  offer.addEventListener("click", setUp);
  const list = missing.map((t) => t.name).join(", ");
  const bar = required.length
    ? messageBar("warning", "Input tables missing", `This workbook has no ${required.join(" or ")} table, without which there is no return (also missing: ${list}). ${setUpLabel} adds them and leaves your sheets as they are.`, offer)
    : messageBar("info", "Some input tables are not here yet", `${list}: add them when you need them. ${setUpLabel} adds them and leaves your sheets as they are.`, offer);
  bar.id = "tables-message";
  return bar;
}
