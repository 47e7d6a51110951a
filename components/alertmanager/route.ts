/**
 * The routing tree (dispatch.Route): each node has matchers, a receiver and grouping/timing
 * options inherited from its parent. An alert goes to the deepest matching nodes: children are
 * tried in order and the first match stops the search unless it has `continue: true`; a node whose
 * children all miss is itself the match. A node's key is its parent's key, `/`, and its matchers
 * (`{}` for the root); group keys are `<route key>:<group labels>`.
 */
import type { RouteConfig } from "./amconfig.ts";
import type { LabelSet } from "./labels.ts";
import { type AmMatcher, matchesAll, matchersString } from "./matchers.ts";

const DEFAULT_GROUP_WAIT = 30_000;
const DEFAULT_GROUP_INTERVAL = 5 * 60_000;
const DEFAULT_REPEAT_INTERVAL = 4 * 3_600_000;

export interface RouteOpts {
  receiver: string;
  /** Label names to group by; `all` = group by every label (`...`). */
  groupBy: ReadonlySet<string>;
  groupByAll: boolean;
  groupWait: number;
  groupInterval: number;
  repeatInterval: number;
  muteTimeIntervals: string[];
  activeTimeIntervals: string[];
}

export class Route {
  readonly parent: Route | undefined;
  readonly matchers: AmMatcher[];
  readonly continue: boolean;
  readonly opts: RouteOpts;
  readonly routes: Route[];
  readonly key: string;

  constructor(cfg: RouteConfig, parent: Route | undefined) {
    this.parent = parent;
    this.matchers = cfg.matchers;
    this.continue = cfg.continue;
    const p = parent?.opts;
    const groupBy = cfg.group_by ?? (p ? [...p.groupBy, ...(p.groupByAll ? ["..."] : [])] : []);
    const all = groupBy.includes("...");
    this.opts = {
      receiver: cfg.receiver || p?.receiver || "",
      groupBy: new Set(all ? [] : groupBy),
      groupByAll: all,
      groupWait: cfg.group_wait ?? p?.groupWait ?? DEFAULT_GROUP_WAIT,
      groupInterval: cfg.group_interval ?? p?.groupInterval ?? DEFAULT_GROUP_INTERVAL,
      repeatInterval: cfg.repeat_interval ?? p?.repeatInterval ?? DEFAULT_REPEAT_INTERVAL,
      muteTimeIntervals: cfg.mute_time_intervals,
      activeTimeIntervals: cfg.active_time_intervals,
    };
    this.key = (parent ? `${parent.key}/` : "") + matchersString(this.matchers);
    this.routes = cfg.routes.map((c) => new Route(c, this));
  }

  /** The nodes the alert's labels are routed to. */
  match(ls: LabelSet): Route[] {
    if (!matchesAll(this.matchers, ls)) return [];
    const all: Route[] = [];
    for (const c of this.routes) {
      const m = c.match(ls);
      all.push(...m);
      if (m.length > 0 && !c.continue) break;
    }
    if (all.length === 0) all.push(this);
    return all;
  }

  /** The labels of the alert that form its group on this route. */
  groupLabels(ls: LabelSet): LabelSet {
    if (this.opts.groupByAll) return { ...ls };
    const out: LabelSet = {};
    for (const n of this.opts.groupBy) if (n in ls) out[n] = ls[n];
    return out;
  }

  /** Every node, depth first. */
  walk(fn: (r: Route) => void): void {
    fn(this);
    for (const c of this.routes) c.walk(fn);
  }
}
