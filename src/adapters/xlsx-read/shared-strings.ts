// The shared strings the tables use, and only those: a workbook whose other sheets hold a million
// distinct texts keeps none of them in memory, and reading stops after the last index needed.
import { readXmlPart, unescapeText, type Package } from "./package-parts";
import { damaged } from "./zip-directory";
import type { Tag, XmlHandler } from "./xml-stream";

/** Texts by index for the `wanted` indices (sorted ascending, no repeats). */
export async function sharedStrings(pkg: Package, part: string | undefined, wanted: readonly number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (wanted.length === 0) return found;
  if (part === undefined) throw damaged("xl/sharedStrings.xml");
  let index = -1;
  let next = 0;
  let text = "";
  let phonetic = 0;
  let collecting = false;
  const handler: XmlHandler & { done: boolean } = {
    done: false,
    open(tag: Tag) {
      const name = tag.name;
      if (name === "si") {
        index++;
        collecting = index === wanted[next];
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && collecting && phonetic === 0) setWant(true);
    },
    close(name: string) {
      if (name === "t") setWant(false);
      else if (name === "rPh") phonetic--;
      else if (name === "si" && collecting) {
        found.set(index, unescapeText(text));
        next++;
        // Indices are in order: past the last one needed, the rest of the part is not read.
        if (next >= wanted.length) handler.done = true;
      }
    },
    text(t: string) {
      text += t;
    },
  };
  let setWant = (_: boolean) => {};
  await readXmlPart(pkg, part, handler, (xml) => {
    setWant = (on) => {
      xml.wantText = on;
    };
  });
  if (next < wanted.length) throw damaged(part);
  return found;
}
