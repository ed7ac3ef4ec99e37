// `nddr template <file.xlsx>`: a blank input workbook with every table, written only as a new file.
import { buildInputWorkbook } from "../../adapters/exceljs/write-input-workbook";
import { writeNewFile } from "../../adapters/xlsx-patch/workbook-file";
import { MONTHLY_TABLES } from "../../contract/tables";
import type { Io } from "../io";
import { commandOptions } from "../usage";

export async function templateCommand(args: readonly string[], io: Io): Promise<number> {
  const opts = commandOptions(args, io, []);
  if (!opts) return 2;
  const path = opts.positional[0];
  const written = writeNewFile(path, new Uint8Array(await buildInputWorkbook().xlsx.writeBuffer()));
  if (written !== true) {
    io.err(`nddr: cannot write ${path}: ${written === "exists" ? "a file of that name exists; nddr template never overwrites one" : written}.`);
    return 2;
  }
  io.out(`Blank input workbook written to ${path}; its Instructions sheet says what each sheet is for.`);
  io.out("Fill the Issuer, Classes and Movements sheets. For a buyback also fill Repurchases and Mandates (TreasurySales for on-market sales of treasury shares).");
  io.out(`For the Monthly Return also fill the sheets of its MR_ tables that apply: ${MONTHLY_TABLES.map((t) => t.sheet).join(", ")}.`);
  io.out(`Then run: nddr generate ${path} (or nddr monthly ${path} --month YYYY-MM).`);
  return 0;
}
