/**
 * JSON output of the Prometheus HTTP API, byte-for-byte as Prometheus writes it (jsoniter with
 * util/jsonutil's float and timestamp encoders), built as strings so large results do not go
 * through intermediate objects.
 */
import type { Labels } from "../../storage/labels.ts";
import type { QueryValue } from "../../promql/types.ts";

/** Prometheus's jsonutil.MarshalFloat body (without quotes): strconv 'f' or 'e' (|f|<1e-6, >=1e21), shortest. */
export function formatFloat(f: number): string {
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  if (Number.isNaN(f)) return "NaN";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  // JS switches to exponent notation at the same thresholds; Go pads the exponent to 2 digits.
  const s = String(f);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const mant = s.slice(0, e);
  const sign = s[e + 1];
  const digits = s.slice(e + 2);
  return `${mant}e${sign}${digits.length < 2 ? "0" + digits : digits}`;
}

/** Prometheus's jsonutil.MarshalTimestamp: ms as seconds, up to 3 decimals, no rounding. */
export function formatTimestamp(ms: number): string {
  let t = ms;
  let out = "";
  if (t < 0) {
    out = "-";
    t = -t;
  }
  const secs = Math.trunc(t / 1000);
  const frac = t - secs * 1000;
  out += String(secs);
  if (frac !== 0) out += "." + String(frac).padStart(3, "0");
  return out;
}

const HTML_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** A JSON string as Go's encoding/json (HTML-escaping) writes it. */
export function jsonString(s: string): string {
  const j = JSON.stringify(s);
  return /[<>&\u2028\u2029]/.test(j) ? j.replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c]) : j;
}

export function labelsJson(ls: Labels): string {
  let s = "{";
  for (let i = 0; i < ls.length; i++) {
    if (i > 0) s += ",";
    s += jsonString(ls[i].name) + ":" + jsonString(ls[i].value);
  }
  return s + "}";
}

function pointJson(t: number, f: number): string {
  return "[" + formatTimestamp(t) + ',"' + formatFloat(f) + '"]';
}

/** The `data` object of a query response: {"resultType":...,"result":...}, pushed as parts. */
export function queryDataParts(v: QueryValue, out: string[]): void {
  out.push('{"resultType":"', v.type, '","result":');
  switch (v.type) {
    case "vector": {
      out.push("[");
      for (let i = 0; i < v.samples.length; i++) {
        const s = v.samples[i];
        out.push((i > 0 ? ',{"metric":' : '{"metric":') + labelsJson(s.metric) + ',"value":' + pointJson(s.t, s.f) + "}");
      }
      out.push("]");
      break;
    }
    case "matrix": {
      out.push("[");
      for (let i = 0; i < v.series.length; i++) {
        const s = v.series[i];
        let part = (i > 0 ? ',{"metric":' : '{"metric":') + labelsJson(s.metric) + ',"values":[';
        const fl = s.floats;
        for (let j = 0; j < fl.length; j++) {
          if (j > 0) part += ",";
          part += pointJson(fl[j].t, fl[j].f);
          if (part.length > 65536) {
            out.push(part);
            part = "";
          }
        }
        out.push(part + "]}");
      }
      out.push("]");
      break;
    }
    case "scalar":
      out.push(pointJson(v.t, v.f));
      break;
    case "string":
      out.push("[" + formatTimestamp(v.t) + "," + jsonString(v.s) + "]");
      break;
  }
  out.push("}");
}

function stringArray(a: readonly string[]): string {
  let s = "[";
  for (let i = 0; i < a.length; i++) s += (i > 0 ? "," : "") + jsonString(a[i]);
  return s + "]";
}

/** {"status":"success","data":<data>[,"warnings":[...]][,"infos":[...]]} from data parts. */
export function successBody(dataParts: string[], warnings: readonly string[] = [], infos: readonly string[] = []): string {
  let tail = "";
  if (warnings.length > 0) tail += ',"warnings":' + stringArray(warnings);
  if (infos.length > 0) tail += ',"infos":' + stringArray(infos);
  return '{"status":"success","data":' + dataParts.join("") + tail + "}";
}

export function stringListJson(a: readonly string[]): string {
  return stringArray(a);
}

export function errorBody(errorType: string, message: string, warnings: readonly string[] = [], infos: readonly string[] = []): string {
  let s = '{"status":"error","errorType":' + jsonString(errorType) + ',"error":' + jsonString(message);
  if (warnings.length > 0) s += ',"warnings":' + stringArray(warnings);
  if (infos.length > 0) s += ',"infos":' + stringArray(infos);
  return s + "}";
}
