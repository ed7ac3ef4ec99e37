// Words the values a return states as data (src/domain/return-model.ts) in one language's label table:
// event types, statuses, generated details, methods, Part B's lines. Text the user typed comes through
// as typed; a {name} in a template is filled with it, never parsed back out.
import type { Status } from "../domain/ledger";
import type { EventTypeName } from "../domain/event-types";
import type { EventDetails, PartBLine, TradeMethod } from "../domain/return-model";
import { normalizeKey } from "../domain/text-key";
import type { FormLabels } from "./en";

/** "{date}" etc. filled in; a function replacer, so a "$&" the user typed stays as typed. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** An exchange from the template's dropdown in the language; any other name as the user typed it. */
export function exchangeName(L: FormLabels, name: string): string {
  const key = normalizeKey(name);
  const known = Object.keys(L.exchangeNames).find((k) => normalizeKey(k) === key);
  return known === undefined ? name : L.exchangeNames[known];
}

/** "A", "A and B", "A, B and C" (A、B及C). */
function joinList(L: FormLabels, items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(L.details.comma)}${L.details.and}${items[items.length - 1]}`;
}

export const statusText = (L: FormLabels, status: Status): string => L.statuses[status];

export const eventTypeText = (L: FormLabels, name: EventTypeName): string => L.eventTypes[name];

/** A Part A line's event type as printed: a line of sales some of which were on another exchange says so. */
export const lineTypeText = (L: FormLabels, name: EventTypeName, details: EventDetails | null): string =>
  details?.kind === "soldOn" ? L.saleOnMarket : eventTypeText(L, name);

/** Empty when the line has no details. */
export function detailsText(L: FormLabels, details: EventDetails | null): string {
  if (details === null) return "";
  switch (details.kind) {
    case "typed":
      return details.text;
    case "repurchasedOn":
      return fill(L.details.repurchasedOn, { date: L.formatDate(details.date) });
    case "repurchasedBetween":
      return fill(L.details.repurchasedBetween, { from: L.formatDate(details.from), to: L.formatDate(details.to) });
    case "soldOn":
      return fill(L.details.soldOn, {
        exchanges: joinList(L, [...(details.alsoOnTheExchange ? [L.details.theExchange] : []), ...details.exchanges.map((x) => exchangeName(L, x))]),
      });
    case "notApplicable":
      return L.notApplicable;
  }
}

export function methodText(L: FormLabels, method: TradeMethod): string {
  if (method.kind === "onAnotherExchange" && method.exchange !== null) return fill(L.methods.onAnotherExchangeNamed, { exchange: exchangeName(L, method.exchange) });
  return L.methods[method.kind];
}

export const partBLineText = (L: FormLabels, line: Pick<PartBLine, "held">): string => L.partBLines[line.held];

/** Not given: the form's "Not applicable" in the language. */
export const typeOfSharesText = (L: FormLabels, typeOfShares: string | null): string => typeOfShares ?? L.notApplicable;
