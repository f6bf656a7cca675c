import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { piecesOf } from "../../web/src/features/document/highlight.js";
import { blocsOf } from "../../web/src/shared/blocs.js";
import { dayNumber, dayRange, monthIndexOf, monthText } from "../../web/src/shared/dates.js";
import { parsePeriods, tiesAt } from "../../web/src/shared/memberships.js";

/** The web app's pure pieces: highlight pieces from offsets, dates, ties and blocs on a day. */

describe("highlight pieces", () => {
  it("cut the text at every span boundary, each piece with the spans covering it", () => {
    // "abcdefghij" with spans [2,6) and [4,8): ab | cd | ef | gh | ij
    assert.deepEqual(
      piecesOf(10, [
        { start: 2, end: 6 },
        { start: 4, end: 8 },
      ]),
      [
        { start: 0, end: 2, spans: [] },
        { start: 2, end: 4, spans: [0] },
        { start: 4, end: 6, spans: [0, 1] },
        { start: 6, end: 8, spans: [1] },
        { start: 8, end: 10, spans: [] },
      ],
    );
  });

  it("clamp offsets to the text and leave out empty or inverted spans", () => {
    assert.deepEqual(
      piecesOf(5, [
        { start: 3, end: 99 },
        { start: 2, end: 2 },
        { start: 4, end: 1 },
      ]),
      [
        { start: 0, end: 3, spans: [] },
        { start: 3, end: 5, spans: [0] },
      ],
    );
  });
});

describe("dates for the slider", () => {
  it("cover the days a partial date stands for", () => {
    assert.deepEqual(dayRange("2012-02"), { first: dayNumber(2012, 2, 1), last: dayNumber(2012, 2, 29) });
    assert.deepEqual(dayRange("2012"), { first: dayNumber(2012, 1, 1), last: dayNumber(2012, 12, 31) });
    assert.equal(dayRange("2012-13-01x"), null);
    assert.equal(monthIndexOf("1991-01"), 0);
    assert.equal(monthText(12 * 22 + 5), "2013-06");
  });
});

describe("ties and blocs on a day", () => {
  const periods = parsePeriods(
    [
      { state: "UZB", org: "CSTO", status: "member", from: "2006-08", to: "2012-06-28", claims: "a b" },
      { state: "UZB", org: "CSTO", status: "suspended", from: "2012-06-28", to: null, claims: "b" },
      { state: "UZB", org: "SCO", status: "member", from: "2001-06-15", to: null, claims: "c" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n"),
  );

  it("colour a state by its first bloc, and drop a suspended membership from it", () => {
    assert.equal(blocsOf(tiesAt(periods, dayNumber(2011, 1, 1))).get("UZB"), "CSTO");
    assert.equal(blocsOf(tiesAt(periods, dayNumber(2013, 1, 1))).get("UZB"), "SCO");
    // On the day of the suspension the tie is already suspended.
    const onTheDay = tiesAt(periods, dayNumber(2012, 6, 28)).filter((t) => t.org === "CSTO");
    assert.deepEqual(
      onTheDay.map((t) => t.status),
      ["suspended"],
    );
  });

  it("call a tie uncertain inside the imprecision of its start, and leave it out of the colours", () => {
    const ties = tiesAt(periods, dayNumber(2006, 8, 10)).filter((t) => t.org === "CSTO");
    assert.deepEqual(
      ties.map((t) => [t.status, t.uncertain]),
      [["member", true]],
    );
    assert.equal(blocsOf(tiesAt(periods, dayNumber(2006, 8, 10))).get("UZB"), "SCO");
    assert.deepEqual(
      tiesAt(periods, dayNumber(2006, 7, 31)).map((t) => t.org),
      ["SCO"],
    );
  });
});
