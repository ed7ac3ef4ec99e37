// The exceljs chunk, fetched once, the first time something needs it.
type Engine = typeof import("./xlsx-engine");
let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "xlsx-engine" */ "./xlsx-engine");
  return engine;
}
