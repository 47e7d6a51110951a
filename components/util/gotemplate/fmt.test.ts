import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatFloatV, sprint, sprintf, sprintln } from "./fmt.ts";

describe("Go fmt", () => {
  it("formats floats for %v like Go (shortest, exponent from 1e21 and below 1e-4)", () => {
    const cases: [number, string][] = [
      [1.5, "1.5"],
      [1e21, "1e+21"],
      [1e20, "1e+20"],
      [1e6, "1e+06"],
      [123456, "123456"],
      [123456789, "1.23456789e+08"],
      [0.0001, "0.0001"],
      [0.00001, "1e-05"],
      [0, "0"],
      [-0, "-0"],
      [0.1 + 0.2, "0.30000000000000004"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "+Inf"],
      [Number.NEGATIVE_INFINITY, "-Inf"],
      [5e-324, "5e-324"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
    ];
    for (const [x, want] of cases) assert.equal(formatFloatV(x), want, String(x));
  });

  it("rounds %e %f %g exactly, half to even on exact ties", () => {
    assert.equal(sprintf("%.4g", [12345]), "1.234e+04");
    assert.equal(sprintf("%.4g", [12355]), "1.236e+04");
    assert.equal(sprintf("%.0f %.0f %.0f", [0.5, 1.5, 2.5]), "0 2 2");
    assert.equal(sprintf("%.2f", [1.005]), "1.00", "1.005 is below the tie in binary");
    assert.equal(sprintf("%.1f", [0.25]), "0.2");
    assert.equal(sprintf("%.3g", [2.5]), "2.5");
    assert.equal(sprintf("%g %g %g", [100000, 1e6, 1e-5]), "100000 1e+06 1e-05");
    assert.equal(sprintf("%e %E", [1234.5678, 0.000123]), "1.234568e+03 1.230000E-04");
    assert.equal(
      sprintf("%f %.3f %8.2f|%-8.2f|%08.2f", [3.25159, 2n, -1.5, 1.5, -1.5]),
      "3.251590 %!f(int=2)    -1.50|1.50    |-0001.50",
    );
    assert.equal(sprintf("%.4g", [0]), "0");
    assert.equal(sprintf("%.4g %v", [Number.POSITIVE_INFINITY, Number.NaN]), "+Inf NaN");
  });

  it("formats integers, strings, booleans and quoting", () => {
    assert.equal(
      sprintf("%d %5d|%-5d|%05d %+d %x %X %o %b %c %U", [
        42n,
        7n,
        7n,
        -42n,
        3n,
        255n,
        255n,
        8n,
        5n,
        65n,
        0x263an,
      ]),
      "42     7|7    |-0042 +3 ff FF 10 101 A U+263A",
    );
    assert.equal(
      sprintf("%s|%10s|%-4s|%.2s|%q|%x", ["hi", "right", "l", "trunc", 'a"b\n', "hi"]),
      'hi|     right|l   |tr|"a\\"b\\n"|6869',
    );
    assert.equal(sprintf("%t %v", [true, false]), "true false");
    assert.equal(sprintf("%q %#q", ["é", "x"]), '"é" `x`');
    assert.equal(sprintf("%%|%v|%v", [[1n, "a"], { b: 2n, a: "x" }]), "%|[1 a]|map[a:x b:2]");
    assert.equal(sprintf("%T %T %T %T", [1n, 1.5, "s", true]), "int float64 string bool");
  });

  it("annotates bad verbs, missing and extra operands like Go", () => {
    assert.equal(sprintf("%d", ["x"]), "%!d(string=x)");
    assert.equal(sprintf("%d", [1.5]), "%!d(float64=1.5)");
    assert.equal(sprintf("%s %s", ["a"]), "a %!s(MISSING)");
    assert.equal(sprintf("x", [1n, "y"]), "x%!(EXTRA int=1, string=y)");
    assert.equal(sprintf("%", []), "%!(NOVERB)");
    assert.equal(sprintf("%[2]s %[1]s", ["a", "b"]), "b a");
    assert.equal(sprintf("%*d|%.*f", [5n, 1n, 2n, 3.25159]), "    1|3.25");
    assert.equal(sprintf("%s", [null]), "%!s(<nil>)");
  });

  it("Sprint separates operands that are not strings; Sprintln always", () => {
    assert.equal(sprint([1n, 2n, "a", "b", 3n, 4.5]), "1 2ab3 4.5");
    assert.equal(sprintln(["a", 1n]), "a 1\n");
  });
});
