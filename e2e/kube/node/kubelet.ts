/**
 * The kubelet for every node of the local cluster: runs each scheduled pod's containers as real
 * processes, each pod in its own network namespace (PodNetwork) with its own UTS and mount
 * namespaces (hostname = the pod's hostname, volumes bind-mounted at their mountPaths).
 *
 * Per pod: init containers in order, then the containers; httpGet/tcpSocket/exec startup,
 * readiness and liveness probes; restarts per restartPolicy with back-off (1s doubling to 20s,
 * shorter than Kubernetes's 10s..5m so tests stay fast; reset after 60s of running); graceful
 * termination (SIGTERM, terminationGracePeriodSeconds, then SIGKILL); logs in files that
 * `kubectl logs` reads (previous=true gives the last run's); pod phase, conditions and container
 * statuses written to the pod's status.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import type { ServerResponse } from "node:http";
import { StatusError } from "../api/errors.ts";
import type { WebSocketConn } from "../api/websocket.ts";
import type { Store } from "../api/store.ts";
import { nowIso, recordEvent, T } from "../controllers/util.ts";
import { containerEnv, EnvError, expand, type Lookup } from "./env.ts";
import { imageSpec, mapArg, REPO_ROOT } from "./images.ts";
import type { PodNet, PodNetwork } from "./network.ts";
import { claimDir, type PreparedVolumes, prepareVolumes, VolumeError } from "./volumes.ts";

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 20_000;
const BACKOFF_RESET_MS = 60_000;

type State =
  | { running: { startedAt: string } }
  | { waiting: { reason: string; message?: string } }
  | { terminated: Record<string, any> };

interface ContainerRun {
  spec: any;
  init: boolean;
  proc?: ChildProcess;
  pid?: number;
  restartCount: number;
  state: State;
  lastState?: State;
  ready: boolean;
  started: boolean;
  startedAt: number;
  timers: NodeJS.Timeout[];
  exited?: Promise<void>;
  /** The environment the container was started with (exec uses it too). */
  env?: Record<string, string>;
  restartTimer?: NodeJS.Timeout;
  killing: boolean;
}

interface PodRun {
  uid: string;
  ns: string;
  name: string;
  dir: string;
  net?: PodNet;
  volumes?: PreparedVolumes;
  containers: Map<string, ContainerRun>;
  initContainers: ContainerRun[];
  initDone: boolean;
  stopping: boolean;
  startTime: string;
  message?: string;
  writeTimer?: NodeJS.Timeout;
}

export interface KubeletOptions {
  stateDir: string;
  clusterDomain: string;
  /** Env every container gets first. */
  baseEnv: Record<string, string>;
  /**
   * The kubeconfig path a pod's containers get as KUBECONFIG: the API server with the token of
   * the pod's ServiceAccount (so RBAC applies to what the pod does).
   */
  kubeconfigFor?: (namespace: string, serviceAccount: string) => string;
  /** Host paths this run created as mount points (removed at cleanup when empty). */
  createdPaths: (p: string) => void;
  log?: (msg: string) => void;
}

