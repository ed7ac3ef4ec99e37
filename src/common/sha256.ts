// SHA-256 of a UTF-8 string, hex: the platform's WebCrypto (`crypto.subtle`), the same in Node 20, the
// task pane and the browser preview. It is asynchronous, as every caller already is.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
