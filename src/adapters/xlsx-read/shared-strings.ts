// The shared strings part, read by one handler for both readers: the command line keeps only the texts
// its tables use (a workbook whose other sheets hold a million distinct texts keeps none of them in
// memory) and stops after the last index needed; the simulated Excel keeps every text up to the highest
// index a sheet asks for, and first measures them all (a text longer than a cell holds is refused).
import { readXmlPart, unescapeText, type Package } from "./package-parts";
import { damaged } from "./zip-directory";
import type { Tag, XmlHandler, XmlStream } from "./xml-stream";

export interface StringsReading {
  /** Whether the text of item `index` is wanted (in order: indices only grow). */
  keeps(index: number): boolean;
  /**
   * Each item in turn: its text where kept, and the length of its text (without phonetic runs, before
   * OOXML's escapes are read); returns false when nothing after it is needed.
   */
  item(index: number, text: string | undefined, length: number): boolean;
  /** Whether items not kept are measured too (their text is otherwise passed over unread). */
  readonly measureAll?: boolean;
}

/** A handler over the shared strings part; `attach` must be given the part's tokenizer. */
export function sharedStringsHandler(reading: StringsReading): { handler: XmlHandler & { done: boolean }; attach: (xml: XmlStream) => void } {
  let xml: XmlStream | undefined;
  let index = -1;
  let text = "";
  let length = 0;
  let phonetic = 0;
  let keeping = false;
  const measureAll = reading.measureAll === true;
  const handler: XmlHandler & { done: boolean } = {
    done: false,
    open(tag: Tag) {
      const name = tag.name;
      if (name === "si") {
        index++;
        keeping = reading.keeps(index);
        text = "";
        length = 0;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0 && (keeping || measureAll)) xml!.wantText = true;
    },
    close(name: string) {
      if (name === "t") xml!.wantText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && !reading.item(index, keeping ? unescapeText(text) : undefined, length)) handler.done = true;
    },
    text(t: string) {
      length += t.length;
      if (keeping) text += t;
    },
  };
  return { handler, attach: (stream) => (xml = stream) };
}

/** Texts by index for the `wanted` indices (sorted ascending, no repeats). */
export async function sharedStrings(pkg: Package, part: string | undefined, wanted: readonly number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (wanted.length === 0) return found;
  if (part === undefined) throw damaged("xl/sharedStrings.xml");
  let next = 0;
  const { handler, attach } = sharedStringsHandler({
    keeps: (index) => index === wanted[next],
    item(index, text) {
      if (text === undefined) return true;
      found.set(index, text);
      next++;
      // Indices are in order: past the last one needed, the rest of the part is not read.
      return next < wanted.length;
    },
  });
  await readXmlPart(pkg, part, handler, attach);
  if (next < wanted.length) throw damaged(part);
  return found;
}
