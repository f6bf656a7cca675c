import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  compareDates,
  compatible,
  dayNumber,
  narrower,
  type Order,
  type PartialDate,
  parsePartialDate,
  partialDate,
  sortOrder,
} from "./partial-date.js";

const DAY_MS = 86_400_000;
/** The oracle for day numbers: JavaScript's own UTC calendar. */
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const yearText = (y: number): string => pad(y, 4);
const monthText = (y: number, m: number): string => `${yearText(y)}-${pad(m, 2)}`;
const dayTextOf = (y: number, m: number, d: number): string => `${monthText(y, m)}-${pad(d, 2)}`;

/** A calendar day, drawn over the years the type supports. */
const calendarDay = (minYear = 1000, maxYear = 9999) =>
  fc
    .record({ y: fc.integer({ min: minYear, max: maxYear }), m: fc.integer({ min: 1, max: 12 }) })
    .chain(({ y, m }) => fc.integer({ min: 1, max: monthLength(y, m) }).map((d) => ({ y, m, d })));

/** The text of a valid date of any precision. */
const dateText = (minYear = 1000, maxYear = 9999) =>
  fc.oneof(
    fc.integer({ min: minYear, max: maxYear }).map(yearText),
    fc
      .record({ y: fc.integer({ min: minYear, max: maxYear }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => monthText(y, m)),
    calendarDay(minYear, maxYear).map(({ y, m, d }) => dayTextOf(y, m, d)),
  );

/** Dates crowded into a few years, so that their intervals often overlap. */
const crowdedDate = dateText(2004, 2006).map(partialDate);

const reversed = (o: Order): Order => (o === "before" ? "after" : o === "after" ? "before" : o);

function parsed(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) assert.fail(`expected "${text}" to parse, got ${r.error.message}`);
  return r.value;
}

describe("parsePartialDate", () => {
  it("reads a year as every day of that calendar year", () => {
    const d = parsed("2006");
    assert.equal(d.precision, "year");
    assert.equal(d.text, "2006");
    assert.equal(d.first, utcDay(2006, 1, 1));
    assert.equal(d.last, utcDay(2006, 12, 31));
  });

  it("reads a month as every day of that month", () => {
    const d = parsed("2006-08");
    assert.equal(d.precision, "month");
    assert.equal(d.first, utcDay(2006, 8, 1));
    assert.equal(d.last, utcDay(2006, 8, 31));
  });

  it("ends February on the 29th in a leap year and the 28th otherwise", () => {
    assert.equal(parsed("2012-02").last, utcDay(2012, 2, 29));
    assert.equal(parsed("2011-02").last, utcDay(2011, 2, 28));
  });

  it("reads a day as a single day", () => {
    const d = parsed("2006-08-16");
    assert.equal(d.precision, "day");
    assert.equal(d.first, utcDay(2006, 8, 16));
    assert.equal(d.last, d.first);
  });

  it("counts days from 1970-01-01", () => {
    assert.equal(parsed("1970-01-01").first, 0);
    assert.equal(parsed("1970-01-02").first, 1);
    assert.equal(parsed("1969-12-31").first, -1);
  });

  it("accepts the leap day of a leap year", () => {
    assert.equal(parsed("2012-02-29").first, utcDay(2012, 2, 29));
  });

  it("accepts 29 February 2000, a century divisible by 400", () => {
    assert.equal(parsed("2000-02-29").first, utcDay(2000, 2, 29));
  });

  for (const bad of [
    "2012-02-30",
    "2011-02-29",
    "1900-02-29",
    "2012-13",
    "2012-00",
    "2012-04-31",
    "2012-01-00",
  ]) {
    it(`rejects the impossible date "${bad}" with invalid_date naming the value`, () => {
      const r = parsePartialDate(bad);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, "invalid_date");
      assert.ok(r.error.message.includes(`"${bad}"`), r.error.message);
      assert.deepEqual(r.error.data, { value: bad });
    });
  }

  for (const bad of [
    "12-07-2012",
    "",
    "2012-7-1",
    "2012-07-1",
    "2012/07/01",
    "July 2012",
    "20120701",
    "2012-07-01T00:00",
  ]) {
    it(`rejects the malformed text "${bad}" with invalid_date naming the value`, () => {
      const r = parsePartialDate(bad);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, "invalid_date");
      assert.ok(r.error.message.includes(`"${bad}"`), r.error.message);
      assert.deepEqual(r.error.data, { value: bad });
      assert.ok(r.error.hint, "a rejected date says how to write one");
    });
  }

  it("rejects years before 1000", () => {
    const r = parsePartialDate("0999");
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, "invalid_date");
  });

  it("gives back the text of every valid date it reads", () => {
    fc.assert(
      fc.property(dateText(), (text) => {
        assert.equal(parsed(text).text, text);
      }),
    );
  });

  it("places every valid day where the UTC calendar does", () => {
    fc.assert(
      fc.property(calendarDay(), ({ y, m, d }) => {
        const p = parsed(dayTextOf(y, m, d));
        assert.equal(p.first, utcDay(y, m, d));
        assert.equal(p.last, p.first);
      }),
    );
  });

  it("covers a month from its first to its last calendar day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const p = parsed(monthText(y, m));
        assert.equal(p.first, utcDay(y, m, 1));
        assert.equal(p.last, utcDay(y, m, monthLength(y, m)));
      }),
    );
  });

  it("rejects the day after the last day of any month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const text = dayTextOf(y, m, monthLength(y, m) + 1);
        const r = parsePartialDate(text);
        assert.equal(r.ok, false);
        if (!r.ok) assert.equal(r.error.code, "invalid_date");
      }),
    );
  });

  it("never starts a date after it ends", () => {
    fc.assert(
      fc.property(dateText(), (text) => {
        const p = parsed(text);
        assert.ok(p.first <= p.last);
      }),
    );
  });
});

