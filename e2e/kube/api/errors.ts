/** Kubernetes Status error objects (metav1.Status) with their HTTP codes and reasons. */

export interface Cause {
  reason?: string;
  message: string;
  field?: string;
}

export class StatusError extends Error {
  code: number;
  reason: string;
  details: Record<string, any> | undefined;
  constructor(code: number, reason: string, message: string, details?: Record<string, any>) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
  toStatus(): Record<string, any> {
    const s: Record<string, any> = {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      reason: this.reason,
      code: this.code,
    };
    if (this.details) s.details = this.details;
    return s;
  }
}

/** `<plural>.<group> "name"` as Kubernetes names a resource in messages. */
export function qualified(plural: string, group: string): string {
  return group === "" ? plural : `${plural}.${group}`;
}

export function notFound(plural: string, group: string, name: string): StatusError {
  return new StatusError(404, "NotFound", `${qualified(plural, group)} "${name}" not found`, {
    name,
    group,
    kind: plural,
  });
}

export function alreadyExists(plural: string, group: string, name: string): StatusError {
  return new StatusError(
    409,
    "AlreadyExists",
    `${qualified(plural, group)} "${name}" already exists`,
    { name, group, kind: plural },
  );
}

export function conflict(plural: string, group: string, name: string, why: string): StatusError {
  return new StatusError(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualified(plural, group)} "${name}": ${why}`,
    { name, group, kind: plural },
  );
}

export function invalid(kind: string, group: string, name: string, causes: Cause[]): StatusError {
  const qk = group === "" ? kind : `${kind}.${group}`;
  const list = causes.map((c) => c.message);
  const msg = `${qk} "${name}" is invalid: ${list.length === 1 ? list[0] : `[${list.join(", ")}]`}`;
  return new StatusError(422, "Invalid", msg, {
    name,
    group,
    kind,
    causes: causes.map((c) => ({
      reason: c.reason ?? "FieldValueInvalid",
      message: c.message.replace(/^[^:]*: /, ""),
      field: c.field,
    })),
  });
}

export function badRequest(message: string): StatusError {
  return new StatusError(400, "BadRequest", message);
}

export function gone(message: string): StatusError {
  return new StatusError(410, "Expired", message);
}
