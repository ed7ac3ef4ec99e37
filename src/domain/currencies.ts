// ISO 4217 codes an issuer could plausibly pay or receive in, plus "RMB", which HKEX forms print for
// renminbi counters. A code outside this list is reported, not silently printed.
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  "HKD", "RMB", "CNY", "CNH", "USD", "GBP", "EUR", "JPY", "SGD", "AUD", "CAD", "CHF", "NZD", "TWD", "KRW",
  "MYR", "THB", "IDR", "PHP", "INR", "VND", "MOP", "AED", "SAR", "QAR", "KWD", "BHD", "ILS", "TRY", "ZAR",
  "BRL", "MXN", "CLP", "COP", "ARS", "PEN", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "RUB", "KZT",
  "PKR", "BDT", "LKR", "NGN", "EGP", "KES",
]);

/**
 * The codes renminbi goes by: RMB (HKEX's forms), CNY (ISO 4217) and CNH (offshore). Written two ways in
 * one return, they print as two currencies: lines and totals apart ("RMB 54,000; CNY 63,000").
 */
export const RENMINBI_CODES: ReadonlySet<string> = new Set(["RMB", "CNY", "CNH"]);
