// A simulated Excel host: a SimWorkbook behind the `Excel` and `Office` globals the add-in uses, with
// one platform's limits. Tests, `npm run simulate` and `npm run bench` run the add-in's own code on it;
// host.json reports what the run cost (syncs, bytes, cells, requirement sets).
import { WorkbookApi } from "./api";
import { RichApiError, SimContext, newStats, type HostState, type HostStats } from "./context";
import type { SimWorkbook } from "./model";
import { supports, type PlatformProfile } from "./platforms";
import type { ExcelLike, OfficeLike } from "../adapters/officejs/host";
import { documentSettings } from "./settings";

export interface NoticeShown {
  readonly kind: string;
  readonly title: string;
  readonly message: string;
}

export interface SimulatedHost {
  readonly workbook: SimWorkbook;
  readonly profile: PlatformProfile;
  readonly stats: HostStats;
  /** Notices the add-in showed the user through a dialog, in order. */
  readonly notices: NoticeShown[];
  readonly excel: ExcelLike;
  readonly office: OfficeLike;
  /** Another runtime of the add-in over the same workbook (the ribbon's function file beside the pane): its own Office, with its own in-memory copy of the document settings. */
  newRuntime(): OfficeLike;
  /** Makes sync number `sync` (counted over the host's life) fail as a lost connection does, after `afterCommands` of its commands ran. */
  failSync(sync: number, afterCommands?: number): void;
}

export interface HostOptions {
  /** Awaited after every sync; default: a macrotask, as a round trip to Excel lets other work run. */
  readonly pause?: () => Promise<void>;
}

export function createSimulatedHost(workbook: SimWorkbook, profile: PlatformProfile, options: HostOptions = {}): SimulatedHost {
  const stats = newStats();
  const notices: NoticeShown[] = [];
  let failure: { sync: number; afterCommands: number } | undefined;
  const state: HostState = { workbook, profile, stats, pause: options.pause ?? (() => new Promise((r) => setTimeout(r, 0))) };

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FailingContext(state, () => failure);
    const context = Object.assign(ctx, { workbook: new WorkbookApi(ctx) });
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run syncs what the batch left queued.
      if (ctx.pending()) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };

  const excel: ExcelLike = {
    run,
    async createWorkbook(base64?: string) {
      if (!supports(profile, "ExcelApi", "1.8")) throw new RichApiError("ApiNotFound", `Excel.createWorkbook needs ExcelApi 1.8, which ${profile.label} does not support.`);
      const bytes = (base64?.length ?? 0) + 200;
      if (profile.payloadLimit !== undefined && bytes > profile.payloadLimit) throw new RichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      workbook.createdWorkbooks.push(base64 ?? "");
    },
  };

  const newRuntime = (): OfficeLike => ({
    context: {
      document: { settings: documentSettings(workbook) },
      requirements: { isSetSupported: (name: string, version?: string) => supports(profile, name, version) },
      platform: profile.officePlatform,
      ui: {
        displayDialogAsync(url, _options, callback) {
          if (!supports(profile, "DialogApi", "1.1")) throw new RichApiError("ApiNotFound", "The dialog API is not supported.");
          stats.apiSetsUsed.DialogApi ??= "1.1";
          const query = new URL(url).searchParams;
          notices.push({ kind: query.get("kind") ?? "", title: query.get("title") ?? "", message: query.get("message") ?? "" });
          const handlers = new Map<unknown, (arg: unknown) => void>();
          const dialog = {
            addEventHandler(type: unknown, handler: (arg: unknown) => void) {
              handlers.set(type, handler);
            },
            close() {
              handlers.clear();
            },
          };
          setTimeout(() => {
            callback({ status: "succeeded", value: dialog });
            // The user reads it and closes the dialog with its X (Office reports 12006).
            setTimeout(() => handlers.get("dialogEventReceived")?.({ error: 12006 }), 0);
          }, 0);
        },
      },
    },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  });
  const office = newRuntime();

  return {
    workbook, profile, stats, notices, excel, office, newRuntime,
    failSync(sync, afterCommands = 0) {
      failure = { sync, afterCommands };
    },
  };
}

/** A context whose sync can be told to fail part-way, as a dropped connection does. */
class FailingContext extends SimContext {
  private queued = 0;
  constructor(host: HostState, private readonly failure: () => { sync: number; afterCommands: number } | undefined) {
    super(host);
  }
  override enqueue(command: Parameters<SimContext["enqueue"]>[0]): void {
    this.queued++;
    const f = this.failure();
    if (f && f.sync === this.host.stats.syncs + 1 && !command.marker) {
      const index = this.commandsThisSync++;
      if (index >= f.afterCommands) {
        super.enqueue({ ...command, run: () => { throw new RichApiError("GeneralException", "There was an internal error while processing the request (the simulated host failed this sync on purpose)."); } });
        return;
      }
    }
    super.enqueue(command);
  }
  private commandsThisSync = 0;
  override async sync(): Promise<void> {
    this.commandsThisSync = 0;
    this.queued = 0;
    await super.sync();
  }
  pending(): boolean {
    return this.queued > 0;
  }
}

/** What `npm run simulate` writes to host.json. */
export function hostReport(host: SimulatedHost): object {
  const { stats, profile } = host;
  return {
    platform: profile.name,
    host: profile.label,
    syncs: stats.syncs,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
    payloadLimit: profile.payloadLimit ?? null,
    cellsRead: stats.cellsRead,
    apiSetsUsed: stats.apiSetsUsed,
    notices: host.notices,
    perSync: stats.log.map((s) => ({ requestBytes: s.requestBytes, responseBytes: s.responseBytes, ...(s.refused ? { refused: s.refused } : {}) })),
  };
}
