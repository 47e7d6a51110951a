/**
 * The data notifications are built from (template.Data): the receiver, the group's status
 * ("firing" when any alert fires), its alerts, the group labels, the labels and annotations common
 * to every alert, and the external URL.
 */
import { type LabelSet, fingerprint } from "./labels.ts";
import { type Alert, goTime } from "./types.ts";

export interface TemplateAlert {
  status: "firing" | "resolved";
  labels: LabelSet;
  annotations: LabelSet;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
}

export interface TemplateData {
  receiver: string;
  status: "firing" | "resolved";
  alerts: TemplateAlert[];
  groupLabels: LabelSet;
  commonLabels: LabelSet;
  commonAnnotations: LabelSet;
  externalURL: string;
}

function common(sets: LabelSet[]): LabelSet {
  if (sets.length === 0) return {};
  const out: LabelSet = { ...sets[0] };
  for (const s of sets.slice(1))
    for (const k of Object.keys(out)) if (s[k] !== out[k]) delete out[k];
  return out;
}

/** Alerts whose endsAt is 0 or in the future fire; the others are resolved at `now`. */
export function templateData(
  receiver: string,
  groupLabels: LabelSet,
  alerts: Alert[],
  externalURL: string,
  now: number,
): TemplateData {
  const tas: TemplateAlert[] = alerts.map((a) => ({
    status: a.endsAt !== 0 && a.endsAt <= now ? "resolved" : "firing",
    labels: a.labels,
    annotations: a.annotations,
    startsAt: goTime(a.startsAt),
    endsAt: goTime(a.endsAt),
    generatorURL: a.generatorURL,
    fingerprint: a.fingerprint || fingerprint(a.labels),
  }));
  return {
    receiver,
    status: tas.some((a) => a.status === "firing") ? "firing" : "resolved",
    alerts: tas,
    groupLabels,
    commonLabels: common(alerts.map((a) => a.labels)),
    commonAnnotations: common(alerts.map((a) => a.annotations)),
    externalURL,
  };
}