describe("partialDate", () => {
  it("throws on a value that should have been validated", () => {
    assert.throws(() => partialDate("2012-02-30"), /2012-02-30/);
  });
});

describe("compareDates", () => {
  const cmp = (a: string, b: string) => compareDates(partialDate(a), partialDate(b));

  it("cannot order a year against a day inside it", () => {
    assert.equal(cmp("2006", "2006-08-15"), "unknown");
    assert.equal(cmp("2006-08-15", "2006"), "unknown");
  });

  it("orders a month before a day of a later month", () => {
    assert.equal(cmp("2006-07", "2006-08-15"), "before");
    assert.equal(cmp("2006-08-15", "2006-07"), "after");
  });

  it("calls one day against itself the same", () => {
    assert.equal(cmp("2006-08-15", "2006-08-15"), "same");
  });

  it("does not call one year against itself the same: two events in 2006 have an unknown order", () => {
    assert.equal(cmp("2006", "2006"), "unknown");
  });

  it("orders adjacent days and adjacent years", () => {
    assert.equal(cmp("2006-12-31", "2007-01-01"), "before");
    assert.equal(cmp("2006", "2007"), "before");
    assert.equal(cmp("2006-12", "2006-12-31"), "unknown");
  });

  it("cannot order a coarser date against any finer date inside it; two such days are the same", () => {
    const inside = fc.integer({ min: 1000, max: 9999 }).chain((y) =>
      fc.record({
        y: fc.constant(y),
        offset: fc.integer({ min: 0, max: isLeap(y) ? 365 : 364 }),
        precision: fc.constantFrom("month", "day"),
      }),
    );
    fc.assert(
      fc.property(inside, ({ y, offset, precision }) => {
        const day = new Date(Date.UTC(y, 0, 1 + offset));
        const m = day.getUTCMonth() + 1;
        const finer = parsed(precision === "month" ? monthText(y, m) : dayTextOf(y, m, day.getUTCDate()));
        const year = parsed(yearText(y));
        assert.ok(compatible(year, finer));
        assert.ok(compatible(finer, year));
        assert.equal(compareDates(year, finer), "unknown");
        assert.equal(compareDates(finer, year), "unknown");
        if (precision === "day") {
          const month = parsed(monthText(y, m));
          assert.ok(compatible(month, finer));
          assert.equal(compareDates(month, finer), "unknown");
          assert.equal(compareDates(finer, parsed(finer.text)), "same");
        }
      }),
    );
  });

  it("says 'same' only for two equal days", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        const same = compareDates(a, b) === "same";
        assert.equal(same, a.precision === "day" && b.precision === "day" && a.first === b.first);
      }),
    );
  });

  it("answers the mirror image when the dates are swapped", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        assert.equal(compareDates(b, a), reversed(compareDates(a, b)));
      }),
    );
  });

  it("answers 'unknown' or 'same' exactly when the dates are compatible", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        const o = compareDates(a, b);
        assert.equal(o === "unknown" || o === "same", compatible(a, b));
      }),
    );
  });

  it("keeps 'before' transitive", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, crowdedDate, (a, b, c) => {
        fc.pre(compareDates(a, b) === "before" && compareDates(b, c) === "before");
        assert.equal(compareDates(a, c), "before");
      }),
    );
  });
});