function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export class Kubelet {
  private readonly store: Store;
  private readonly net: PodNetwork;
  private readonly opts: KubeletOptions;
  private readonly runs = new Map<string, PodRun>();
  private closed = false;

  constructor(store: Store, net: PodNetwork, opts: KubeletOptions) {
    this.store = store;
    this.net = net;
    this.opts = opts;
  }

  /** Records an Event about the pod, as the kubelet does (Pulled, Created, Started, Killing, ...). */
  private event(run: PodRun, type: "Normal" | "Warning", reason: string, message: string): void {
    const pod = this.pod(run);
    if (pod) recordEvent(this.store, pod, type, reason, message, "kubelet");
  }

  private get podT() {
    return T(this.store, "", "v1", "pods");
  }

  /** One reconcile pass (called by the controller manager after every change). */
  sync(): void {
    if (this.closed) return;
    const pods = this.store.list(this.podT).filter((p) => p.spec.nodeName);
    const seen = new Set<string>();
    for (const pod of pods) {
      const uid = pod.metadata.uid;
      seen.add(uid);
      let run = this.runs.get(uid);
      if (pod.metadata.deletionTimestamp) {
        if (!run) {
          this.store.finalizePodDeletion(this.podT, pod.metadata.namespace, pod.metadata.name);
          continue;
        }
        if (!run.stopping)
          void this.stopPod(run, pod.metadata.deletionGracePeriodSeconds ?? 0, true);
        continue;
      }
      if (!run) {
        if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") continue;
        run = {
          uid,
          ns: pod.metadata.namespace,
          name: pod.metadata.name,
          dir: join(
            this.opts.stateDir,
            "pods",
            `${pod.metadata.namespace}_${pod.metadata.name}_${uid.slice(0, 8)}`,
          ),
          containers: new Map(),
          initContainers: [],
          initDone: false,
          stopping: false,
          startTime: nowIso(),
        };
        this.runs.set(uid, run);
        void this.startPod(run).catch((e) =>
          this.opts.log?.(`pod ${run!.ns}/${run!.name}: ${(e as Error).message}`),
        );
        continue;
      }
      if (!run.stopping && run.net && run.volumes) {
        try {
          run.volumes = prepareVolumes(this.store, pod, run.dir, this.opts.stateDir, run.volumes);
        } catch {
          // A source went away: keep the files the containers already have.
        }
      }
    }
    for (const run of this.runs.values())
      if (!seen.has(run.uid) && !run.stopping) void this.stopPod(run, 0, false);
    this.gcClaims();
  }

  /** Removes the directories of PVCs that no longer exist. */
  private gcClaims(): void {
    const base = join(this.opts.stateDir, "pvc");
    if (!existsSync(base)) return;
    const pvcT = T(this.store, "", "v1", "persistentvolumeclaims");
    for (const ns of readdirSafe(base))
      for (const claim of readdirSafe(join(base, ns)))
        if (!this.store.tryGet(pvcT, ns, claim))
          rmSync(claimDir(this.opts.stateDir, ns, claim), { recursive: true, force: true });
  }

  private pod(run: PodRun): any | undefined {
    const p = this.store.tryGet(this.podT, run.ns, run.name);
    return p && p.metadata.uid === run.uid ? p : undefined;
  }

  private async startPod(run: PodRun): Promise<void> {
    const pod = this.pod(run);
    if (!pod) return;
    mkdirSync(join(run.dir, "logs"), { recursive: true });
    const hostname = pod.spec.hostname ?? pod.metadata.name;
    const fqdn = pod.spec.subdomain
      ? `${hostname}.${pod.spec.subdomain}.${run.ns}.svc.${this.opts.clusterDomain}`
      : undefined;
    for (const c of pod.spec.initContainers ?? [])
      run.initContainers.push(this.newContainer(c, true));
    for (const c of pod.spec.containers ?? [])
      run.containers.set(c.name, this.newContainer(c, false));
    try {
      run.net = await this.net.addPod({
        namespace: run.ns,
        hostname,
        fqdn,
        clusterDomain: this.opts.clusterDomain,
      });
    } catch (e) {
      run.message = `Failed to create pod sandbox: ${(e as Error).message}`;
      this.writeStatus(run);
      this.runs.delete(run.uid);
      return;
    }
    if (run.stopping || this.closed) {
      await this.net.removePod(run.net);
      return;
    }
    this.writeStatus(run);
    await this.runInit(run);
  }

  private newContainer(spec: any, init: boolean): ContainerRun {
    return {
      spec,
      init,
      restartCount: 0,
      state: { waiting: { reason: init ? "PodInitializing" : "ContainerCreating" } },
      ready: false,
      started: false,
      startedAt: 0,
      timers: [],
      killing: false,
    };
  }

  private async runInit(run: PodRun): Promise<void> {
    for (const c of run.initContainers) {
      for (;;) {
        if (run.stopping) return;
        const ok = await this.runToCompletion(run, c);
        if (ok) break;
        const pod = this.pod(run);
        if (!pod || pod.spec.restartPolicy === "Never") {
          run.message = `init container ${c.spec.name} failed`;
          this.writeStatus(run);
          return;
        }
        c.restartCount++;
        await sleep(this.backoff(c));
      }
    }
    run.initDone = true;
    for (const c of run.containers.values()) this.startContainer(run, c);
  }

  private runToCompletion(run: PodRun, c: ContainerRun): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.spawnContainer(run, c, (code) => resolve(code === 0))) resolve(false);
    });
  }

  private backoff(c: ContainerRun): number {
    if (c.startedAt && Date.now() - c.startedAt > BACKOFF_RESET_MS) return BACKOFF_BASE_MS;
    return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, c.restartCount - 1));
  }

  private startContainer(run: PodRun, c: ContainerRun): void {
    if (run.stopping) return;
    const onExit = (code: number | null) => {
      if (run.stopping || this.closed) return;
      const pod = this.pod(run);
      const policy = pod?.spec.restartPolicy ?? "Always";
      if (policy === "Always" || (policy === "OnFailure" && code !== 0)) {
        c.restartCount++;
        const delay = this.backoff(c);
        c.lastState = c.state;
        c.state = {
          waiting: {
            reason: "CrashLoopBackOff",
            message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.spec.name} pod=${run.name}_${run.ns}(${run.uid})`,
          },
        };
        this.writeStatus(run);
        this.event(
          run,
          "Warning",
          "BackOff",
          `Back-off restarting failed container ${c.spec.name} in pod ${run.name}_${run.ns}(${run.uid})`,
        );
        c.restartTimer = setTimeout(() => this.startContainer(run, c), delay);
      }
    };
    if (!this.spawnContainer(run, c, onExit)) {
      c.restartTimer = setTimeout(() => this.startContainer(run, c), 2_000);
      return;
    }
    this.startProbes(run, c);
  }

  private lookup(ns: string): Lookup {
    return {
      configMap: (name) => this.store.tryGet(T(this.store, "", "v1", "configmaps"), ns, name)?.data,
      secret: (name) => {
        const s = this.store.tryGet(T(this.store, "", "v1", "secrets"), ns, name);
        if (!s) return undefined;
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries<string>(s.data ?? {}))
          out[k] = Buffer.from(v, "base64").toString("utf8");
        for (const [k, v] of Object.entries<string>(s.stringData ?? {})) out[k] = v;
        return out;
      },
    };
  }

  /** Starts the container's process; false (with a waiting reason set) when it cannot. */
  private spawnContainer(
    run: PodRun,
    c: ContainerRun,
    onExit: (code: number | null) => void,
  ): boolean {
    const pod = this.pod(run);
    if (!pod || !run.net) return false;
    const fail = (reason: string, message: string) => {
      c.state = { waiting: { reason, message } };
      this.writeStatus(run);
      return false;
    };
    const image = imageSpec(String(c.spec.image ?? ""));
    if (!image) {
      this.event(
        run,
        "Warning",
        "Failed",
        `Failed to pull image "${c.spec.image}": not in the local cluster's image table`,
      );
      return fail(
        "ErrImagePull",
        `image ${c.spec.image} is not in the local cluster's image table (e2e/kube/node/images.ts)`,
      );
    }
    let env: Record<string, string>;
    try {
      run.volumes = prepareVolumes(this.store, pod, run.dir, this.opts.stateDir, run.volumes);
      const hostname = pod.spec.hostname ?? pod.metadata.name;
      const withIp = {
        ...pod,
        status: { ...pod.status, podIP: run.net.ip, hostIP: this.net.gateway },
      };
      env = containerEnv(withIp, c.spec, this.lookup(run.ns), {
        PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        HOSTNAME: hostname,
        HOME: "/root",
        ...this.opts.baseEnv,
        ...(this.opts.kubeconfigFor
          ? {
              KUBECONFIG: this.opts.kubeconfigFor(run.ns, pod.spec.serviceAccountName ?? "default"),
            }
          : {}),
      });
    } catch (e) {
      if (e instanceof EnvError) return fail(e.reason, e.message);
      if (e instanceof VolumeError) return fail("ContainerCreating", e.message);
      throw e;
    }
    const command: string[] = c.spec.command ?? image.entrypoint;
    const args: string[] = c.spec.args ?? (c.spec.command ? [] : image.cmd);
    const argv = [...command, ...args].map((a) => expand(String(a), env)).map(mapArg);
    if (argv.length === 0) return fail("CreateContainerError", "no command specified");
    // Mount points: volumes at their mountPaths, and the image's working directory as its own dir.
    const mounts: Array<[string, string]> = [];
    for (const vm of c.spec.volumeMounts ?? []) {
      const src = run.volumes!.dirs.get(vm.name);
      if (!src) return fail("CreateContainerConfigError", `volume "${vm.name}" not found`);
      mounts.push([vm.subPath ? join(src, vm.subPath) : src, vm.mountPath]);
    }
    const workdir = c.spec.workingDir ?? image.workdir;
    if (
      workdir?.startsWith("/") &&
      !mounts.some(([, dst]) => dst === workdir) &&
      !existsSync(workdir)
    ) {
      const own = join(run.dir, "rootfs", c.spec.name, workdir);
      mkdirSync(own, { recursive: true });
      mounts.unshift([own, workdir]);
    } else if (workdir === "/data" && !mounts.some(([, dst]) => dst === workdir)) {
      const own = join(run.dir, "rootfs", c.spec.name, "data");
      mkdirSync(own, { recursive: true });
      mounts.unshift([own, workdir]);
    }
    // Parents before children (/etc/mimir before /etc/mimir/runtime).
    mounts.sort((a, b) => a[1].split("/").length - b[1].split("/").length);
    for (const [src, dst] of mounts) this.ensureMountPoint(src, dst);
    // The "image" is the repository (and this Node.js) on the host: a volume mounted over one of
    // their parents (an emptyDir at /tmp with the repository under /tmp, say) would hide them, so
    // they are stashed before the volumes are mounted and bound back on top afterwards.
    const hidden = hostPathsHiddenBy(mounts.map(([, dst]) => dst));
    const stash = hidden.map((_, i) => join(run.dir, "rootfs", `.host-${i}`));
    for (const d of stash) mkdirSync(d, { recursive: true });
    const hostname = pod.spec.hostname ?? pod.metadata.name;
    const script = [
      `hostname ${shq(hostname)}`,
      ...hidden.map((h, i) => `mount --bind ${shq(h)} ${shq(stash[i]!)} || exit 111`),
      ...mounts.map(([src, dst]) => `mount --bind ${shq(src)} ${shq(dst)} || exit 111`),
      ...hidden.map(
        (h, i) => `mkdir -p ${shq(h)} && mount --bind ${shq(stash[i]!)} ${shq(h)} || exit 111`,
      ),
      `cd ${shq(workdir ?? run.dir)} 2>/dev/null || cd ${shq(run.dir)}`,
      `exec "$@"`,
    ].join("\n");
    const logPath = join(run.dir, "logs", `${c.spec.name}-${c.restartCount}.log`);
    const fd = openSync(logPath, "a");
    const proc = spawn(
      "ip",
      [
        "netns",
        "exec",
        run.net.netns,
        "unshare",
        "--uts",
        "--mount",
        "sh",
        "-c",
        script,
        "container",
        ...argv,
      ],
      {
        env,
        detached: true,
        stdio: ["ignore", fd, fd],
      },
    );
    closeSync(fd);
    c.proc = proc;
    c.pid = proc.pid;
    c.env = env;
    c.killing = false;
    c.startedAt = Date.now();
    c.started = !c.spec.startupProbe;
    c.ready = false;
    c.state = { running: { startedAt: nowIso() } };
    c.exited = new Promise((resolve) => {
      proc.on("exit", (code, signal) => {
        for (const t of c.timers) clearTimeout(t);
        c.timers = [];
        c.proc = undefined;
        c.ready = false;
        const exitCode = code ?? (signal === "SIGKILL" ? 137 : signal === "SIGTERM" ? 143 : 1);
        c.lastState = undefined;
        c.state = {
          terminated: {
            exitCode,
            reason: exitCode === 0 ? "Completed" : "Error",
            startedAt: (c.state as any).running?.startedAt ?? nowIso(),
            finishedAt: nowIso(),
            containerID: this.containerId(run, c),
          },
        };
        if (signal) (c.state as any).terminated.signal = signal === "SIGKILL" ? 9 : 15;
        this.writeStatus(run);
        resolve();
        onExit(exitCode);
      });
      proc.on("error", () => {});
    });
    if (c.restartCount === 0)
      this.event(
        run,
        "Normal",
        "Pulled",
        `Container image "${c.spec.image}" already present on machine`,
      );
    this.event(run, "Normal", "Created", `Created container ${c.spec.name}`);
    this.event(run, "Normal", "Started", `Started container ${c.spec.name}`);
    this.writeStatus(run);
    return true;
  }

  private containerId(run: PodRun, c: ContainerRun): string {
    return `mk8s://${run.uid.slice(0, 8)}-${c.spec.name}-${c.restartCount}`;
  }

  /** Creates a missing mount point on the host (recorded so cleanup can remove it). */
  private ensureMountPoint(src: string, dst: string): void {
    if (existsSync(dst)) return;
    let top = dst;
    while (!existsSync(dirname(top))) top = dirname(top);
    const isFile = existsSync(src) && statSync(src).isFile();
    if (isFile) {
      mkdirSync(dirname(dst), { recursive: true });
      writeFileSync(dst, "");
    } else mkdirSync(dst, { recursive: true });
    this.opts.createdPaths(top);
  }

  private startProbes(run: PodRun, c: ContainerRun): void {
    const s = c.spec;
    const schedule = (probe: any, kind: "startup" | "readiness" | "liveness") => {
      if (!probe) return;
      let successes = 0;
      let failures = 0;
      const period = (probe.periodSeconds ?? 10) * 1000;
      const tick = async () => {
        if (!c.proc || run.stopping) return;
        if (kind !== "startup" && !c.started) {
          c.timers.push(setTimeout(tick, period));
          return;
        }
        if (kind === "startup" && c.started) return;
        const ok = await this.probe(run, c, probe);
        if (!c.proc || run.stopping) return;
        if (ok) {
          successes++;
          failures = 0;
        } else {
          failures++;
          successes = 0;
          const what =
            kind === "startup" ? "Startup" : kind === "readiness" ? "Readiness" : "Liveness";
          this.event(run, "Warning", "Unhealthy", `${what} probe failed`);
        }
        if (kind === "startup") {
          if (ok) {
            c.started = true;
            this.writeStatus(run);
            return;
          }
          if (failures >= (probe.failureThreshold ?? 3)) {
            void this.killContainer(run, c, (s.terminationGracePeriodSeconds ?? 30) * 1000);
            return;
          }
        } else if (kind === "readiness") {
          const before = c.ready;
          if (ok && successes >= (probe.successThreshold ?? 1)) c.ready = true;
          if (!ok && failures >= (probe.failureThreshold ?? 3)) c.ready = false;
          if (before !== c.ready) this.writeStatus(run);
        } else if (!ok && failures >= (probe.failureThreshold ?? 3)) {
          const pod = this.pod(run);
          void this.killContainer(
            run,
            c,
            (probe.terminationGracePeriodSeconds ?? pod?.spec.terminationGracePeriodSeconds ?? 30) *
              1000,
          );
          return;
        }
        c.timers.push(setTimeout(tick, period));
      };
      c.timers.push(setTimeout(tick, (probe.initialDelaySeconds ?? 0) * 1000));
    };
    schedule(s.startupProbe, "startup");
    schedule(s.readinessProbe, "readiness");
    schedule(s.livenessProbe, "liveness");
    if (!s.readinessProbe) {
      const t = setInterval(() => {
        if (!c.proc) return clearInterval(t);
        if (c.started && !c.ready) {
          c.ready = true;
          this.writeStatus(run);
          clearInterval(t);
        }
      }, 100);
      c.timers.push(t);
    }
  }

  private resolvePort(c: ContainerRun, port: unknown): number {
    if (typeof port === "number") return port;
    for (const p of c.spec.ports ?? []) if (p.name === port) return p.containerPort;
    return Number(port);
  }

  private probe(run: PodRun, c: ContainerRun, probe: any): Promise<boolean> {
    const timeout = (probe.timeoutSeconds ?? 1) * 1000;
    const ip = run.net!.ip;
    if (probe.httpGet) {
      const g = probe.httpGet;
      return new Promise((resolve) => {
        const headers: Record<string, string> = { "User-Agent": "kube-probe/1.32" };
        for (const h of g.httpHeaders ?? []) headers[h.name] = h.value;
        const req = request(
          {
            host: g.host ?? ip,
            port: this.resolvePort(c, g.port),
            path: g.path ?? "/",
            method: "GET",
            headers,
            timeout,
          },
          (res) => {
            res.resume();
            resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 400);
          },
        );
        req.on("timeout", () => {
          req.destroy();
          resolve(false);
        });
        req.on("error", () => resolve(false));
        req.end();
      });
    }
    if (probe.tcpSocket || probe.grpc) {
      const port = this.resolvePort(c, probe.tcpSocket?.port ?? probe.grpc?.port);
      return new Promise((resolve) => {
        const s = connect({ host: probe.tcpSocket?.host ?? ip, port, timeout });
        s.once("connect", () => {
          s.destroy();
          resolve(true);
        });
        s.once("timeout", () => {
          s.destroy();
          resolve(false);
        });
        s.once("error", () => resolve(false));
      });
    }
    if (probe.exec) {
      const pid = c.pid;
      if (!pid) return Promise.resolve(false);
      return new Promise((resolve) => {
        const p = spawn(
          "nsenter",
          ["-t", String(pid), "-n", "-m", "-u", "--", ...(probe.exec.command ?? [])],
          { stdio: "ignore" },
        );
        const t = setTimeout(() => p.kill("SIGKILL"), timeout);
        p.on("exit", (code) => {
          clearTimeout(t);
          resolve(code === 0);
        });
        p.on("error", () => resolve(false));
      });
    }
    return Promise.resolve(true);
  }

  /** SIGTERM, then SIGKILL after graceMs; resolves when the process has exited. */
  private async killContainer(run: PodRun, c: ContainerRun, graceMs: number): Promise<void> {
    clearTimeout(c.restartTimer);
    if (!c.proc || !c.pid || c.killing) {
      await c.exited;
      return;
    }
    c.killing = true;
    this.event(run, "Normal", "Killing", `Stopping container ${c.spec.name}`);
    const pid = c.pid;
    signalGroup(pid, "SIGTERM");
    const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), Math.max(0, graceMs));
    await c.exited;
    clearTimeout(timer);
    signalGroup(pid, "SIGKILL");
  }

  /** Stops every container within the grace period, removes the sandbox, confirms deletion. */
  private async stopPod(run: PodRun, graceSec: number, finalize: boolean): Promise<void> {
    run.stopping = true;
    const all = [...run.initContainers, ...run.containers.values()];
    for (const c of all) {
      for (const t of c.timers) clearTimeout(t);
      clearTimeout(c.restartTimer);
      c.ready = false;
    }
    this.writeStatus(run);
    await Promise.all(all.map((c) => this.killContainer(run, c, graceSec * 1000)));
    if (run.net) await this.net.removePod(run.net);
    clearTimeout(run.writeTimer);
    this.runs.delete(run.uid);
    rmSync(run.dir, { recursive: true, force: true });
    if (finalize && !this.closed) {
      const p = this.pod(run);
      if (p) this.store.finalizePodDeletion(this.podT, run.ns, run.name);
    }
  }

  /** Stops every pod (cluster shutdown). */
  async close(graceSec = 2): Promise<void> {
    this.closed = true;
    await Promise.all([...this.runs.values()].map((r) => this.stopPod(r, graceSec, false)));
  }

  private writeStatus(run: PodRun): void {
    if (run.writeTimer) return;
    run.writeTimer = setTimeout(() => {
      run.writeTimer = undefined;
      if (this.closed) return;
      try {
        this.writeStatusNow(run);
      } catch (e) {
        this.opts.log?.(`status of ${run.ns}/${run.name}: ${(e as Error).message}`);
      }
    }, 30);
  }

  private writeStatusNow(run: PodRun): void {
    const pod = this.pod(run);
    if (!pod) return;
    const status = (c: ContainerRun) => {
      const s: Record<string, any> = {
        name: c.spec.name,
        image: c.spec.image,
        imageID: `mk8s-local://${c.spec.image}`,
        ready: c.ready,
        restartCount: c.restartCount,
        started: "running" in c.state ? c.started : false,
        state: c.state,
        lastState: c.lastState ?? {},
      };
      if (!("waiting" in c.state)) s.containerID = this.containerId(run, c);
      return s;
    };
    const cs = [...run.containers.values()];
    const policy = pod.spec.restartPolicy ?? "Always";
    let phase = "Pending";
    if (run.initDone && cs.length) {
      const terminated = cs.filter((c) => "terminated" in c.state);
      const running = cs.some(
        (c) => "running" in c.state || ("waiting" in c.state && c.restartCount > 0),
      );
      if (
        policy !== "Always" &&
        terminated.length === cs.length &&
        !cs.some((c) => c.restartTimer && "waiting" in c.state)
      ) {
        phase = terminated.every((c) => (c.state as any).terminated.exitCode === 0)
          ? "Succeeded"
          : "Failed";
        if (policy === "OnFailure" && phase === "Failed") phase = "Running";
      } else if (running || terminated.length) phase = "Running";
    }
    if (
      run.message &&
      !run.initDone &&
      policy === "Never" &&
      run.initContainers.some(
        (c) => "terminated" in c.state && (c.state as any).terminated.exitCode !== 0,
      )
    )
      phase = "Failed";
    const allReady = cs.length > 0 && cs.every((c) => c.ready) && !run.stopping;
    const cond = (type: string, ok: boolean, reason?: string) => {
      const prev = (pod.status?.conditions ?? []).find((x: any) => x.type === type);
      const st = ok ? "True" : "False";
      const c: Record<string, any> = {
        type,
        status: st,
        lastProbeTime: null,
        lastTransitionTime: prev?.status === st ? prev.lastTransitionTime : nowIso(),
      };
      if (!ok && reason) c.reason = reason;
      return c;
    };
    const scheduled = (pod.status?.conditions ?? []).find(
      (x: any) => x.type === "PodScheduled",
    ) ?? {
      type: "PodScheduled",
      status: "True",
      lastProbeTime: null,
      lastTransitionTime: nowIso(),
    };
    const conditions = [
      cond("PodReadyToStartContainers", !!run.net),
      cond("Initialized", run.initDone, "ContainersNotInitialized"),
      cond("Ready", allReady, "ContainersNotReady"),
      cond("ContainersReady", allReady, "ContainersNotReady"),
      scheduled,
    ];
    const next: Record<string, any> = {
      phase,
      conditions,
      hostIP: this.net.gateway,
      hostIPs: [{ ip: this.net.gateway }],
      startTime: run.startTime,
      qosClass: pod.status?.qosClass ?? "BestEffort",
      containerStatuses: cs.map(status),
    };
    if (run.initContainers.length) next.initContainerStatuses = run.initContainers.map(status);
    if (run.net) {
      next.podIP = run.net.ip;
      next.podIPs = [{ ip: run.net.ip }];
    }
    if (run.message && !run.net) next.message = run.message;
    if (JSON.stringify(pod.status) === JSON.stringify(next)) return;
    this.store.writeInternal(this.podT, { ...pod, status: next }, "kubelet");
  }

  /**
   * The exec subresource over the Kubernetes websocket channel protocol: runs ?command= in the
   * container's network, mount and UTS namespaces with its environment; stdin on channel 0,
   * stdout 1, stderr 2, the final Status on 3 (exit code in details for non-zero).
   */
  exec(ns: string, name: string, q: URLSearchParams, ws: WebSocketConn): void {
    const status = (s: Record<string, any>) => {
      ws.send(
        Buffer.concat([Buffer.from([3]), Buffer.from(JSON.stringify({ metadata: {}, ...s }))]),
      );
      ws.close();
    };
    const pod = this.store.tryGet(this.podT, ns, name);
    const run = pod ? this.runs.get(pod.metadata.uid) : undefined;
    const names = (pod?.spec.containers ?? []).map((c: any) => c.name);
    const container = q.get("container") ?? (names.length === 1 ? names[0] : undefined);
    const c = run && container ? run.containers.get(container) : undefined;
    const command = q.getAll("command");
    let refusal: Record<string, any> | undefined;
    if (!pod)
      refusal = {
        status: "Failure",
        message: `pods "${name}" not found`,
        reason: "NotFound",
        code: 404,
      };
    else if (!c?.pid || !c.proc)
      refusal = {
        status: "Failure",
        message: `unable to upgrade connection: container not found ("${container ?? ""}")`,
        reason: "BadRequest",
        code: 400,
      };
    else if (command.length === 0)
      refusal = {
        status: "Failure",
        message: "you must specify at least one command for the container",
        reason: "BadRequest",
        code: 400,
      };
    if (refusal || !c?.pid) {
      status(refusal ?? {});
      return;
    }
    const p = spawn("nsenter", ["-t", String(c.pid), "-n", "-m", "-u", "--wd", "--", ...command], {
      env: c.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    p.stdout.on("data", (d: Buffer) => ws.send(Buffer.concat([Buffer.from([1]), d])));
    p.stderr.on("data", (d: Buffer) => ws.send(Buffer.concat([Buffer.from([2]), d])));
    p.stdin.on("error", () => {});
    if (q.get("stdin") !== "true") p.stdin.end();
    ws.onMessage((m) => {
      if (m.length === 0) return;
      if (m[0] === 0) p.stdin.write(m.subarray(1));
      else if (m[0] === 255 && m[1] === 0) p.stdin.end();
    });
    ws.onClose(() => {
      if (p.exitCode === null) p.kill("SIGKILL");
    });
    p.on("error", (e) =>
      status({ status: "Failure", message: e.message, reason: "InternalError", code: 500 }),
    );
    p.on("close", (code) => {
      if (code === 0) {
        status({ status: "Success" });
        return;
      }
      status({
        status: "Failure",
        message: `command terminated with non-zero exit code: error executing command [${command.join(" ")}], exit code ${code}`,
        reason: "NonZeroExitCode",
        details: { causes: [{ reason: "ExitCode", message: String(code ?? 1) }] },
      });
    });
  }

  /** The pod log subresource: ?container=, previous=true, tailLines=, follow=true. */
  podLog(ns: string, name: string, q: URLSearchParams, res: ServerResponse): void {
    const pod = this.store.get(this.podT, ns, name);
    const run = this.runs.get(pod.metadata.uid);
    const names = (pod.spec.containers ?? []).map((c: any) => c.name);
    const initNames = (pod.spec.initContainers ?? []).map((c: any) => c.name);
    let container = q.get("container");
    if (!container) {
      if (names.length !== 1)
        throw new StatusError(
          400,
          "BadRequest",
          `a container name must be specified for pod ${name}, choose one of: [${names.join(" ")}]${initNames.length ? ` or one of the init containers: [${initNames.join(" ")}]` : ""}`,
        );
      container = names[0]!;
    }
    if (!names.includes(container) && !initNames.includes(container))
      throw new StatusError(
        400,
        "BadRequest",
        `container ${container} is not valid for pod ${name}`,
      );
    const c = run
      ? (run.containers.get(container!) ??
        run.initContainers.find((x) => x.spec.name === container))
      : undefined;
    if (!run || !c || ("waiting" in c.state && c.restartCount === 0 && !c.proc))
      throw new StatusError(
        400,
        "BadRequest",
        `container "${container}" in pod "${name}" is waiting to start: ${c && "waiting" in c.state ? c.state.waiting.reason : "ContainerCreating"}`,
      );
    const previous = q.get("previous") === "true";
    let n = c.restartCount;
    if (previous) {
      if (n === 0)
        throw new StatusError(
          400,
          "BadRequest",
          `previous terminated container "${container}" in pod "${name}" not found`,
        );
      n--;
    } else if (!c.proc && "waiting" in c.state && n > 0) n--;
    const file = join(run.dir, "logs", `${container}-${n}.log`);
    let text = existsSync(file) ? readFileSync(file, "utf8") : "";
    const tail = q.get("tailLines");
    if (tail !== null) {
      const lines = text.split("\n");
      const hasTrailing = text.endsWith("\n");
      const body = hasTrailing ? lines.slice(0, -1) : lines;
      text =
        body.slice(Math.max(0, body.length - Number(tail))).join("\n") +
        (hasTrailing && body.length ? "\n" : "");
    }
    res.writeHead(200, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" });
    res.write(text);
    if (q.get("follow") !== "true" || previous) {
      res.end();
      return;
    }
    let offset = existsSync(file) ? statSync(file).size : 0;
    const timer = setInterval(() => {
      if (!existsSync(file)) {
        clearInterval(timer);
        res.end();
        return;
      }
      const size = statSync(file).size;
      if (size > offset) {
        const fd = openSync(file, "r");
        const buf = Buffer.alloc(size - offset);
        readSyncFull(fd, buf, offset);
        closeSync(fd);
        offset = size;
        res.write(buf);
      }
      if (!c.proc) {
        clearInterval(timer);
        res.end();
      }
    }, 200);
    res.on("close", () => clearInterval(timer));
  }
}

function readdirSafe(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}

function readSyncFull(fd: number, buf: Buffer, pos: number): void {
  let off = 0;
  while (off < buf.length) {
    const n = readSync(fd, buf, off, buf.length - off, pos + off);
    if (n <= 0) break;
    off += n;
  }
}

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone.
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * The host paths a container needs (the repository its image maps to, this Node.js's folder)
 * that a mount at one of `dsts` would cover.
 */
export function hostPathsHiddenBy(
  dsts: string[],
  hostPaths: string[] = [REPO_ROOT, dirname(realpathSync(process.execPath))],
): string[] {
  const needed = [...new Set(hostPaths)];
  return needed.filter(
    (h) =>
      !needed.some((o) => o !== h && h.startsWith(o + "/")) &&
      dsts.some((d) => h === d || h.startsWith(d.endsWith("/") ? d : d + "/")),
  );
}
