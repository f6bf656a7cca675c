import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { compatible, fromDayNumber, type PartialDate, partialDate } from "./partial-date.js";
import { periods, sortTransitions, statusAt, type Transition } from "./validity.js";

type Status = "member" | "suspended";

const t = (date: string, status: Status | null, basis: string): Transition<Status, string> => ({
  date: partialDate(date),
  status,
  basis,
});

/** Uzbekistan in the CSTO: joined, withdrew, joined again, suspended. */
const history = [
  t("1992-05-15", "member", "join"),
  t("1999-04-02", null, "withdraw"),
  t("2006-08", "member", "rejoin"),
  t("2012-06-28", "suspended", "suspend"),
];

const at = (date: string) => statusAt(history, partialDate(date));

function certainly(date: string): Status | null {
  const s = at(date);
  if (!s.certain)
    assert.fail(`expected a certain status at ${date}, got possible ${JSON.stringify(s.possible)}`);
  return s.status;
}

describe("statusAt", () => {
  it("has no status before the first transition", () => {
    assert.equal(certainly("1990-01-01"), null);
    assert.equal(at("1990-01-01").since, null);
  });

  it("finds a member between joining and withdrawing, since the join", () => {
    const s = at("1995-01-01");
    assert.deepEqual(s, { certain: true, status: "member", since: history[0] });
  });

  it("finds no status after a withdrawal", () => {
    assert.equal(certainly("1999-06-01"), null);
    assert.equal(at("1999-06-01").since, history[1]);
  });

  it("finds no status before a month-precision rejoin begins", () => {
    assert.equal(certainly("2006-05-01"), null);
  });

  it("is uncertain inside the month of a month-precision rejoin", () => {
    const s = at("2006-08-10");
    assert.equal(s.certain, false);
    if (s.certain) return;
    assert.deepEqual(s.possible, [null, "member"]);
    assert.equal(s.since, history[1]);
    assert.deepEqual(s.pending, [history[2]]);
  });

  it("is certain again once the rejoin's month is over", () => {
    assert.equal(certainly("2006-09-01"), "member");
    assert.equal(certainly("2007"), "member");
    assert.equal(at("2007").since, history[2]);
  });

  it("finds a suspension after it happened", () => {
    assert.equal(certainly("2012-07-01"), "suspended");
  });

  it("lets a transition take effect on its own day", () => {
    assert.equal(certainly("1992-05-14"), null);
    assert.equal(certainly("1992-05-15"), "member");
    assert.equal(certainly("1999-04-01"), "member");
    assert.equal(certainly("1999-04-02"), null);
    assert.equal(certainly("2012-06-27"), "member");
    assert.equal(certainly("2012-06-28"), "suspended");
  });

  it("is uncertain when a year-precision question spans a change", () => {
    const s = at("1999");
    assert.equal(s.certain, false);
    if (s.certain) return;
    assert.deepEqual(s.possible, ["member", null]);
    assert.equal(s.since, history[0]);
    assert.deepEqual(s.pending, [history[1]]);
  });

  it("is certain for a year-precision question that no change falls inside", () => {
    assert.equal(certainly("1995"), "member");
    assert.equal(certainly("2003"), null);
  });

  it("counts a change on the first day of the year asked about as already made", () => {
    const h = [t("2001-01-01", "member", "join")];
    assert.deepEqual(statusAt(h, partialDate("2001")), { certain: true, status: "member", since: h[0] });
  });

  it("lists each possible status once, the earliest first", () => {
    const h = [t("2001-03-01", "member", "a"), t("2001-06-01", null, "b"), t("2001-09-01", "member", "c")];
    const s = statusAt(h, partialDate("2001"));
    assert.equal(s.certain, false);
    if (!s.certain) assert.deepEqual(s.possible, [null, "member"]);
  });

  it("is certain when every change the question spans leaves the status as it was", () => {
    const h = [t("2001-03-01", "member", "a"), t("2001-06-01", "member", "b")];
    assert.equal(statusAt(h, partialDate("2001-06")).certain, true);
  });
});

describe("periods", () => {
  it("makes one period per status held, ending at the next change", () => {
    const p = periods(history);
    assert.deepEqual(
      p.map((x) => [x.status, x.from.basis, x.to?.basis ?? null]),
      [
        ["member", "join", "withdraw"],
        ["member", "rejoin", "suspend"],
        ["suspended", "suspend", null],
      ],
    );
  });

  it("merges a repeated status into the period it continues", () => {
    const h = [
      t("2001-01-01", "member", "join"),
      t("2003-01-01", "member", "confirmed"),
      t("2005-01-01", "suspended", "suspend"),
    ];
    assert.deepEqual(
      periods(h).map((x) => [x.status, x.from.basis, x.to?.basis ?? null]),
      [
        ["member", "join", "suspend"],
        ["suspended", "suspend", null],
      ],
    );
  });

  it("makes no period of an absence", () => {
    const h = [t("2001-01-01", null, "withdraw"), t("2002-01-01", null, "withdraw again")];
    assert.deepEqual(periods(h), []);
  });

  it("has no periods for an empty history", () => {
    assert.deepEqual(periods([]), []);
  });
});

describe("statusAt over random histories", () => {
  const statuses = fc.constantFrom<Status | null>("member", "suspended", null);
  /** Days spread over about three years from 2000-01-01 (day 10957). */
  const day = fc.integer({ min: 10957, max: 10957 + 1100 });
  const dayTransition = fc
    .record({ day, status: statuses, basis: fc.nat() })
    .map(
      ({ day, status, basis }): Transition<Status, number> => ({ date: fromDayNumber(day), status, basis }),
    );

  const anyDate = fc.oneof(
    day.map(fromDayNumber),
    day.map((d) => partialDate(fromDayNumber(d).text.slice(0, 7))),
    day.map((d) => partialDate(fromDayNumber(d).text.slice(0, 4))),
  );
  const anyTransition = fc
    .record({ date: anyDate, status: statuses, basis: fc.nat() })
    .map((x): Transition<Status, number> => x);

  it("is certain with day-precision changes and a day question, and agrees with replaying the history", () => {
    fc.assert(
      fc.property(fc.array(dayTransition, { maxLength: 12 }), day, (raw, q) => {
        const sorted = sortTransitions(raw);
        let status: Status | null = null;
        let since: Transition<Status, number> | null = null;
        for (const x of sorted) {
          if (x.date.first <= q) {
            status = x.status;
            since = x;
          }
        }
        assert.deepEqual(statusAt(sorted, fromDayNumber(q)), { certain: true, status, since });
      }),
    );
  });

  it("never throws for a sorted history of any precision and a question of any precision", () => {
    fc.assert(
      fc.property(fc.array(anyTransition, { maxLength: 12 }), anyDate, (raw, q) => {
        statusAt(sortTransitions(raw), q);
      }),
    );
  });

  it("is uncertain only when some change's interval overlaps the question", () => {
    fc.assert(
      fc.property(fc.array(anyTransition, { maxLength: 12 }), anyDate, (raw, q: PartialDate) => {
        const sorted = sortTransitions(raw);
        const s = statusAt(sorted, q);
        if (s.certain) return;
        assert.ok(sorted.some((x) => compatible(x.date, q)));
        assert.ok(s.pending.length > 0);
        for (const p of s.pending) assert.ok(compatible(p.date, q), `${p.date.text} is pending at ${q.text}`);
        assert.ok(s.possible.length >= 2);
      }),
    );
  });
});
