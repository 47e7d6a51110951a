import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { HttpError } from "../../util/tenant.ts";
import { decodeInflux, influxName, influxPrecision, parseLine } from "./influx.ts";

const NOW = 1_700_000_000_000;

function samples(text: string, precision: "ns" | "us" | "ms" | "s" = "ns"): string[] {
  const d = decodeInflux(Buffer.from(text), { precision, maxSize: 1 << 20, now: () => NOW });
  const b = d.batch;
  const out: string[] = [];
  for (const s of b.series) {
    const ls = s.labels.map((l) => `${l.name}=${l.value}`).join(",");
    for (let i = s.sampleStart; i < s.sampleStart + s.sampleCount; i++)
      out.push(`${ls}@${b.timestamps[i]}=${b.values[i]}`);
  }
  return out;
}

function status400(text: string): string {
  try {
    decodeInflux(Buffer.from(text), { precision: "ns", maxSize: 1 << 20 });
  } catch (err) {
    assert.ok(err instanceof HttpError);
    assert.equal(err.statusCode, 400);
    return err.message;
  }
  assert.fail(`expected ${JSON.stringify(text)} to fail`);
}

describe("Influx line protocol", () => {
  it("maps fields to series with Mimir's naming", () => {
    assert.deepEqual(
      samples(
        'weather,location=us-midwest,season=summer temperature=82,humidity=71i,ok=true,raining=f,note="hot, dry",big=5u 1465839830100400200',
      ),
      [
        "__mimir_source__=influx,__name__=weather_temperature,location=us-midwest,season=summer@1465839830100=82",
        "__mimir_source__=influx,__name__=weather_humidity,location=us-midwest,season=summer@1465839830100=71",
        "__mimir_source__=influx,__name__=weather_ok,location=us-midwest,season=summer@1465839830100=1",
        "__mimir_source__=influx,__name__=weather_raining,location=us-midwest,season=summer@1465839830100=0",
      ],
    );
  });

  it("uses the measurement alone for the field `value`, sanitises names, skips reserved tags", () => {
    assert.deepEqual(
      samples("disk.io,dev-name=sda,__name__=x,__mimir_source__=y value=1.5e3 1000", "s"),
      ["__mimir_source__=influx,__name__=disk_io,dev_name=sda@1000000=1500"],
    );
    assert.equal(influxName("1abc"), "_1abc");
  });

  it("handles escapes, comments, blank lines, precision and missing timestamps", () => {
    assert.deepEqual(samples("# comment\n\nmy\\ meas,tag\\,key=a\\ b f=1 5\r\nm2 f=2", "ms"), [
      "__mimir_source__=influx,__name__=my_meas_f,tag_key=a b@5=1",
      `__mimir_source__=influx,__name__=m2_f@${NOW}=2`,
    ]);
    assert.deepEqual(samples("m f=1 1500", "us"), ["__mimir_source__=influx,__name__=m_f@1=1"]);
    assert.deepEqual(samples("m f=1 -1500000", "ns"), [
      "__mimir_source__=influx,__name__=m_f@-2=1",
    ]);
  });

  it("rejects malformed lines with 400", () => {
    assert.equal(status400("m"), "can't parse points: unable to parse 'm': missing fields");
    assert.match(status400("m f="), /missing field value/);
    assert.match(status400("m f=abc"), /invalid field format/);
    assert.match(status400('m f="unterminated'), /unbalanced quotes/);
    assert.match(status400("m f=1 notatime"), /bad timestamp/);
    assert.match(status400("m,t f=1"), /missing tag value/);
    assert.match(status400("m f=99999999999999999999i"), /out of range/);
    assert.match(status400(",t=1 f=1"), /missing measurement/);
  });

  it("gzip and precision parameter", () => {
    const d = decodeInflux(gzipSync("m f=1 1"), {
      encoding: "gzip",
      precision: "s",
      maxSize: 1000,
    });
    assert.equal(d.batch.timestamps[0], 1000);
    assert.throws(
      () => decodeInflux(Buffer.from("xx"), { encoding: "gzip", precision: "s", maxSize: 1000 }),
      (e: unknown) => e instanceof HttpError && e.statusCode === 400,
    );
    assert.throws(
      () =>
        decodeInflux(gzipSync("m f=1\n".repeat(1000)), {
          encoding: "gzip",
          precision: "s",
          maxSize: 100,
        }),
      (e: unknown) => e instanceof HttpError && e.statusCode === 413,
    );
    assert.equal(influxPrecision(undefined), "ns");
    assert.throws(() => influxPrecision("h"), /precision supplied is not valid: h/);
  });

  it("parses a line into its parts", () => {
    const p = parseLine('m,a=1 s="x \\" y",n=-2.5 7');
    assert.equal(p.measurement, "m");
    assert.deepEqual(p.tags, [["a", "1"]]);
    assert.deepEqual(p.fields, [
      ["s", { kind: "string", value: 'x " y' }],
      ["n", { kind: "float", value: -2.5 }],
    ]);
    assert.equal(p.timestamp, 7n);
  });
});
