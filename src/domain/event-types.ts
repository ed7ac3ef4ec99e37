// The event types of Section I Part A: printed label, effect on issued (ΔI) and treasury (ΔT) shares,
// and the Listing Rule category (MB 13.25A(2)(a) "always" or 13.25A(2)(b) "5%"). One table, so that the
// labels can follow the official e-form and every other module asks here instead of re-deciding.
import { normalizeKey } from "./text-key";

/** Sign applied to the row's Shares column; "given" = the row states its own signed changes. */
export type Effect = 1 | -1 | 0 | "given";

/** "always": a return is due the next business day. "five-percent": due once these reach 5% (MB 13.25A(3)). */
export type Category = "always" | "five-percent";

/**
 * How the 30-day moratorium after a repurchase (MB 10.06(3)(a)) treats the event:
 * restricted = a new issue or a sale/transfer of treasury shares the rule forbids without approval;
 * carve-out = issues on exercise of options, awards, warrants or convertibles outstanding before the repurchase;
 * none = not an issue or transfer at all.
 */
export type MoratoriumTreatment = "restricted" | "carve-out" | "none";

export interface EventType {
  /** The type's name: what NDDR_Movements' dropdown offers and the English form prints. */
  readonly label: EventTypeName;
  readonly issued: Effect;
  readonly treasury: Effect;
  readonly category: Category;
  /** Paragraph of MB 13.25A(2) (GEM 17.27A(2) has the same lettering). */
  readonly paragraph: string;
  readonly moratorium: MoratoriumTreatment;
  /** Generated from NDDR_Repurchases / NDDR_TreasurySales; never typed in NDDR_Movements. */
  readonly generated?: true;
}

export const OTHER_LABEL = "Other (please specify)";
/** Redeemed shares stay issued until cancelled (rule 7): the one typed event with a cancellation date. */
export const REDEMPTION_LABEL = "Redemption of shares";

const TYPES = [
  { label: "Placing/subscription - new shares involved", issued: 1, treasury: 0, category: "always", paragraph: "(a)(i)", moratorium: "restricted" },
  { label: "Placing/subscription - treasury shares involved", issued: 1, treasury: -1, category: "always", paragraph: "(a)(i)", moratorium: "restricted" },
  { label: "Consideration issue", issued: 1, treasury: 0, category: "always", paragraph: "(a)(ii)", moratorium: "restricted" },
  { label: "Open offer", issued: 1, treasury: 0, category: "always", paragraph: "(a)(iii)", moratorium: "restricted" },
  { label: "Rights issue", issued: 1, treasury: 0, category: "always", paragraph: "(a)(iv)", moratorium: "restricted" },
  { label: "Bonus issue", issued: 1, treasury: 0, category: "always", paragraph: "(a)(v)", moratorium: "restricted" },
  { label: "Scrip dividend", issued: 1, treasury: 0, category: "always", paragraph: "(a)(vi)", moratorium: "restricted" },
  { label: "Share scheme - new shares to directors", issued: 1, treasury: 0, category: "always", paragraph: "(a)(ix)", moratorium: "carve-out" },
  { label: "Share scheme - treasury shares to directors", issued: 1, treasury: -1, category: "always", paragraph: "(a)(ix)", moratorium: "carve-out" },
  { label: "Share scheme - new shares to other participants", issued: 1, treasury: 0, category: "five-percent", paragraph: "(b)(i)", moratorium: "carve-out" },
  { label: "Share scheme - treasury shares to other participants", issued: 1, treasury: -1, category: "five-percent", paragraph: "(b)(i)", moratorium: "carve-out" },
  { label: "Exercise of options outside a share scheme - directors", issued: 1, treasury: 0, category: "always", paragraph: "(a)(x)", moratorium: "carve-out" },
  { label: "Exercise of options outside a share scheme - others", issued: 1, treasury: 0, category: "five-percent", paragraph: "(b)(ii)", moratorium: "carve-out" },
  { label: "Exercise of warrants", issued: 1, treasury: 0, category: "five-percent", paragraph: "(b)(iii)", moratorium: "carve-out" },
  { label: "Conversion of convertible securities", issued: 1, treasury: 0, category: "five-percent", paragraph: "(b)(iv)", moratorium: "carve-out" },
  { label: REDEMPTION_LABEL, issued: -1, treasury: 0, category: "five-percent", paragraph: "(b)(v)", moratorium: "none" },
  { label: "Cancellation of treasury shares", issued: 0, treasury: -1, category: "five-percent", paragraph: "(b)(vii)", moratorium: "none" },
  { label: "Other sale or transfer of treasury shares", issued: 1, treasury: -1, category: "always", paragraph: "(a)(xii)", moratorium: "restricted" },
  { label: "Capital reorganisation", issued: "given", treasury: "given", category: "always", paragraph: "(a)(xi)", moratorium: "none" },
  { label: OTHER_LABEL, issued: "given", treasury: "given", category: "always", paragraph: "(a)(xii)", moratorium: "none" },
  { label: "Repurchase of shares (shares held as treasury shares)", issued: -1, treasury: 1, category: "always", paragraph: "(a)(viii)", moratorium: "none", generated: true },
  { label: "Repurchase of shares (shares repurchased and cancelled)", issued: -1, treasury: 0, category: "five-percent", paragraph: "(b)(vi)", moratorium: "none", generated: true },
  { label: "Sale of treasury shares on the Exchange", issued: 1, treasury: -1, category: "always", paragraph: "(a)(vii)", moratorium: "restricted", generated: true },
] as const;

/** The names of the event types: each language's label table words every one of them. */
export type EventTypeName = (typeof TYPES)[number]["label"];

export const EVENT_TYPES: readonly EventType[] = TYPES;

const BY_KEY: ReadonlyMap<string, EventType> = new Map(EVENT_TYPES.map((t) => [normalizeKey(t.label), t]));

/** The types a user may type in NDDR_Movements (the template's dropdown). */
export const TYPEABLE_EVENT_LABELS: readonly EventTypeName[] = EVENT_TYPES.filter((t) => !t.generated).map((t) => t.label);

/** Looks a label up the way headers are matched: case and surrounding or repeated spaces do not matter. */
export function findEventType(label: string): EventType | undefined {
  return BY_KEY.get(normalizeKey(label));
}

export function eventType(label: string): EventType {
  const t = findEventType(label);
  if (!t) throw new Error(`programmer error: unknown event type ${label}`);
  return t;
}
