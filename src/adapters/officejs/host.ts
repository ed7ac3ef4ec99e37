// The Office host the add-in runs in, as the few things it needs from it: Excel.run, the requirement
// sets, a way to tell the user something from the ribbon, Excel.createWorkbook. In Excel these come from
// office.js's globals (officeHost); the simulated Excel hands over its own (src/simulated-excel), so the
// code the ribbon button runs is the code the simulation runs.
import type { WorkbookSettings } from "../../common/preferences";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Notice {
  /** "breach": written, but a Listing Rule was breached (shown loud; the return must still be filed). */
  readonly kind: "success" | "breach" | "errors" | "failure";
  readonly title: string;
  readonly message: string;
}

export interface AddinHost {
  readonly run: ExcelRun;
  isSetSupported(set: string, version?: string): boolean;
  /** How return.json's generator names the host ("Excel on the web"). */
  readonly label: string;
  /** Blob downloads work (not in Excel on the Mac or the iPad, whose WKWebView blocks them). */
  readonly canDownload: boolean;
  createWorkbook(base64: string): Promise<void>;
  /** Shows a notice in a dialog; resolves when the user has closed it (or it could not open). */
  showNotice(notice: Notice): Promise<void>;
  /** Lets the page paint and handle input between syncs. */
  yieldToUi(): Promise<void>;
  /** Settings kept in the workbook (Office document settings); absent where the host has none. */
  readonly settings?: WorkbookSettings;
}

/** What an Office async call hands its callback. */
export interface AsyncResultLike {
  readonly status: unknown;
  readonly error?: { readonly message?: string };
}

/** Office.context.document.settings: an in-memory copy, persisted by saveAsync, re-read by refreshAsync. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: AsyncResultLike) => void): void;
  refreshAsync?(callback?: (result: AsyncResultLike) => void): void;
}

/** The parts of office.js's `Office` the host uses (the simulated host provides the same). */
export interface OfficeLike {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly platform?: unknown;
    /** Set once Office is ready, inside Office. */
    readonly document?: { readonly settings?: OfficeSettingsLike };
    readonly ui?: {
      displayDialogAsync(url: string, options: { height: number; width: number; displayInIframe?: boolean }, callback: (result: DialogResult) => void): void;
    };
  };
  readonly EventType?: { readonly DialogMessageReceived?: unknown; readonly DialogEventReceived?: unknown };
}

interface DialogResult {
  readonly status: unknown;
  readonly value?: { addEventHandler(type: unknown, handler: (arg: unknown) => void): void; close(): void };
  readonly error?: { message?: string };
}

export interface ExcelLike {
  readonly run: ExcelRun;
  createWorkbook(base64?: string): Promise<void>;
}

/** The dialog page the ribbon's notices open (beside commands.html). */
export const NOTICE_PAGE = "notice.html";
/** A function command's runtime closes after 5 minutes; a notice left open is given up before that. */
const NOTICE_TIMEOUT_MS = 4 * 60_000;

const LABELS: Record<string, string> = { OfficeOnline: "Excel on the web", PC: "Excel on Windows", Mac: "Excel on Mac", iOS: "Excel on iPad", Universal: "Excel" };

export function officeHostFrom(office: OfficeLike, excel: ExcelLike, pageUrl: string): AddinHost {
  const platform = String(office.context?.platform ?? "");
  return {
    run: excel.run,
    isSetSupported(set, version) {
      try {
        return office.context.requirements.isSetSupported(set, version);
      } catch {
        return false;
      }
    },
    label: LABELS[platform] ?? "Excel",
    canDownload: platform !== "Mac" && platform !== "iOS",
    createWorkbook: (base64) => excel.createWorkbook(base64),
    showNotice: (notice) => showNotice(office, notice, pageUrl),
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
    settings: workbookSettings(() => office.context?.document?.settings),
  };
}

/** Promises over Office's settings: refreshed before a read, saved after a write. */
export function workbookSettings(settings: () => OfficeSettingsLike | undefined): WorkbookSettings {
  const succeeded = (r: AsyncResultLike) => String(r.status) === "succeeded";
  return {
    async read(name) {
      const bag = settings();
      if (!bag) return undefined;
      // The in-memory copy was loaded when this runtime started: the pane may have saved since.
      if (typeof bag.refreshAsync === "function") {
        await new Promise<void>((resolve) => {
          try {
            bag.refreshAsync!(() => resolve());
          } catch {
            resolve();
          }
        });
      }
      const value = bag.get(name);
      return value === null ? undefined : value;
    },
    async write(name, value) {
      const bag = settings();
      if (!bag) throw new Error("this host keeps no settings in the workbook");
      bag.set(name, value);
      await new Promise<void>((resolve, reject) => {
        bag.saveAsync((r) => (succeeded(r) ? resolve() : reject(new Error(r.error?.message ?? "the setting could not be saved in the workbook"))));
      });
    },
  };
}

/** The host of the page office.js was loaded into. */
export function officeHost(): AddinHost {
  const page = (globalThis as { location?: { href: string } }).location?.href ?? "";
  return officeHostFrom(Office as unknown as OfficeLike, Excel as unknown as ExcelLike, page);
}

/** The notice's page address: the text travels in the query (read with textContent, never as HTML). */
export function noticeUrl(pageUrl: string, notice: Notice): string {
  // Without a page address (never inside Office) any base serves: only the query is read.
  const url = new URL(NOTICE_PAGE, pageUrl || "https://addin.invalid/");
  url.searchParams.set("kind", notice.kind);
  url.searchParams.set("title", notice.title);
  // Query strings past a few thousand characters are cut by some hosts.
  url.searchParams.set("message", notice.message.length > 1500 ? `${notice.message.slice(0, 1499)}…` : notice.message);
  return url.href;
}

function showNotice(office: OfficeLike, notice: Notice, pageUrl: string): Promise<void> {
  const ui = office.context?.ui;
  if (!ui || !pageUrl) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NOTICE_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      // displayInIframe: on the web, a floating frame inside Excel rather than a pop-up a browser may block.
      ui.displayDialogAsync(noticeUrl(pageUrl, notice), { height: 30, width: 35, displayInIframe: true }, (result) => {
        const dialog = result.value;
        if (String(result.status) !== "succeeded" || !dialog) return done();
        const closeOnMessage = () => {
          dialog.close();
          done();
        };
        dialog.addEventHandler(office.EventType?.DialogMessageReceived ?? "dialogMessageReceived", closeOnMessage);
        // The user closed it with its own X (12006), or it failed to load: either way it is gone.
        dialog.addEventHandler(office.EventType?.DialogEventReceived ?? "dialogEventReceived", done);
      });
    } catch {
      done();
    }
  });
}
