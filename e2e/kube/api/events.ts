/**
 * core/v1 Events and events.k8s.io/v1 Events are two views of one storage, as in Kubernetes:
 * objects are stored in the core form and converted on the way in and out of the
 * events.k8s.io API (regarding/involvedObject, note/message, reportingController/source, the
 * deprecated* counters and timestamps).
 */

function put(o: Record<string, any>, k: string, v: unknown): void {
  if (v !== undefined && v !== null) o[k] = v;
}

/** core/v1 -> events.k8s.io/v1. */
export function coreToEventsV1(o: any): any {
  const e: Record<string, any> = {
    apiVersion: "events.k8s.io/v1",
    kind: "Event",
    metadata: o.metadata,
  };
  e.eventTime = o.eventTime ?? null;
  put(e, "series", o.series);
  put(e, "reportingController", o.reportingComponent || o.source?.component);
  put(e, "reportingInstance", o.reportingInstance || o.source?.host);
  put(e, "action", o.action);
  put(e, "reason", o.reason);
  put(e, "regarding", o.involvedObject);
  put(e, "related", o.related);
  put(e, "note", o.message);
  put(e, "type", o.type);
  put(e, "deprecatedSource", o.source);
  put(e, "deprecatedFirstTimestamp", o.firstTimestamp);
  put(e, "deprecatedLastTimestamp", o.lastTimestamp);
  put(e, "deprecatedCount", o.count);
  return e;
}

/** events.k8s.io/v1 -> core/v1. */
export function eventsV1ToCore(e: any): any {
  const o: Record<string, any> = { apiVersion: "v1", kind: "Event", metadata: e.metadata ?? {} };
  o.involvedObject = e.regarding ?? {};
  put(o, "reason", e.reason);
  put(o, "message", e.note);
  put(o, "type", e.type);
  o.source =
    e.deprecatedSource ?? (e.reportingController ? { component: e.reportingController } : {});
  o.firstTimestamp = e.deprecatedFirstTimestamp ?? null;
  o.lastTimestamp = e.deprecatedLastTimestamp ?? null;
  put(o, "count", e.deprecatedCount);
  put(o, "eventTime", e.eventTime);
  put(o, "series", e.series);
  put(o, "action", e.action);
  put(o, "related", e.related);
  o.reportingComponent = e.reportingController ?? "";
  o.reportingInstance = e.reportingInstance ?? "";
  return o;
}

export function isEventsV1(t: { group: string; kind: string }): boolean {
  return t.group === "events.k8s.io" && t.kind === "Event";
}
