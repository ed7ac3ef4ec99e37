// A tiny element builder. Text is only ever set with textContent: nothing here parses HTML.
type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? "" : value);
  }
  for (const c of children) e.append(typeof c === "string" ? document.createTextNode(c) : c);
  return e;
}

export function button(id: string, label: string, primary = false): HTMLButtonElement {
  return el("button", { id, type: "button", class: primary ? "button button-primary" : "button" }, label);
}
