// The request context of the simulated Excel: commands are queued on proxy objects and run only at
// context.sync(), as in Office.js; loaded properties arrive when the sync returns. Each sync is
// measured as Excel exchanges it — the request (the queued commands and the objects they name) and the
// response (what was loaded), as JSON — and refused over the platform's limit. Requirement sets are
// checked per command, as the host does.
import type { SimWorkbook } from "./model";
import { supports, versionAtLeast, type PlatformProfile } from "./platforms";

/** Envelope bytes of one command and of one object path in the request (office.js's JSON shapes). */
export const COMMAND_BYTES = 70;
export const PATH_BYTES = 100;
/** Bytes of the response envelope per loaded object. */
export const RESULT_BYTES = 30;

export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(readonly code: string, message: string, location?: string) {
    super(message);
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly commands: number;
  /** The error code Excel answered instead (a limit, a bad command…). */
  readonly refused?: string;
}

export interface HostStats {
  syncs: number;
  /** The largest request and response Excel accepted (a refused one is in `log`, with its code). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Cells of every range read (values, valueTypes, text each count once per cell and read). */
  cellsRead: number;
  /** Requirement set → highest version of it that a command used. */
  apiSetsUsed: Record<string, string>;
  log: SyncRecord[];
}

export function newStats(): HostStats {
  return { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, cellsRead: 0, apiSetsUsed: {}, log: [] };
}

export interface Requirement {
  readonly set: string;
  readonly version: string;
}

export interface Command {
  /** "Range.values", for error locations. */
  readonly member: string;
  readonly requirement?: Requirement;
  /** JSON bytes of the arguments. */
  readonly argumentBytes: number;
  /** The proxy the command runs on: its object path is sent once per sync. */
  readonly target: PathNode;
  /** Runs against the workbook; a load returns what it delivers (its JSON is the response). */
  readonly run: () => unknown;
  /**
   * Not a command of its own but a fact about the object it names (which requirement set its method
   * needs, its isNullObject): it sends no command bytes, and the object's path only when another command uses it.
   */
  readonly marker?: boolean;
  /** For loads: hands the result to the proxy once the sync succeeded. */
  readonly deliver?: (result: unknown) => void;
}

/** An object path: a proxy made by a method of another (getRange on a sheet…). */
export interface PathNode {
  readonly parentPath?: PathNode;
  readonly argumentBytes: number;
}

export interface HostState {
  readonly workbook: SimWorkbook;
  readonly profile: PlatformProfile;
  readonly stats: HostStats;
  /** Resolves after each sync, letting other work run (a real sync is a round trip to Excel). */
  readonly pause: () => Promise<void>;
}

export class SimContext {
  private queue: Command[] = [];
  private closed = false;
  constructor(readonly host: HostState) {}

  enqueue(command: Command): void {
    if (this.closed) throw new RichApiError("InvalidObjectPath", "The object was made in an Excel.run batch that has ended.", command.member);
    this.queue.push(command);
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const { stats, profile } = this.host;
    const commands = this.queue.splice(0);
    stats.syncs++;
    const sent = new Set<PathNode>();
    let request = 2 * COMMAND_BYTES;
    const pathBytes = (node: PathNode | undefined): number => {
      let bytes = 0;
      for (let n = node; n && !sent.has(n); n = n.parentPath) {
        sent.add(n);
        bytes += PATH_BYTES + n.argumentBytes;
      }
      return bytes;
    };
    for (const c of commands) if (!c.marker) request += COMMAND_BYTES + c.argumentBytes + pathBytes(c.target);
    if (profile.payloadLimit !== undefined && request > profile.payloadLimit) {
      stats.log.push({ requestBytes: request, responseBytes: 0, commands: commands.length, refused: "RequestPayloadSizeLimitExceeded" });
      throw new RichApiError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request.toLocaleString("en")} bytes; ${profile.label} allows ${profile.payloadLimit.toLocaleString("en")}).`);
    }
    let response = 2 * RESULT_BYTES;
    const deliveries: (() => void)[] = [];
    try {
      for (const c of commands) {
        if (c.requirement) this.require(c.requirement, c.member);
        const result = c.run();
        if (c.deliver) {
          response += (c.marker ? 0 : RESULT_BYTES) + jsonBytes(result);
          const deliver = c.deliver;
          deliveries.push(() => deliver(result));
        }
      }
    } catch (e) {
      const error = asRichApiError(e);
      stats.log.push({ requestBytes: request, responseBytes: response, commands: commands.length, refused: error.code });
      throw error;
    }
    // Excel ran the commands (the workbook has changed) but cannot send back what was loaded.
    if (profile.payloadLimit !== undefined && response > profile.payloadLimit) {
      stats.log.push({ requestBytes: request, responseBytes: response, commands: commands.length, refused: "ResponsePayloadSizeLimitExceeded" });
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
      throw new RichApiError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response.toLocaleString("en")} bytes; ${profile.label} allows ${profile.payloadLimit.toLocaleString("en")}).`);
    }
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response);
    stats.log.push({ requestBytes: request, responseBytes: response, commands: commands.length });
    for (const d of deliveries) d();
    await this.host.pause();
  }

  private require(r: Requirement, member: string): void {
    if (!supports(this.host.profile, r.set, r.version)) {
      throw new RichApiError("ApiNotFound", `${member} needs ${r.set} ${r.version}, which ${this.host.profile.label} does not support.`, member);
    }
    const used = this.host.stats.apiSetsUsed;
    if (!used[r.set] || !versionAtLeast(used[r.set]!, r.version)) used[r.set] = r.version;
  }
}

/** JSON length of a value, without building the string for large 2-D arrays of scalars. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length + 2 + (value.match(/["\\\n\r\t]/g)?.length ?? 0);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    let n = 2 + Math.max(0, entries.length - 1);
    for (const [k, v] of entries) n += k.length + 3 + jsonBytes(v);
    return n;
  }
  return 4;
}

export const argumentBytes = (...args: unknown[]): number => jsonBytes(args);

/** Errors of the simulated workbook ("ItemNotFound: …" TypeErrors from model code) as Excel reports them. */
export function asRichApiError(e: unknown): RichApiError {
  if (e instanceof RichApiError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const m = /^(\w+): ([\s\S]*)$/.exec(message);
  if (m && /^[A-Z]\w+$/.test(m[1]!) && m[1] !== "Error") return new RichApiError(m[1]!, m[2]!);
  return new RichApiError(e instanceof Error && e.name === "NotSimulated" ? "NotImplemented" : "GeneralException", message);
}

/** Throws the error Excel gives for a bad argument, an existing item, a missing one… */
export function fail(code: string, message: string): never {
  throw new RichApiError(code, message);
}
