/**
 * Services with dskit's lifecycle: New -> Starting -> Running -> Stopping -> Terminated, or
 * Failed from Starting, Running or Stopping. Subclasses implement `starting`, `running` and
 * `stopping`; `running` must return once `stopSignal` aborts (or earlier if its work is done).
 */

export type ServiceState = "New" | "Starting" | "Running" | "Stopping" | "Terminated" | "Failed";

export type StateListener = (from: ServiceState, to: ServiceState, service: Service) => void;

export interface Service {
  readonly name: string;
  state(): ServiceState;
  /** Starts the service and resolves once it is Running; rejects if it fails to start. */
  startAsync(): Promise<void>;
  /** Asks the service to stop and resolves once it is Terminated or Failed. */
  stopAsync(): Promise<void>;
  /** Resolves when the service reaches Terminated or Failed. */
  awaitTerminated(): Promise<void>;
  failureCase(): Error | undefined;
  addListener(l: StateListener): void;
}

export class BasicService implements Service {
  readonly name: string;
  private st: ServiceState = "New";
  private failure: Error | undefined;
  private readonly listeners: StateListener[] = [];
  private readonly stopController = new AbortController();
  private terminated: Promise<void> | undefined;
  private started: Promise<void> | undefined;

  constructor(name: string) {
    this.name = name;
  }

  /** Aborted when stop is requested; `running` watches it. */
  protected get stopSignal(): AbortSignal {
    return this.stopController.signal;
  }

  protected async starting(): Promise<void> {}

  /** Default: idle until asked to stop. */
  protected running(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener("abort", () => resolve(), { once: true });
    });
  }

  protected async stopping(_failure: Error | undefined): Promise<void> {}

  state(): ServiceState {
    return this.st;
  }

  failureCase(): Error | undefined {
    return this.failure;
  }

  addListener(l: StateListener): void {
    this.listeners.push(l);
  }

  private transition(to: ServiceState): void {
    const from = this.st;
    this.st = to;
    for (const l of this.listeners) {
      try {
        l(from, to, this);
      } catch {
        // listeners must not break the lifecycle
      }
    }
  }

  startAsync(): Promise<void> {
    if (this.started) return this.started;
    if (this.st !== "New")
      return Promise.reject(new Error(`service ${this.name}: cannot start from state ${this.st}`));
    let resolveStarted!: () => void;
    let rejectStarted!: (e: Error) => void;
    this.started = new Promise<void>((res, rej) => {
      resolveStarted = res;
      rejectStarted = rej;
    });
    this.started.catch(() => {});
    this.terminated = this.lifecycle(resolveStarted, rejectStarted);
    return this.started;
  }

  private async lifecycle(
    resolveStarted: () => void,
    rejectStarted: (e: Error) => void,
  ): Promise<void> {
    this.transition("Starting");
    try {
      await this.starting();
    } catch (e) {
      this.failure = asError(e, `service ${this.name} failed to start`);
      this.transition("Failed");
      rejectStarted(this.failure);
      return;
    }
    if (this.stopController.signal.aborted) {
      // Stop was requested while starting: skip running.
    } else {
      this.transition("Running");
      resolveStarted();
      try {
        await this.running(this.stopController.signal);
      } catch (e) {
        this.failure = asError(e, `service ${this.name} failed`);
      }
    }
    this.transition("Stopping");
    resolveStarted();
    try {
      await this.stopping(this.failure);
    } catch (e) {
      this.failure ??= asError(e, `service ${this.name} failed to stop`);
    }
    this.transition(this.failure ? "Failed" : "Terminated");
  }

  async stopAsync(): Promise<void> {
    if (this.st === "New") {
      this.transition("Terminated");
      return;
    }
    this.stopController.abort();
    await this.terminated;
  }

  async awaitTerminated(): Promise<void> {
    if (this.st === "New") return;
    await this.terminated;
  }
}

function asError(e: unknown, context: string): Error {
  return e instanceof Error ? e : new Error(`${context}: ${String(e)}`);
}

/** A service built from functions, for small pieces that need no class of their own. */
export class FuncService extends BasicService {
  private readonly fns: {
    starting?: () => Promise<void>;
    running?: (signal: AbortSignal) => Promise<void>;
    stopping?: (failure: Error | undefined) => Promise<void>;
  };

  constructor(
    name: string,
    fns: {
      starting?: () => Promise<void>;
      running?: (signal: AbortSignal) => Promise<void>;
      stopping?: (failure: Error | undefined) => Promise<void>;
    },
  ) {
    super(name);
    this.fns = fns;
  }

  protected override starting(): Promise<void> {
    return this.fns.starting ? this.fns.starting() : Promise.resolve();
  }

  protected override running(signal: AbortSignal): Promise<void> {
    return this.fns.running ? this.fns.running(signal) : super.running(signal);
  }

  protected override stopping(failure: Error | undefined): Promise<void> {
    return this.fns.stopping ? this.fns.stopping(failure) : Promise.resolve();
  }
}
