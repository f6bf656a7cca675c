import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  joinedDays,
  joinRelativeYears,
  laterDates,
  rangeDay,
  seasonDates,
  shifted,
  storyOrdinalDays,
  storySeasonDates,
  weekdaysAfterDay,
  weekdaysAgreeing,
  weekdaysInRange,
  weekendDates,
  withAnniversaries,
  withOrdinalDays,
} from "./later-dates.js";
import type { TimeMention } from "./time-expressions.js";

/** A time mention of `word`, where it first stands in `text`. */
const at = (text: string, word: string, date: string, relative = false) => ({
  start: text.indexOf(word),
  stop: text.indexOf(word) + word.length,
  text: word,
  date,
  relative,
});

describe("later dates: counted from the story's own date", () => {
  it("moves a date on by days, weeks, months and years, across month and year ends", () => {
    assert.equal(shifted("1999-12-25", 13, "day"), "2000-01-07");
    assert.equal(shifted("2024-02-20", 2, "week"), "2024-03-05");
    assert.equal(shifted("2010-11", 3, "month"), "2011-02");
    assert.equal(shifted("2004-05-09", 2, "year"), "2006");
    // (Years counted keep the month, not the day: "a year later" is seldom to the day.)
    assert.equal(shifted("2004-05-09", 2, "year", true), "2006-05");
    assert.equal(shifted("2001-01", 1, "year", true), "2002-01");
  });

  it("says nothing more precise than its anchor: no day from a month, no month from a year", () => {
    assert.equal(shifted("2010-11", 4, "day"), null);
    assert.equal(shifted("2010", 1, "month"), null);
    assert.equal(shifted("2010", 1, "year"), "2011");
  });

  it("reads the count in words or digits, and 'the following' or 'the next' unit as one", () => {
    const dates = (text: string) => laterDates(text, "2030-06-10").map((d) => d.date);
    assert.deepEqual(dates("Eleven days later the envoys met again."), ["2030-06-21"]);
    assert.deepEqual(dates("Two years later the pact lapsed."), ["2032-06"]);
    assert.deepEqual(dates("The ministers signed it the following month."), ["2030-07"]);
    assert.deepEqual(dates("The next day the border reopened."), ["2030-06-11"]);
    // (A part of the next day is that day.)
    assert.deepEqual(dates("The following evening a missile downed the helicopter."), ["2030-06-11"]);
    assert.deepEqual(dates("The next morning the border reopened."), ["2030-06-11"]);
    assert.deepEqual(dates("4 weeks afterwards the troops left."), ["2030-07-08"]);
    // Half a year more: the year it falls in (June 2030 and two and a half years: 2032-12).
    assert.deepEqual(dates("Two and a half years later came the milk war."), ["2032"]);
    assert.deepEqual(
      laterDates("Two and a half years later came the milk war.", "2030-09").map((d) => d.date),
      ["2033"],
    );
  });

  it("counts back too: 'three days earlier', 'the day before', 'the previous month', 'a year before that'", () => {
    const dates = (text: string) => laterDates(text, "2030-06-10").map((d) => d.date);
    assert.deepEqual(dates("Three days earlier the envoys met."), ["2030-06-07"]);
    assert.deepEqual(dates("The day before, the two presidents had talked."), ["2030-06-09"]);
    assert.deepEqual(dates("The previous month the talks failed."), ["2030-05"]);
    assert.deepEqual(dates("A year before that, Chile left."), ["2029-06"]);
    // ("Two days before it": before the deed just told.)
    assert.deepEqual(dates("Two days before it, Chile left."), ["2030-06-08"]);
    // "before the war" counts from the war, which the reader does not date.
    assert.deepEqual(dates("Two years before the war, they signed."), []);
  });

  it("counts from the last date written before it in the same sentence, else from the narrative", () => {
    const text = "The treaty was signed on 3 March 2031 and ratified two days later.";
    const written = [{ start: text.indexOf("3 March"), date: "2031-03-03" }];
    assert.deepEqual(
      laterDates(text, "2030-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date]),
      [["two days later", "2031-03-05"]],
    );
  });

  it("keeps 'earlier that year', 'later that year' and 'the same year' in the year of the date before", () => {
    const text =
      "The treaty was signed on 3 March 2031; Peru had done so earlier that year and Chile the same year.";
    const written = [{ start: text.indexOf("3 March"), date: "2031-03-03" }];
    assert.deepEqual(
      laterDates(text, "2030-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date]),
      [
        ["earlier that year", "2031"],
        ["the same year", "2031"],
      ],
    );
    assert.deepEqual(
      laterDates("Later that year the pact lapsed.", "2030-06-10").map((d) => d.date),
      ["2030"],
    );
  });

  it("reads 'that year' alone as the narrative's year, but not where the sentence has told a date before it", () => {
    assert.deepEqual(
      laterDates("Peru was granted observer status that year.", "2030-06-10").map((d) => d.date),
      ["2030"],
    );
    assert.deepEqual(
      laterDates("In that year Peru joined.", "2030-06-10").map((d) => d.date),
      ["2030"],
    );
    // ("In January 2031 Peru said it would skip the drills that year": the month says it closer.)
    const text = "In January 2031 Peru said it would skip the drills that year.";
    const written = [{ start: text.indexOf("January"), date: "2031-01" }];
    assert.deepEqual(laterDates(text, "2030-06-10", written), []);
    // ("that year-long dispute": no year of the story.)
    assert.deepEqual(laterDates("Peru ended that year-long dispute.", "2030-06-10"), []);
  });

  it("reads 'the following May' as the first May after the month told, and 'the preceding November' as the last before", () => {
    const text = "Peru applied on 21 December 2030, and the following May Chile objected.";
    const written = [{ start: text.indexOf("21 December"), date: "2030-12-21" }];
    assert.deepEqual(
      laterDates(text, "2029-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date, d.replaces]),
      [["the following May", "2031-05", true]],
    );
    assert.deepEqual(
      laterDates("The following May Chile objected.", "2030-03").map((d) => d.date),
      ["2030-05"],
    );
    assert.deepEqual(
      laterDates("In the preceding November Chile objected.", "2030-03").map((d) => d.date),
      ["2029-11"],
    );
    // (After a year alone, which May is not said.)
    assert.deepEqual(laterDates("The following May Chile objected.", "2030"), []);
  });

  it("keeps 'that month' and 'later that month' in the month of the date before, when it has one", () => {
    const text = "Peru applied on 4 May 2031; Chile objected that month and Bolivia later that month.";
    const written = [{ start: text.indexOf("4 May"), date: "2031-05-04" }];
    assert.deepEqual(
      laterDates(text, "2030-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date]),
      [
        ["that month", "2031-05"],
        ["later that month", "2031-05"],
      ],
    );
    // (A year alone gives no month.)
    assert.deepEqual(laterDates("Chile objected that month.", "2030").length, 0);
  });

  it("reads 'on the 13th' and 'on the 13th and 14th' as days of the story's month, or of the month just named", () => {
    const read = (text: string, times: readonly TimeMention[] = []) =>
      storyOrdinalDays(text, times, "2031-09").map((t) => [t.text, t.date, t.end ?? null]);
    assert.deepEqual(read("Troops struck on the 13th and 14th."), [
      ["13th and 14th", "2031-09-13", "2031-09-14"],
    ]);
    assert.deepEqual(read("On the eighth, the two leaders met."), [["eighth", "2031-09-08", null]]);
    // (A month named just before is the month; "on the first day" is no date.)
    const text = "Back in May, on the 4th, they met.";
    const may = { start: 8, stop: 11, text: "May", date: "2030-05", relative: true };
    assert.deepEqual(read(text, [may]), [["May", "2030-05-04", null]]);
    assert.deepEqual(read("They met on the first day of talks."), []);
    assert.deepEqual(storyOrdinalDays("Troops struck on the 13th.", [], undefined), []);
    // A weekday before the day ("By Friday the 16th"): the day of the story's month, in place
    // of the Friday read alone; kept as read where the story has no month.
    const friday = { start: 3, stop: 9, text: "Friday", date: "2031-09-26", relative: true };
    assert.deepEqual(read("By Friday the 16th tanks were in use.", [friday]), [["16th", "2031-09-16", null]]);
    assert.deepEqual(
      storyOrdinalDays("By Friday the 16th tanks were in use.", [friday], undefined).map((t) => t.date),
      ["2031-09-26"],
    );
    assert.deepEqual(read("A truce held on the evening of the 14th."), [["14th", "2031-09-14", null]]);
  });

  it("reads 'from the 5th to the 10th' as a range of the month named before it, even some way before", () => {
    const text =
      "In August 2030, as the rains came, three armies held a large exercise from the 5th to the 10th.";
    const august = { start: 3, stop: 14, text: "August 2030", date: "2030-08", relative: false };
    assert.deepEqual(
      storyOrdinalDays(text, [august], undefined).map((t) => [t.text, t.date, t.end ?? null]),
      [["August 2030", "2030-08-05", "2030-08-10"]],
    );
    // "From the first" alone names no day.
    assert.deepEqual(storyOrdinalDays("From the first, they disagreed.", [], "2031-09"), []);
  });

  it("puts a weekday told while the story is at a span of days on the day of the span it names", () => {
    const tuesday: TimeMention = { start: 3, stop: 10, text: "Tuesday", date: "2031-03-25", relative: true };
    // 2031-03-17 to 19 is a Monday to Wednesday: "Tuesday" is the 18th.
    const span = { date: "2031-03-17", end: "2031-03-19" };
    assert.deepEqual(
      weekdaysInRange([tuesday], span, "2031-03-28").map((t) => t.date),
      ["2031-03-18"],
    );
    // A day of the span already, a span ending after the day of writing, a weekday the span
    // does not hold, or a weekday told with "last": as it was.
    assert.deepEqual(
      weekdaysInRange([{ ...tuesday, date: "2031-03-18" }], span, "2031-03-28").map((t) => t.date),
      ["2031-03-18"],
    );
    assert.deepEqual(
      weekdaysInRange([tuesday], span, "2031-03-18").map((t) => t.date),
      ["2031-03-25"],
    );
    assert.deepEqual(
      weekdaysInRange([{ ...tuesday, text: "Friday", date: "2031-03-28" }], span, "2031-03-28").map(
        (t) => t.date,
      ),
      ["2031-03-28"],
    );
    assert.deepEqual(
      weekdaysInRange([{ ...tuesday, text: "last Tuesday" }], span, "2031-03-28").map((t) => t.date),
      ["2031-03-25"],
    );
  });

  it("reads 'over the weekend' as the Saturday and Sunday before the day of writing", () => {
    // 2031-06-17 is a Tuesday; 2031-06-15 a Sunday.
    const read = (text: string, written: string) =>
      weekendDates(text, written).map((d) => [text.slice(d.start, d.stop), d.date, d.end]);
    assert.deepEqual(read("The envoy flew to Lima over the weekend.", "2031-06-17"), [
      ["over the weekend", "2031-06-14", "2031-06-15"],
    ]);
    // A paper of Sunday tells of the weekend it is in; "last weekend" likewise.
    assert.deepEqual(read("They met last weekend.", "2031-06-15"), [
      ["last weekend", "2031-06-14", "2031-06-15"],
    ]);
    // A weekend's name, or none: no date.
    assert.deepEqual(read("The weekend's talks failed.", "2031-06-17"), []);
  });

  it("puts a day told with its weekday in the year nearest where that day is that weekday", () => {
    const monday: TimeMention = {
      start: 3,
      stop: 20,
      text: "Monday 13 September",
      date: "2030-09-13",
      relative: false,
    };
    // 13 September is a Friday in 2030 and a Monday in 2032 (and in 2027, further off).
    assert.deepEqual(
      weekdaysAgreeing([monday], "2032-10-20").map((t) => t.date),
      ["2032-09-13"],
    );
    // Not after the day of writing: then 2027's.
    assert.deepEqual(
      weekdaysAgreeing([monday], "2032-09-01").map((t) => t.date),
      ["2027-09-13"],
    );
    // A range moves with its first day.
    assert.deepEqual(
      weekdaysAgreeing([{ ...monday, end: "2030-09-14" }], "2032-10-20").map((t) => [t.date, t.end]),
      [["2032-09-13", "2032-09-14"]],
    );
    // A weekday that agrees, a year written, or no weekday: as it was.
    for (const t of [
      { ...monday, text: "Friday 13 September" },
      { ...monday, text: "Monday 13 September 2030" },
      { ...monday, text: "13 September" },
    ])
      assert.deepEqual(
        weekdaysAgreeing([t], "2032-10-20").map((x) => x.date),
        ["2030-09-13"],
        t.text,
      );
  });

  it("puts a weekday told right after a day weeks before writing on the first such weekday after it", () => {
    // Written on Sunday 2031-10-05; the story at Tuesday 16 September; "Thursday" read from
    // the day of writing is 2 October, more than two weeks on: the 18th.
    const thursday: TimeMention = {
      start: 3,
      stop: 11,
      text: "Thursday",
      date: "2031-10-02",
      relative: true,
    };
    assert.deepEqual(
      weekdaysAfterDay([thursday], "2031-09-16", "2031-10-05").map((t) => t.date),
      ["2031-09-18"],
    );
    // The story's day within two weeks of that Thursday, more than a month before writing, no
    // day told, or "last Thursday": as it was.
    for (const [t, day] of [
      [thursday, "2031-09-20"],
      [thursday, "2031-08-20"],
      [thursday, undefined],
      [{ ...thursday, text: "last Thursday" }, "2031-09-16"],
    ] as const)
      assert.deepEqual(
        weekdaysAfterDay([t], day, "2031-10-05").map((x) => x.date),
        ["2031-10-02"],
        `${t.text} ${day}`,
      );
  });

  it("joins two days running into one span from the first, and no days further apart", () => {
    const text = "They met on Monday and Tuesday, and again on 27 and 30 March.";
    const at = (phrase: string, date: string): TimeMention => ({
      start: text.indexOf(phrase),
      stop: text.indexOf(phrase) + phrase.length,
      text: phrase,
      date,
      relative: true,
    });
    const times = [
      at("Monday", "2031-03-16"),
      at("Tuesday", "2031-03-17"),
      at("27", "2031-03-27"),
      at("30 March", "2031-03-30"),
    ];
    assert.deepEqual(
      joinedDays(text, times).map((t) => [t.text, t.date, t.end ?? null]),
      [
        ["Monday and Tuesday", "2031-03-16", "2031-03-17"],
        ["27", "2031-03-27", null],
        ["30 March", "2031-03-30", null],
      ],
    );
  });

  it("joins 'between' one time 'and' a later one into one span, however far apart", () => {
    const text =
      "Between 24 March and 10 June 2031 aircraft struck, and between May and July 2032 or in 2033 again.";
    const at = (phrase: string, date: string): TimeMention => ({
      start: text.indexOf(phrase),
      stop: text.indexOf(phrase) + phrase.length,
      text: phrase,
      date,
      relative: false,
    });
    const times = [
      at("24 March", "2031-03-24"),
      at("10 June 2031", "2031-06-10"),
      at("May", "2032-05"),
      at("July 2032", "2032-07"),
      at("2033", "2033"),
    ];
    assert.deepEqual(
      joinedDays(text, times).map((t) => [t.text, t.date, t.end ?? null]),
      [
        ["24 March and 10 June 2031", "2031-03-24", "2031-06-10"],
        ["May and July 2032", "2032-05", "2032-07"],
        ["2033", "2033", null],
      ],
    );
    // (Without "between", or with the second time first, two times of their own.)
    const two = "On 24 March and 10 June 2031 aircraft struck.";
    const apart = [
      { start: 3, stop: 11, text: "24 March", date: "2031-03-24", relative: false },
      { start: 16, stop: 28, text: "10 June 2031", date: "2031-06-10", relative: false },
    ];
    assert.equal(joinedDays(two, apart).length, 2);
  });

  it("counts on to a deed told 'two days before' it from the date written before the words", () => {
    const text = "The pact was signed on 22 February 2031, two days before the army crossed the border.";
    const written = [{ start: text.indexOf("22 February"), date: "2031-02-22" }];
    assert.deepEqual(
      laterDates(text, "2030-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date]),
      [["two days before", "2031-02-24"]],
    );
    const months = "In May 2031, three months before the summit opened, the envoy resigned.";
    assert.deepEqual(
      laterDates(months, null, [{ start: months.indexOf("May"), date: "2031-05" }]).map((d) => d.date),
      ["2031-08"],
    );
    // ("A year before, ..." counts back from the story; "two days before that" too.)
    const alone = "It signed on 22 February 2031; two days before that, the army crossed the border.";
    assert.deepEqual(
      laterDates(alone, null, [{ start: alone.indexOf("22 February"), date: "2031-02-22" }]).map(
        (d) => d.date,
      ),
      ["2031-02-20"],
    );
  });

  it("counts from the date 'a week after' names right after the words, told just past that date", () => {
    const text = "A week after the attacks of 11 September 2031, Chile sent troops.";
    const at = text.indexOf("11 September");
    const written = [{ start: at, stop: at + "11 September 2031".length, date: "2031-09-11" }];
    assert.deepEqual(
      laterDates(text, null, written).map((d) => [d.start, d.stop, d.date]),
      [[at + "11 September 2031".length, at + "11 September 2031".length, "2031-09-18"]],
    );
    // "Four days before Peru invaded Chile on 24 February 2031": a deed's clause may come between.
    const before = "Four days before Peru invaded Chile on 24 February 2031, Lima recalled its envoy.";
    const on = before.indexOf("24 February");
    assert.deepEqual(
      laterDates(before, null, [{ start: on, stop: on + "24 February 2031".length, date: "2031-02-24" }]).map(
        (d) => d.date,
      ),
      ["2031-02-20"],
    );
  });

  it("counts back to a deed told 'a week after' it from the date written before the words", () => {
    const text = "Troops left on 13 March 2031, a week after the president asked for help.";
    const written = [{ start: text.indexOf("13 March"), date: "2031-03-13" }];
    assert.deepEqual(
      laterDates(text, "2030-06-10", written).map((d) => [text.slice(d.start, d.stop), d.date]),
      [["a week after", "2031-03-06"]],
    );
    // With no date written before the words, nothing; "to the day after" is the same day.
    assert.deepEqual(laterDates("A week after the vote, troops left.", "2031-03-13"), []);
    const exact = "It left on 13 March 2031, a year to the day after it said it would.";
    assert.deepEqual(laterDates(exact, null, [{ start: exact.indexOf("13 March"), date: "2031-03-13" }]), []);
  });

  it("does not count from a deed it cannot date, nor without any date to count from", () => {
    assert.deepEqual(laterDates("A month after his trip to the capital, he resigned.", "2030-06-10"), []);
    assert.deepEqual(laterDates("Two years later the pact lapsed.", null), []);
  });

  it("always lands after its anchor, at the unit's precision", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom("day" as const, "week" as const, "month" as const, "year" as const),
        (y, m, d, n, unit) => {
          const from = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const to = shifted(from, n, unit);
          assert.ok(to !== null);
          assert.equal(to.length, unit === "year" ? 4 : unit === "month" ? 7 : 10);
          assert.ok(to > from.slice(0, to.length));
        },
      ),
    );
  });
});

describe("seasons", () => {
  it("reads 'this summer', 'last winter', 'next spring' from the day of writing, and 'the summer of 2029' as written", () => {
    const read = (text: string, published = "2031-11-14") =>
      seasonDates(text, published).map((d) => [text.slice(d.start, d.stop), d.date]);
    assert.deepEqual(read("They left this summer."), [["this summer", "2031"]]);
    assert.deepEqual(read("They left last summer."), [["last summer", "2031"]]);
    assert.deepEqual(read("They left last summer.", "2031-04-02"), [["last summer", "2030"]]);
    assert.deepEqual(read("They return next spring."), [["next spring", "2032"]]);
    assert.deepEqual(read("In the summer of 2029 they left."), [["the summer of 2029", "2029"]]);
    // The story's summer, whatever year it is in: not read here.
    assert.deepEqual(read("In the summer they left."), []);
  });

  it("reads 'the following spring' and 'the previous autumn' from the story's date", () => {
    const read = (text: string, story: string | null) =>
      storySeasonDates(text, story).map((d) => [text.slice(d.start, d.stop), d.date]);
    assert.deepEqual(read("The following spring they left.", "2029"), [["The following spring", "2030"]]);
    assert.deepEqual(read("The following spring they left.", "2029-02"), [["The following spring", "2029"]]);
    assert.deepEqual(read("The following autumn they left.", "2029-05-03"), [
      ["The following autumn", "2029"],
    ]);
    assert.deepEqual(read("The previous autumn they left.", "2029-05"), [["The previous autumn", "2028"]]);
    assert.deepEqual(read("The previous spring they left.", "2029-12"), [["The previous spring", "2029"]]);
    assert.deepEqual(read("The following spring they left.", null), []);
    // ("next spring" is counted from the day of writing, by seasonDates: not here too.)
    assert.deepEqual(read("They return next spring.", "2029"), []);
  });
});

describe("a day or month with 'this year' or 'last year' right after it", () => {
  it("is one date, in the year the words give", () => {
    const text = "The union was launched on 1 January this year, and the treaty signed in May of last year.";
    const joined = joinRelativeYears(text, [
      at(text, "1 January", "2032-01-01"),
      at(text, "this year", "2031", true),
      at(text, "May", "2031-05"),
      at(text, "last year", "2030", true),
    ]);
    assert.deepEqual(
      joined.map((t) => [t.text, t.date]),
      [
        ["1 January this year", "2031-01-01"],
        ["May of last year", "2030-05"],
      ],
    );
  });

  it("lends the year of 'last year' to a month after it, or the next year to a month half a year back", () => {
    const text =
      "They applied on 18 May last year, weeks after the invasion in February; talks began in October and ended in January.";
    const joined = joinRelativeYears(text, [
      at(text, "18 May", "2025-05-18"),
      at(text, "last year", "2030", true),
      at(text, "February", "2025-02"),
      at(text, "October", "2025-10"),
      at(text, "January", "2025-01"),
    ]);
    assert.deepEqual(
      joined.map((t) => [t.text, t.date]),
      [
        ["18 May last year", "2030-05-18"],
        ["February", "2030-02"],
        ["October", "2030-10"],
        ["January", "2030-01"],
      ],
    );
    const later = "It signed in October last year and became a member on 2 January.";
    assert.deepEqual(
      joinRelativeYears(later, [
        at(later, "October", "2025-10"),
        at(later, "last year", "2030", true),
        at(later, "2 January", "2025-01-02"),
      ]).map((t) => [t.text, t.date]),
      [
        ["October last year", "2030-10"],
        ["2 January", "2031-01-02"],
      ],
    );
  });

  it("lends the year of a month counted back ('Last June') to the days and later months after it", () => {
    const text =
      "Last June crowds filled the square; police cleared it on 23 June and again in July, as in May 2025.";
    const joined = joinRelativeYears(text, [
      at(text, "June", "2030-06", true),
      at(text, "23 June", "2027-06-23"),
      at(text, "July", "2027-07"),
      at(text, "May 2025", "2025-05"),
    ]);
    assert.deepEqual(
      joined.map((t) => [t.text, t.date]),
      [
        ["June", "2030-06"],
        ["23 June", "2030-06-23"],
        ["July", "2030-07"],
        ["May 2025", "2025-05"],
      ],
    );
    // A month before it is not in that year's stretch; nor is a month not counted back.
    const before = "Last June crowds filled the square, as they had in March.";
    assert.deepEqual(
      joinRelativeYears(before, [at(before, "June", "2030-06", true), at(before, "March", "2027-03")]).map(
        (t) => t.date,
      ),
      ["2030-06", "2027-03"],
    );
    const plain = "In June crowds filled the square; police cleared it on 23 June.";
    assert.deepEqual(
      joinRelativeYears(plain, [at(plain, "June", "2030-06", true), at(plain, "23 June", "2027-06-23")]).map(
        (t) => t.date,
      ),
      ["2030-06", "2027-06-23"],
    );
  });

  it("leaves a date that writes its own year, and words further away, alone", () => {
    const text = "On 1 January 2030 this year began; in May, as last year, it rained.";
    const times = [
      at(text, "1 January 2030", "2030-01-01"),
      at(text, "this year", "2031", true),
      at(text, "May", "2031-05"),
      at(text, "last year", "2030", true),
    ];
    assert.deepEqual(joinRelativeYears(text, times), times);
  });
});

describe("later dates: the same meeting, the same day", () => {
  it("is the date just told, at its precision", () => {
    const text = "Peru was made an observer at the same meeting, and Chile signed the same day.";
    assert.deepEqual(
      laterDates(text, "2031-11-12").map((l) => [text.slice(l.start, l.stop), l.date]),
      [
        ["at the same meeting", "2031-11-12"],
        ["the same day", "2031-11-12"],
      ],
    );
    assert.deepEqual(laterDates("Peru left at the same time.", "2031-11-12"), []);
  });

  it("is the last day told when the story has since named only a month or a year", () => {
    const text = "Chile and Peru met the same day.";
    assert.deepEqual(
      laterDates(text, "2029-09", [], "2031-11-12").map((l) => l.date),
      ["2031-11-12"],
    );
    // (A day written in the sentence itself comes first; with no day told at all, the date told.)
    const written = "On 3 May 2031, in a year of talks, Chile and Peru met the same day.";
    assert.deepEqual(
      laterDates(written, "2029-09", [{ start: 3, date: "2031-05-03" }], "2031-11-12").map((l) => l.date),
      ["2031-05-03"],
    );
    assert.deepEqual(
      laterDates(text, "2029-09").map((l) => l.date),
      ["2029-09"],
    );
    // (A month written in the sentence itself is the date: not a day some sentence before told.)
    const month = "In September 2031 Chile accused Peru; on the same day Bolivia did too.";
    assert.deepEqual(
      laterDates(month, "2029-09", [{ start: 3, date: "2031-09" }], "2031-05-15").map((l) => l.date),
      ["2031-09"],
    );
  });

  it("keeps 'that same week' in the month just told", () => {
    const text = "That same week Chile blamed Peru.";
    assert.deepEqual(
      laterDates(text, "2031-09-19").map((l) => [text.slice(l.start, l.stop), l.date]),
      [["That same week", "2031-09"]],
    );
  });
});

describe("later dates: a range of months before 'last year'", () => {
  it("puts every month of the range or list in the year the words give", () => {
    const text = "Drills ran from late July into August last year, and again in May and June this year.";
    const joined = joinRelativeYears(text, [
      at(text, "late July", "2027-07"),
      at(text, "August", "2027-08"),
      at(text, "last year", "2030", true),
      at(text, "May", "2027-05"),
      at(text, "June", "2027-06"),
      at(text, "this year", "2031", true),
    ]);
    assert.deepEqual(
      joined.map((t) => [t.text, t.date]),
      [
        ["late July", "2030-07"],
        ["August last year", "2030-08"],
        ["May", "2031-05"],
        ["June this year", "2031-06"],
      ],
    );
  });

  it("puts a month told after 'June this year' in that year too, not in the year written before", () => {
    const text = "Sanctions came in October 2029 and grew in June this year, after a crisis in May.";
    const joined = joinRelativeYears(text, [
      at(text, "October 2029", "2029-10"),
      at(text, "June", "2029-06"),
      at(text, "this year", "2031", true),
      at(text, "May", "2029-05"),
    ]);
    assert.deepEqual(
      joined.map((t) => [t.text, t.date]),
      [
        ["October 2029", "2029-10"],
        ["June this year", "2031-06"],
        ["May", "2031-05"],
      ],
    );
  });

  it("leaves a month that the sentence sets apart from the range", () => {
    const text = "In March the talks failed; drills ran in August last year.";
    const joined = joinRelativeYears(text, [
      at(text, "March", "2027-03"),
      at(text, "August", "2027-08"),
      at(text, "last year", "2030", true),
    ]);
    assert.equal(joined[0]?.date, "2027-03");
  });
});

describe("later dates: 'on the 4th' after a month", () => {
  const month = (text: string, written: string, date: string) => {
    const start = text.indexOf(written);
    return { start, stop: start + written.length, text: written, date, relative: false };
  };

  it("is that day of the month the sentence named before it", () => {
    const text = "In July 2031 Chile joined, at the bloc's summit in Lima on the 4th.";
    assert.deepEqual(
      withOrdinalDays(text, [month(text, "July 2031", "2031-07")]).map((t) => t.date),
      ["2031-07-04"],
    );
  });

  it("leaves a day the month does not have, a year, and a sentence with no month before", () => {
    const feb = "In February 2031 Chile joined on the 30th.";
    assert.deepEqual(
      withOrdinalDays(feb, [month(feb, "February 2031", "2031-02")]).map((t) => t.date),
      ["2031-02"],
    );
    const year = "In 2031 Chile joined on the 4th.";
    assert.deepEqual(
      withOrdinalDays(year, [month(year, "2031", "2031")]).map((t) => t.date),
      ["2031"],
    );
    assert.deepEqual(withOrdinalDays("Chile joined on the 4th.", []), []);
  });
});

describe("later dates: 'twenty years ago today'", () => {
  it("is the day of writing that many years back, one date in place of the words read in it", () => {
    const text = "The pact was signed twenty years ago today in Oslo.";
    // (As the time stage reads it: "today" alone.)
    const read = withAnniversaries(text, "2031-05-15", [at(text, "today", "2031-05-15", true)]);
    assert.deepEqual(
      read.map((t) => [t.text, t.date]),
      [["twenty years ago today", "2011-05-15"]],
    );
    const month = "Ten years ago this month, Chile joined.";
    assert.deepEqual(
      withAnniversaries(month, "2031-05-15", [at(month, "this month", "2031-05", true)]).map((t) => [
        t.text,
        t.date,
      ]),
      [["Ten years ago this month", "2021-05"]],
    );
    const night = "Ten years ago tonight, Chile's artillery opened fire.";
    assert.deepEqual(
      withAnniversaries(night, "2031-05-15", [at(night, "tonight", "2031-05-15", true)]).map((t) => t.date),
      ["2021-05-15"],
    );
    // ("Two years ago" alone is left as the time stage read it.)
    const plain = "Two years ago, Chile joined.";
    const two = [at(plain, "Two years ago", "2029", true)];
    assert.deepEqual(withAnniversaries(plain, "2031-05-15", two), two);
  });
});

describe("later dates: 'on the second day', 'on its final day'", () => {
  it("is a day of the range the sentence or the story told, where the sentence opens with it or dated before", () => {
    const story = { date: "2031-05-18", end: "2031-05-20" };
    const second = rangeDay("On the second day the leaders signed a declaration.", [], story);
    assert.equal(second?.date, "2031-05-19");
    assert.equal(rangeDay("On its final day they signed.", [], story)?.date, "2031-05-20");
    const text = "The drills ran from 10 to 20 February 2031, and on their final day the two agreed.";
    const drills = rangeDay(text, [{ start: 14, date: "2031-02-10", end: "2031-02-20" }], null);
    assert.deepEqual(
      [drills?.date, text.slice(drills?.start ?? 0, drills?.stop ?? 0)],
      ["2031-02-20", "on their final day"],
    );
    // (Not in a clause after a deed the sentence did not date, nor past the range, nor with no days.)
    assert.equal(rangeDay("Xi received them, and on the second day they signed.", [], story), undefined);
    assert.equal(rangeDay("On the fifth day they signed.", [], story), undefined);
    assert.equal(rangeDay("On the second day they signed.", [], { date: "2031-05" }), undefined);
  });
});