describe("sortOrder", () => {
  it("puts the wider of two dates starting on the same day second", () => {
    assert.ok(sortOrder(partialDate("2006-01-01"), partialDate("2006-01")) < 0);
    assert.ok(sortOrder(partialDate("2006-01"), partialDate("2006")) < 0);
    assert.ok(sortOrder(partialDate("2006"), partialDate("2006-01-01")) > 0);
  });

  it("is zero only for the same date", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        assert.equal(sortOrder(a, b) === 0, a.text === b.text);
      }),
    );
  });

  it("is antisymmetric", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        assert.equal(Math.sign(sortOrder(a, b)) + Math.sign(sortOrder(b, a)), 0);
      }),
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, crowdedDate, (a, b, c) => {
        fc.pre(sortOrder(a, b) < 0 && sortOrder(b, c) < 0);
        assert.ok(sortOrder(a, c) < 0);
      }),
    );
  });

  it("sorts a date that is certainly before another ahead of it", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        if (compareDates(a, b) === "before") assert.ok(sortOrder(a, b) < 0);
        if (compareDates(a, b) === "after") assert.ok(sortOrder(a, b) > 0);
      }),
    );
  });
});

describe("narrower", () => {
  it("picks the more precise of two compatible dates, whichever comes first", () => {
    assert.equal(narrower(partialDate("2006-08"), partialDate("2006-08-16")).text, "2006-08-16");
    assert.equal(narrower(partialDate("2006-08-16"), partialDate("2006")).text, "2006-08-16");
  });

  it("picks the first argument when both are as wide", () => {
    const a = partialDate("2006-03");
    const b = partialDate("2007-03");
    assert.equal(narrower(a, b), a);
  });

  it("returns one of its arguments, never wider than either", () => {
    fc.assert(
      fc.property(crowdedDate, crowdedDate, (a, b) => {
        const n = narrower(a, b);
        assert.ok(n === a || n === b);
        assert.ok(n.last - n.first <= a.last - a.first);
        assert.ok(n.last - n.first <= b.last - b.first);
      }),
    );
  });
});

describe("dayNumber", () => {
  it("counts the days Date.UTC counts, overflowing months and days included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: -30, max: 40 }),
        fc.integer({ min: -40, max: 70 }),
        (y, m, d) => {
          // Date.UTC reads years 0-99 as 1900-1999; every year here is past that.
          assert.equal(dayNumber(y, m, d), utcDay(y, m, d), `${y}-${m}-${d}`);
        },
      ),
      { numRuns: 5000 },
    );
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28), 2, "2000 is a leap year");
    assert.equal(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28), 1, "1900 is not");
  });
});
