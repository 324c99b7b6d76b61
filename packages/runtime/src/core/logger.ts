export type LogLevel = "debug" | "info" | "warn" | "error";

/** What the runtime reports. URLs and headers are already redacted; bodies are never logged. */
export interface LogEvent {
  type: "request" | "response" | "retry" | "error" | "token";
  method?: string;
  url?: string;
  attempt?: number;
  status?: number;
  durationMs?: number;
  delayMs?: number;
  requestId?: string | undefined;
  headers?: Record<string, string>;
  error?: string;
}

export type LogFunction = (level: LogLevel, message: string, event: LogEvent) => void;
/** A function, or a console-like object (missing levels are skipped). */
export type Logger = LogFunction | Partial<Record<LogLevel, (message: string, event: LogEvent) => void>>;

export function toLogFunction(logger: Logger | undefined): LogFunction | undefined {
  if (!logger) return undefined;
  if (typeof logger === "function") return logger;
  return (level, message, event) => logger[level]?.(message, event);
}
