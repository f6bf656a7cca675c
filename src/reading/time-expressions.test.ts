import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { casual } from "chrono-node";
import fc from "fast-check";
import { findTimeMentions, type TimeMention, windowReadings, wordGateReadings } from "./time-expressions.js";

/** Publication days for the properties below: any day 1990-2030 (to the 28th). */
const REFERENCE_DAYS = fc
  .tuple(
    fc.integer({ min: 1990, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** Publication dates for the properties below: a day of REFERENCE_DAYS, or only its month. */
const REFERENCE_DATES = fc
  .tuple(REFERENCE_DAYS, fc.boolean())
  .map(([day, dayPrecision]) => (dayPrecision ? day : day.slice(0, 7)));

/** Published on a Thursday. */
const REFERENCE = "2012-06-21";

type Row = [text: string, date: string, end?: string];

/** The mentions as [text, date, end?], for short assertions. */
function rows(text: string, reference = REFERENCE, defaultYear?: number): Row[] {
  const options = defaultYear === undefined ? {} : { defaultYear };
  return findTimeMentions(text, reference, options).map((m) =>
    m.end === undefined ? [m.text, m.date] : [m.text, m.date, m.end],
  );
}

function only(text: string, reference = REFERENCE): TimeMention {
  const found = findTimeMentions(text, reference);
  assert.equal(found.length, 1, `one mention in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  const [mention] = found;
  assert.ok(mention !== undefined);
  return mention;
}

describe("findTimeMentions: dates the text gives in full", () => {
  const cases: Array<[string, string, string]> = [
    ["The massacre happened on May 13, 2005 in the east.", "May 13, 2005", "2005-05-13"],
    ["Troops arrived on 13 May 2005 at dawn.", "13 May 2005", "2005-05-13"],
    ["The note was delivered on June 28, 2012, officials said.", "June 28, 2012", "2012-06-28"],
    ["Leaders agreed on Oct. 6, 2007 to create the force.", "Oct. 6, 2007", "2007-10-06"],
    ["On Dec. 10, 2010, the summit closed.", "Dec. 10, 2010", "2010-12-10"],
    ["The general spoke on August 1st, 2012 in Moscow.", "August 1st, 2012", "2012-08-01"],
  ];
  for (const [sentence, phrase, date] of cases) {
    it(`reads "${phrase}" as the day ${date}, not relative`, () => {
      const m = only(sentence);
      assert.equal(m.text, phrase);
      assert.equal(m.date, date);
      assert.equal(m.relative, false);
      assert.equal(sentence.slice(m.start, m.stop), phrase);
    });
  }
});

describe("findTimeMentions: months and years keep their precision", () => {
  it('reads "in May 2005" as the month 2005-05', () => {
    assert.deepEqual(rows("The protests began in May 2005."), [["May 2005", "2005-05"]]);
  });

  it('reads "in October 2011" as the month 2011-10', () => {
    assert.deepEqual(rows("Talks resumed in October 2011 in the capital."), [["October 2011", "2011-10"]]);
  });

  it('reads "since 2003" as the year 2003, leaving "since" out of the span', () => {
    const m = only("The operation has run since 2003.");
    assert.equal(m.text, "2003");
    assert.equal(m.date, "2003");
  });

  it('reads "in 1999 and 2000" as two years', () => {
    assert.deepEqual(rows("The legions were formed in 1999 and 2000 respectively."), [
      ["1999", "1999"],
      ["2000", "2000"],
    ]);
  });

  it('reads "in 2001", "until 2042" and "by 2014" as years', () => {
    assert.deepEqual(rows("Set up in 2001, the base is leased until 2042; troops leave by 2014."), [
      ["2001", "2001"],
      ["2042", "2042"],
      ["2014", "2014"],
    ]);
  });

  it('reads "2009 to 2010" as a range of years', () => {
    assert.deepEqual(rows("From 2009 to 2010, ministers visited often."), [["2009 to 2010", "2009", "2010"]]);
  });

  it("reads other spellings of year ranges", () => {
    assert.deepEqual(rows("The plan for 2009-2010 and the budget for 2011–12 were signed."), [
      ["2009-2010", "2009", "2010"],
      ["2011–12", "2011", "2012"],
    ]);
    assert.deepEqual(rows("Trade fell between 2008 and 2010."), [["2008 and 2010", "2008", "2010"]]);
    assert.deepEqual(rows("The 2012/13 budget passed."), [["2012/13", "2012", "2013"]]);
  });

  it('reads "between September 6-21, 2012" as a range of days', () => {
    assert.deepEqual(rows("The drill was held between September 6-21, 2012 near Almaty."), [
      ["September 6-21, 2012", "2012-09-06", "2012-09-21"],
    ]);
  });

  it('reads "the end of 2010" as its last month, 2010-12', () => {
    assert.deepEqual(rows("Migration has grown since the end of 2010."), [["the end of 2010", "2010-12"]]);
    assert.deepEqual(rows("Talks should end by the end of 2012."), [["the end of 2012", "2012-12"]]);
  });

  it('reads "the beginning of 2011" as 2011-01 and "mid-2011" or "late 2011" as the year', () => {
    assert.deepEqual(rows("Prices rose from the beginning of 2011 to mid-2011 and again in late 2011."), [
      ["the beginning of 2011", "2011-01"],
      ["mid-2011", "2011"],
      ["late 2011", "2011"],
    ]);
  });

  it("reads a month whose year follows a slash or a conjunction with that year", () => {
    assert.deepEqual(rows("The January/February 2013 issue ran it."), [
      ["January", "2013-01"],
      ["February 2013", "2013-02"],
    ]);
    assert.deepEqual(rows("Rallies were held in May and June 2005."), [
      ["May", "2005-05"],
      ["June 2005", "2005-06"],
    ]);
    // ("That May he travelled": the month, not the verb; "that May would" is a name.)
    assert.deepEqual(rows("That May he travelled to Beijing.", REFERENCE, 2005), [["May", "2005-05"]]);
    assert.deepEqual(rows("He warned that May would fall.", REFERENCE, 2005), []);
    assert.deepEqual(rows("He went twice, in January and again in October 2005."), [
      ["January", "2005-01"],
      ["October 2005", "2005-10"],
    ]);
  });

  it("reads two days joined by and as two mentions", () => {
    assert.deepEqual(rows("Envoys met on June 5 and 6, 2011 in Astana."), [
      ["June 5", "2011-06-05"],
      ["6, 2011", "2011-06-06"],
    ]);
    assert.deepEqual(rows("Envoys met on 12 and 13 March 2010."), [
      ["12", "2010-03-12"],
      ["13 March 2010", "2010-03-13"],
    ]);
  });
});

describe("findTimeMentions: dates resolved against the reference", () => {
  it('reads "June 12-13" as days of the reference year, relative', () => {
    const m = only("During his visit on June 12-13, the envoy met officials.");
    assert.deepEqual([m.text, m.date, m.end, m.relative], ["June 12-13", "2012-06-12", "2012-06-13", true]);
  });

  it("reads a span of weekdays as the days from the first to the next of the second, 'last week' in the week before", () => {
    // 28 October 2024 was a Monday.
    assert.deepEqual(rows("From Tuesday to Thursday last week the city hosted the summit.", "2024-10-28"), [
      ["Tuesday to Thursday last week", "2024-10-22", "2024-10-24"],
    ]);
    assert.deepEqual(rows("From Friday to Monday the city hosted the summit.", "2024-10-28"), [
      ["Friday to Monday", "2024-10-25", "2024-10-28"],
    ]);
  });

  it("reads 'this morning' and 'late this afternoon' as the day of writing, and 'the morning' as no date", () => {
    assert.deepEqual(rows("The envoy landed this morning and flies on late this afternoon.", "2024-06-19"), [
      ["this morning", "2024-06-19"],
      ["late this afternoon", "2024-06-19"],
    ]);
    assert.deepEqual(rows("The envoy said the morning talks were calm.", "2024-06-19"), []);
    // (A reference with no day gives no day: "this morning" of 2024-06 is no date told.)
    assert.deepEqual(rows("The envoy landed this morning.", "2024-06"), []);
  });

  it("takes the year of a day or month without one from defaultYear when given", () => {
    assert.deepEqual(rows("During his visit on June 12-13, the envoy met officials.", REFERENCE, 2009), [
      ["June 12-13", "2009-06-12", "2009-06-13"],
    ]);
    const m = findTimeMentions("The clashes came in July.", REFERENCE, { defaultYear: 2010 })[0];
    assert.equal(m?.date, "2010-07");
    assert.equal(m?.relative, false);
  });

  it("puts a month after the day of writing, in the year of writing, in the year before", () => {
    // A paper of 21 June 2012 telling of "December" in its own year tells of December 2011.
    assert.deepEqual(rows("Moscow threatened in December to cut off gas.", REFERENCE, 2012), [
      ["December", "2011-12"],
    ]);
    assert.deepEqual(rows("The talks failed on 25 June.", REFERENCE, 2012), [["25 June", "2011-06-25"]]);
    assert.deepEqual(rows("The talks failed on 20 June.", REFERENCE, 2012), [["20 June", "2012-06-20"]]);
    // A story in an earlier year keeps its months.
    assert.deepEqual(rows("Moscow threatened in December to cut off gas.", REFERENCE, 2009), [
      ["December", "2009-12"],
    ]);
  });

  it("keeps a month after the day of writing in the year of writing when the sentence tells what is to come", () => {
    assert.deepEqual(
      findTimeMentions("The summit to be held in September will adopt a charter.", "2031-06-28", {
        defaultYear: 2031,
      }).map((m) => m.date),
      ["2031-09"],
    );
    assert.deepEqual(
      findTimeMentions("The summit held in September adopted a charter.", "2031-06-28", {
        defaultYear: 2031,
      }).map((m) => m.date),
      ["2030-09"],
    );
    // ("... and they agreed on a plan to end the war": a plan told in the next clause is not the date's.)
    assert.deepEqual(
      findTimeMentions(
        "The ministers met in Lima on 10 September and they agreed on a plan to end the war.",
        "2031-06-28",
        { defaultYear: 2031 },
      ).map((m) => m.date),
      ["2030-09-10"],
    );
    assert.deepEqual(
      findTimeMentions("In September the ministers will sign a charter.", "2031-06-28", {
        defaultYear: 2031,
      }).map((m) => m.date),
      ["2031-09"],
    );
  });

  it('reads "in July" as the month, relative', () => {
    const m = only("The ministers will meet in July.");
    assert.deepEqual([m.text, m.date, m.relative], ["July", "2012-07", true]);
  });

  it('reads "in late July" as the month, keeping "late" in the span', () => {
    assert.deepEqual(rows("Fighting broke out in late July."), [["late July", "2012-07"]]);
    assert.deepEqual(rows("Fighting broke out at the end of July."), [["the end of July", "2012-07"]]);
  });

  it('reads "late May", "early May" and "mid-May" as the month wherever they stand, and "may" the verb as nothing', () => {
    assert.deepEqual(rows("Fighting broke out in late May."), [["late May", "2012-05"]]);
    assert.deepEqual(rows("In early May Georgia recalled its envoy."), [["early May", "2012-05"]]);
    assert.deepEqual(rows("The envoy left by mid-May, and May Day passed quietly."), [
      ["mid-May", "2012-05"],
    ]);
    assert.deepEqual(rows("The talks may resume late in the year."), []);
  });

  it('reads "last May" before a capitalized subject as the month, not the verb', () => {
    assert.deepEqual(
      rows("And last May Russia lifted visas.").map(([, date]) => date),
      ["2012-05"],
    );
  });

  it('reads a weekday "this week" within the reference\'s own week, before or after it', () => {
    // The reference, 2012-06-21, is a Thursday.
    assert.equal(only("On Monday this week, the talks began.").date, "2012-06-18");
    assert.equal(only("On Tuesday this week, envoys met.").date, "2012-06-19");
    assert.equal(only("On Saturday this week, the drills end.").date, "2012-06-23");
  });

  it('reads a weekday "last week" or "next week" as that day of the week before or after', () => {
    // The reference, 2012-06-21, is a Thursday.
    assert.equal(only("On Thursday last week, the talks began.").date, "2012-06-14");
    assert.equal(only("On Monday last week, envoys met.").date, "2012-06-11");
    assert.equal(only("On Friday next week, the drills end.").date, "2012-06-29");
  });

  it('reads "on Thursday this week" as the day, relative', () => {
    const m = only("On Thursday this week, the drills ended.");
    assert.deepEqual([m.text, m.date, m.relative], ["Thursday this week", "2012-06-21", true]);
  });

  it("reads a bare weekday as the latest such day on or before the reference", () => {
    assert.deepEqual(rows("The minister resigned on Monday."), [["Monday", "2012-06-18"]]);
    assert.deepEqual(rows("On Friday, envoys met in Astana."), [["Friday", "2012-06-15"]]);
  });

  it("reads a weekday before the day it names as that day: 'Sunday the third of June'", () => {
    assert.deepEqual(rows("On Sunday the third of June, envoys met in Astana."), [
      ["Sunday the third of June", "2012-06-03"],
    ]);
    assert.deepEqual(rows("On Sunday, the third of June, envoys met."), [
      ["Sunday, the third of June", "2012-06-03"],
    ]);
    // (A weekday and another day apart are two dates.)
    assert.deepEqual(rows("On Monday envoys met, and on 3 June they signed."), [
      ["Monday", "2012-06-18"],
      ["3 June", "2012-06-03"],
    ]);
  });

  it("reads a bare weekday after a future verb as the next such day", () => {
    assert.deepEqual(rows("Envoys will meet in Astana on Friday."), [["Friday", "2012-06-22"]]);
    assert.deepEqual(rows("Talks resume next Friday."), [["next Friday", "2012-06-29"]]);
    assert.deepEqual(rows("The reply is due by Friday."), [["Friday", "2012-06-22"]]);
  });

  it("does not take 'by' naming a doer for a deadline: 'signed by A and B on Monday' is past", () => {
    assert.deepEqual(rows("The pact was signed by Chile and Peru in Lima on Monday."), [
      ["Monday", "2012-06-18"],
    ]);
  });

  it('reads "last year", "this year" and "next year" as years', () => {
    assert.deepEqual(rows("Exports fell last year, rose this year and may fall next year."), [
      ["last year", "2011"],
      ["this year", "2012"],
      ["next year", "2013"],
    ]);
  });

  it('reads "last month", "yesterday" and "earlier this month"', () => {
    assert.deepEqual(rows("Talks stalled last month, resumed earlier this month and ended yesterday."), [
      ["last month", "2012-05"],
      ["earlier this month", "2012-06"],
      ["yesterday", "2012-06-20"],
    ]);
  });

  it("reads a week as its month, not as a day it does not name", () => {
    assert.deepEqual(rows("Envoys met last week."), [["last week", "2012-06"]]);
  });

  it("reads a week across two months as the month of its Thursday", () => {
    // Monday 2 October 2023: last week ran from 25 September to 1 October.
    assert.deepEqual(rows("Envoys met last week.", "2023-10-02"), [["last week", "2023-09"]]);
    // Friday 29 December 2023: next week runs from 1 to 7 January.
    assert.deepEqual(rows("Envoys meet next week.", "2023-12-29"), [["next week", "2024-01"]]);
    // Thursday 31 August 2023: this week runs from 28 August to 3 September.
    assert.deepEqual(rows("Envoys meet this week.", "2023-08-31"), [["this week", "2023-08"]]);
  });

  it("reads weeks counted back from the day of writing as that day", () => {
    assert.deepEqual(rows("Envoys met a week ago."), [["a week ago", "2012-06-14"]]);
    assert.deepEqual(rows("Envoys met two weeks ago."), [["two weeks ago", "2012-06-07"]]);
  });

  it('reads "by the end of the year" against the reference year', () => {
    assert.deepEqual(rows("A deal is expected by the end of the year."), [
      ["the end of the year", "2012-12"],
    ]);
  });

  it("marks every date without a written year as relative, and only those", () => {
    const found = findTimeMentions("Last year, and on May 13, 2005, and yesterday, and in 2001.", REFERENCE);
    assert.deepEqual(
      found.map((m) => [m.text, m.relative]),
      [
        ["Last year", true],
        ["May 13, 2005", false],
        ["yesterday", true],
        ["2001", false],
      ],
    );
  });

  it("is never more precise than a reference of month precision", () => {
    assert.deepEqual(rows("Officials met yesterday and again last month.", "2013-01"), [
      ["yesterday", "2013-01"],
      ["last month", "2012-12"],
    ]);
    assert.deepEqual(rows("This year and last year.", "2013"), [
      ["This year", "2013"],
      ["last year", "2012"],
    ]);
  });

  it("throws on a reference that is not a date (a bug in the caller)", () => {
    assert.throws(() => findTimeMentions("in 2001", "June 2012"), RangeError);
  });
});

describe("findTimeMentions: what is not a date", () => {
  it("skips counts and numbers with separators", () => {
    assert.deepEqual(rows("Over 2,000 troops, 4,200 members and 19,000 police took part."), []);
    assert.deepEqual(rows("Some 2000 soldiers and a 2010-strong unit took part."), []);
    assert.deepEqual(rows("More than 2000 were detained."), []);
    assert.deepEqual(rows("From 1900 to 2000 soldiers and between 1500 and 2000 police."), []);
    assert.deepEqual(rows("The convoy left at 2100 GMT."), []);
  });

  it("reads a year after a month as a date even when a count word follows it", () => {
    assert.deepEqual(rows("On 13 May 2005 troops opened fire."), [["13 May 2005", "2005-05-13"]]);
    assert.deepEqual(rows("In May 2005 soldiers crossed."), [["May 2005", "2005-05"]]);
    assert.deepEqual(rows("On May 13, 2005 troops opened fire."), [["May 13, 2005", "2005-05-13"]]);
    assert.deepEqual(rows("He said that in late 2005 troops left."), [["late 2005", "2005"]]);
    assert.deepEqual(rows("He said that by the end of 2005 soldiers had gone."), [
      ["the end of 2005", "2005-12"],
    ]);
  });

  it("reads a year after a preposition that opens the sentence as a date even when a count word follows", () => {
    assert.deepEqual(rows("In 2014 troops entered the peninsula."), [["2014", "2014"]]);
    assert.deepEqual(rows("The talks failed. By 2005 soldiers had left."), [["2005", "2005"]]);
    // (Inside a clause "in 2000 troops" stays a count: "He sent in 2000 troops.")
    assert.deepEqual(rows("He sent in 2000 troops."), []);
  });

  it("skips ordinals, page numbers, volumes and resolutions", () => {
    assert.deepEqual(rows("The 201st division is based there."), []);
    assert.deepEqual(rows("See Survey, Vol.29, No.2, 2010, pp.155-156."), [["2010", "2010"]]);
    assert.deepEqual(rows("Monitor, Vol.9, No.71, April 10, 2012."), [["April 10, 2012", "2012-04-10"]]);
    assert.deepEqual(rows("UN Resolution 1973 and No. 2001 and pp. 1999-2000."), []);
  });

  it("skips decades, decimals and years out of range", () => {
    assert.deepEqual(rows("In the 1990s output fell by 2012.5 tons; in 1850 and 2150 too."), []);
  });

  it("skips month and weekday words that are not dates here", () => {
    assert.deepEqual(rows("Uzbekistan may join, and troops will march."), []);
    assert.deepEqual(rows("Jan Kubis told The Sun."), []);
  });

  it("reads 9/11 as the day of the attacks, not as a day of some year, and skips durations", () => {
    assert.deepEqual(rows("After the 9/11 attacks, ties grew."), [["9/11", "2001-09-11"]]);
    assert.deepEqual(rows("The shop is open 24/7 and on 19/11."), []);
    assert.deepEqual(rows("Meetings were held in the last year."), []);
    assert.deepEqual(rows("Two years later the base closed, and for a year nothing happened."), []);
    assert.deepEqual(rows("The talks go on now."), []);
  });

  it('keeps "no later than 2014" a year', () => {
    assert.deepEqual(rows("Troops leave no later than 2014."), [["2014", "2014"]]);
  });
});

describe("findTimeMentions: spans and scale", () => {
  it("gives spans that slice the text, in order and disjoint", () => {
    const text =
      "On Thursday this week, envoys met. Since the end of 2010 and in May 2005, June 12-13; from 2009 to 2010, last year.";
    const found = findTimeMentions(text, REFERENCE);
    assert.equal(found.length, 6);
    let previous = 0;
    for (const m of found) {
      assert.equal(text.slice(m.start, m.stop), m.text);
      assert.ok(m.start >= previous);
      previous = m.stop;
    }
  });

  it("counts offsets in UTF-16 code units", () => {
    const text = "Leaders 🤝 met on May 13, 2005.";
    const m = only(text);
    assert.equal(text.slice(m.start, m.stop), "May 13, 2005");
  });

  it("reads a Chinese date line", () => {
    assert.deepEqual(rows("来源 2016年01月27日"), [["2016年01月27日", "2016-01-27"]]);
  });

  it("handles a very long line in bounded time", () => {
    const text = `${"The drills went on. ".repeat(20_000)} in May 2005 ${"year ".repeat(20_000)}${"1".repeat(100_000)}`;
    const t0 = performance.now();
    const found = findTimeMentions(text, REFERENCE);
    assert.ok(found.some((m) => m.date === "2005-05"));
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe("findTimeMentions: months counted from the narrative or from the day of writing", () => {
  it("reads 'last', 'next' and 'this' month names against the reference, whatever year the story is in", () => {
    const at = (text: string) =>
      findTimeMentions(text, "2018-09-19", { defaultYear: 2012 }).map((m) => m.date);
    assert.deepEqual(at("Last September the two armies held drills."), ["2017-09"]);
    assert.deepEqual(at("The ban was lifted last December."), ["2017-12"]);
    assert.deepEqual(at("They meet again next March."), ["2019-03"]);
    assert.deepEqual(at("A summit follows this November."), ["2018-11"]);
    // Without a qualifier the month is in the story's year.
    assert.deepEqual(at("In October the force was set up."), ["2012-10"]);
  });

  it("gives 'that October' the year the sentence has just written", () => {
    const found = findTimeMentions(
      "Formed in June 2009, the force held its first drill that October.",
      "2018-09-19",
      {
        defaultYear: 2014,
      },
    );
    assert.deepEqual(
      found.map((m) => m.date),
      ["2009-06", "2009-10"],
    );
  });

  it("passes over a sentence with no digit and no date word without reading it", () => {
    assert.deepEqual(
      findTimeMentions("The ministers talked for hours about water and borders.", REFERENCE),
      [],
    );
  });
});

describe("findTimeMentions: 'of that year'", () => {
  it("gives 'August of that year' the year the sentence has just written", () => {
    assert.deepEqual(
      findTimeMentions("Sanctions came in 2014, and in August of that year a ban followed.", "2015-08-13", {
        defaultYear: 2010,
      }).map((m) => m.date),
      ["2014", "2014-08"],
    );
  });
});

describe("findTimeMentions: the short cuts taken for speed", () => {
  it("the gates were read off chrono's patterns (re-read them when an update of chrono changes one)", () => {
    // time-expressions.ts skips a chrono parser in a window without what its pattern
    // needs (PARSER_GATES); these are the patterns those needs were read from.
    const read: Record<string, string> = {
      ENYearMonthDayParser: "81d3ba077c548f50",
      ISOFormatParser: "0bcce0e3706dab6a",
      SlashDateFormatParser: "a6ed09881f909e85",
      ENMonthNameLittleEndianParser: "b14d5aad07cecfd3",
      ENMonthNameMiddleEndianParser: "10a66a5b63a78c43",
      ENWeekdayParser: "f6ca32522a7d559f",
      ENSlashMonthFormatParser: "de51617ec404266e",
      ENTimeUnitAgoFormatParser: "1c1d2693b64e895c",
      ENYearMonthNameParser: "a4000dbef75e6165",
      ENCasualDateParser: "a560442935791abd",
      ENEndOfCurrentMonthParser: "c38a0be3488e7399",
      ENMonthNameParser: "e77adf0779401cbd",
      ENRelativeDateFormatParser: "dc016e8d2d8d17ae",
      ENTimeUnitCasualRelativeFormatParser: "346795e6257470a1",
    };
    const context = { option: {}, refDate: new Date(0), reference: { instant: new Date(0) }, text: "" };
    const now: Record<string, string> = {};
    for (const parser of casual.parsers) {
      const name = parser.constructor.name;
      if (!(name in read)) continue;
      const pattern = parser.pattern(context as never);
      now[name] = createHash("sha256")
        .update(`${pattern.source}/${pattern.flags}`)
        .digest("hex")
        .slice(0, 16);
    }
    assert.deepEqual(now, read);
  });

  it("still reads each kind of date chrono finds, with or without a number nearby", () => {
    assert.deepEqual(rows("The accord was signed on 12/06/2012 in Astana."), [["12/06/2012", "2012"]]);
    assert.deepEqual(rows("Talks opened 2012-06-04 and closed on 2012 6 8."), [
      ["2012-06-04", "2012-06-04"],
      ["2012 6 8", "2012-06-08"],
    ]);
    assert.deepEqual(rows("The vote fell on the 21st of June, and again on June twenty-first."), [
      ["21st of June", "2012-06-21"],
      ["June twenty-first", "2012-06-21"],
    ]);
    assert.deepEqual(rows("The pact, signed in 2009 May, lapsed."), [["2009 May", "2009-05"]]);
    assert.deepEqual(rows("The base closed two years ago, and a new one opens at the end of the month."), [
      ["two years ago", "2010"],
      ["the end of the month", "2012-06"],
    ]);
    assert.deepEqual(rows("Envoys arrive tomorrow and leave on Friday, after the weekend."), [
      ["tomorrow", "2012-06-22"],
      ["Friday", "2012-06-15"],
      ["weekend", "2012-06"],
    ]);
    // "The weekend" with no "last" or "this" is the one just past, told as its month.
    assert.deepEqual(
      rows("Over the weekend, the envoys met; at the weekend the talks broke down.", "2016-03-14"),
      [
        ["weekend", "2016-03"],
        ["weekend", "2016-03"],
      ],
    );
    assert.deepEqual(rows("The envoys met during the weekend before the vote.", "2016-04-04"), [
      ["weekend", "2016-04"],
    ]);
    assert.deepEqual(rows("The envoys meet every weekend; on weekends the office is shut."), []);
    assert.deepEqual(rows("Inflation rose last week; the bank meets again next month."), [
      ["last week", "2012-06"],
      ["next month", "2012-07"],
    ]);
  });

  it("reads years after a month, a day, a season or 'of', and no year after a count or a label", () => {
    assert.deepEqual(rows("Around mid-2010 and by the summer of 2011, in the first half of 2012."), [
      ["mid-2010", "2010"],
      ["the summer of 2011", "2011"],
      ["the first half of 2012", "2012"],
    ]);
    assert.deepEqual(rows("It was about 2010 people; no later than 2014; approximately 2003."), [
      ["2014", "2014"],
    ]);
    assert.deepEqual(rows("Not Resolution 2003 nor No . 2004, but March 2, 2016 and 2 March, 2015."), [
      ["March 2, 2016", "2016-03-02"],
      ["2 March, 2015", "2015-03-02"],
    ]);
  });

  it("cuts windows at line ends", () => {
    const text = "Talks ended in\nMay. On 5 June 2012 they met again,\nand in July 2013 too.";
    assert.deepEqual(rows(text), [
      ["5 June 2012", "2012-06-05"],
      ["July 2013", "2013-07"],
    ]);
  });

  it("orders many mentions as few", () => {
    const years = Array.from({ length: 18 }, (_, i) => String(2001 + i));
    const found = rows(`Troops left in ${years.join(", ")}; and on 5 June and 4 June 2012.`);
    assert.deepEqual(
      found.slice(0, 18),
      years.map((y) => [y, y]),
    );
    assert.deepEqual(found.slice(18), [
      ["5 June", "2012-06-05"],
      ["4 June 2012", "2012-06-04"],
    ]);
  });

  it("refuses a reference that is no date only where a date could be, with or without triggerWords", () => {
    assert.deepEqual(findTimeMentions("The ministers talked about water.", "June 2012"), []);
    // A date word, but no word of its own ("_may_"), and no digit: nothing found, still refused.
    assert.throws(() => findTimeMentions("see _may_ notes", "June 2012"), RangeError);
    assert.throws(() => findTimeMentions("see _may_ notes", "June 2012", { triggerWords: true }), RangeError);
    assert.deepEqual(findTimeMentions("see _may_ notes", "June 2012", { triggerWords: false }), []);
    assert.deepEqual(findTimeMentions("see _may_ notes", REFERENCE), []);
  });
});

describe("findTimeMentions: a sentence's own year", () => {
  it("does not give a day the year of an aside that closed before it", () => {
    assert.deepEqual(
      findTimeMentions(
        "Peacekeepers, deployed under the statement of November 2029, did not act; five were killed on 20 September.",
        "2033-12-10",
        { defaultYear: 2031 },
      ).map((m) => m.date),
      ["2029-11", "2031-09-20"],
    );
  });

  it("gives a day or month without a year the year the sentence wrote before it, over the story's", () => {
    assert.deepEqual(
      findTimeMentions(
        "In February 2031 troops arrived for drills that ran from 10 to 20 February.",
        "2033-12-10",
        {
          defaultYear: 2030,
        },
      ).map((m) => [m.date, m.end]),
      [
        ["2031-02", undefined],
        ["2031-02-10", "2031-02-20"],
      ],
    );
    // Without a year before it, the story's year stands; counted from the day of writing, the reference.
    assert.deepEqual(
      findTimeMentions("The drills ran from 10 to 20 February.", "2033-12-10", { defaultYear: 2030 }).map(
        (m) => m.date,
      ),
      ["2030-02-10"],
    );
    assert.deepEqual(
      findTimeMentions("In 2031 they met, and last March they met again.", "2033-12-10", {
        defaultYear: 2030,
      }).map((m) => m.date),
      ["2031", "2033-03"],
    );
  });

  it("lends no year from a year that names a thing ('her 2029 campaign') to a month far on", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-01", { defaultYear: 2031 }).map((m) => [
        m.date,
        m.attributive ?? false,
      ]);
    assert.deepEqual(
      read(
        "The minister had vowed in her 2029 campaign that the depot would go, and in April she told the envoy so.",
      ),
      [
        ["2029", true],
        ["2031-04", false],
      ],
    );
    // A few words on, the month is the named thing's; a year with "in" before it names nothing.
    assert.deepEqual(read("Since the 2029 border war, in May, trade has stopped."), [
      ["2029", true],
      ["2029-05", false],
    ]);
    assert.deepEqual(read("In 2029 the ministers met, and in April they met again."), [
      ["2029", false],
      ["2029-04", false],
    ]);
  });

  it("takes a year after a pact or convention's 'of' as naming it ('the Russian-led pact of 2019')", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-03", {}).map((m) => [m.text, m.attributive ?? false]);
    assert.deepEqual(read("Chile left the Lima Treaty, the regional pact of 2019."), [["2019", true]]);
    assert.deepEqual(read("Peru quit the Andean convention of 2021."), [["2021", true]]);
    assert.deepEqual(read("Peru quit the convention in 2021."), [["2021", false]]);
  });

  it("takes a time in the possessive as naming its thing ('last year's war'), but not a meeting's ('Tuesday's talks')", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-03", {}).map((m) => [m.text, m.attributive ?? false]);
    assert.deepEqual(read("Peru cited last year's war with Bolivia."), [["last year", true]]);
    assert.deepEqual(read("Chile welcomed Tuesday's talks in Lima."), [["Tuesday", false]]);
    assert.deepEqual(read("Chile welcomed the talks on Tuesday."), [["Tuesday", false]]);
  });

  it("takes a month's bare name before a noun as naming its thing ('the February earthquakes'), not 'in February'", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-03", {}).map((m) => [m.text, m.attributive ?? false]);
    assert.deepEqual(read("They met after the devastating February earthquakes."), [["February", true]]);
    assert.deepEqual(read("In February the leaders met."), [["February", false]]);
    assert.deepEqual(read("That February Chile invaded Peru."), [["February", false]]);
    // A meeting a month names is the event itself.
    assert.deepEqual(read("The June summit was tense."), [["June", false]]);
  });

  it("takes a month and year before a noun as naming its thing ('the July 2029 arrangement'), not 'in July 2029'", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-03", {}).map((m) => [m.text, m.attributive ?? false]);
    assert.deepEqual(read("Officials recall the July 2029 arrangement that raised the rent."), [
      ["July 2029", true],
    ]);
    assert.deepEqual(read("Officials cite the bloc's May 2028 Lima declaration."), [["May 2028", true]]);
    assert.deepEqual(read("The ministers met in July 2029 and agreed."), [["July 2029", false]]);
    assert.deepEqual(read("In the July 2029 talks they agreed."), [["July 2029", false]]);
  });

  it("takes a year after an event's noun and 'of' as naming it ('the disputed election of 2029'), not a season's", () => {
    const read = (text: string) =>
      findTimeMentions(text, "2031-07-03", {}).map((m) => [m.text, m.attributive ?? false]);
    assert.deepEqual(read("They spoke for the first time since the disputed election of 2029."), [
      ["2029", true],
    ]);
    assert.deepEqual(read("The Andean Charter of 2027 binds its members."), [["2027", true]]);
    assert.deepEqual(read("Chile and Peru met in the spring of 2029."), [["the spring of 2029", false]]);
    assert.deepEqual(read("Peru voted in the elections in 2029."), [["2029", false]]);
  });
});

/**
 * Windows with a month and at most a day before it are read without chrono (monthForm);
 * on any such window, what that path reads must be what chrono reads, and where the
 * path is not sure it must hand the window to chrono.
 */
describe("findTimeMentions: the month forms read without chrono", () => {
  const before = [
    "",
    "On ",
    "on ",
    "on  ",
    "On\t",
    "in ",
    "In ",
    "that ",
    "Early on ",
    "the end of ",
    "end of the ",
    "upon ",
    "x",
    "é",
    "(",
    "since ",
    "the ",
  ];
  const day = ["", "", "1", "5", "05", "12", "29", "30", "31", "0", "32", "99", "5th", "first", "123"];
  const gap = [" ", " ", "  ", "", "-", " of ", "/", "\u00a0"];
  const month = [
    "January",
    "February",
    "March",
    "May",
    "June",
    "September",
    "December",
    "may",
    "march",
    "MAY",
    "Sept.",
    "Jan",
    "Mar.",
    "Mayor",
    "Decembers",
    "Junes",
  ];
  const after = [
    "",
    ",",
    ".",
    " of that year",
    " of the",
    " and",
    " 2014",
    ", 2014",
    " 0214",
    " 2014 AD",
    " 2014x",
    " 14",
    "-",
    " drivers",
    " (AP)",
    ";",
    "'s",
    " of",
    " in",
    "_x",
  ];
  // Mostly plain words, some that wake another parser or the fallback.
  const words = [
    ...["", "", "", "", "", "", "the", "talks", "Putin", "drivers", "held", "Astana", "the talks,", "(AP)"],
    ...["Sunday", "this", "last", "second", "Marshal", "ago", "now", "week", "a", "2", "in", "on", "end of"],
    ...[
      "remarked",
      "decisive",
      "Marchfirst",
      "Decof",
      "septic",
      "BC",
      "indecisive",
      "inMarch",
      "Mayor",
      "shoot-to-kill",
      "two-day",
      "after",
      "past",
    ],
  ];
  /** One of `list`, the first `plain` of them four times as often as the rest. */
  const oftenFirst = (list: readonly string[], plain: number) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...list.slice(0, plain)), weight: 4 },
      { arbitrary: fc.constantFrom(...list.slice(plain)), weight: 1 },
    );
  const phrase = fc
    .tuple(
      oftenFirst(words, 14),
      fc.constantFrom(...before),
      fc.constantFrom(...day),
      oftenFirst(gap, 2),
      oftenFirst(month, 7),
      oftenFirst(after, 8),
      oftenFirst(words, 14),
    )
    .map(
      ([w1, b, d, g, m, a, w2]) => `${w1}${w1 ? " " : ""}${b}${d}${d ? g : ""}${m}${a}${w2 ? " " : ""}${w2}`,
    );
  const reference = REFERENCE_DATES;

  it("monthForm reads what chrono reads", () => {
    let fast = 0;
    fc.assert(
      fc.property(phrase, reference, (slice, ref) => {
        const read = windowReadings(slice, ref);
        // With or without a fast path, the reader's reading is chrono's with all its parsers.
        assert.deepEqual(read.read, read.chrono, slice);
        if (read.fast === null) return;
        fast++;
        assert.deepEqual(read.fast, read.chrono, slice);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the path, or the property says nothing.
    assert.ok(fast > 500, `${fast} windows took the fast path`);
  });

  it("monthForm reads the common forms", () => {
    for (const slice of [
      "On 2 January, drivers in Zhanaozen, the oil town in",
      "In May, during Putin's state visit to Beijing,",
      "himself on its blacklist that November.",
      "In a message to Tokayev on 7 January, Xi Jinping praised the decisive",
      "announced in Moscow on 3 September 2013, following a meeting with Putin,",
      "the market fell on 12 March 2009 - a date",
    ]) {
      const read = windowReadings(slice, REFERENCE);
      assert.notEqual(read.fast, null, slice);
      assert.deepEqual(read.fast, read.chrono);
    }
  });
});

/**
 * Windows where only chrono's weekday parser matches, once, are read without chrono
 * (weekdayForm), and windows where none of the parsers kept matches give nothing without
 * it: on any such window, what is read must be what chrono reads.
 */
describe("findTimeMentions: the weekday forms read without chrono", () => {
  const before = [
    "",
    "",
    "on ",
    "On ",
    "on  ",
    "(",
    ", ",
    "last ",
    "this ",
    "next ",
    "past ",
    "x",
    "upon ",
    "the ",
  ];
  const day = [
    ...["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ...["friday", "FRIDAY", "Fri", "Wed.", "Thurs", "sun", "weekend", "weekday", "Fridays", "Mondayish"],
  ];
  const after = [
    ...["", "", ",", ".", ")", " (", ";"],
    ...[" this week", " of last week", " next week", " and Tuesday", " to Friday", " 5 June", ", 12 June"],
    ...[" night", "'s", "-", " 2012", " June"],
  ];
  const words = [
    ...["", "", "", "", "the talks", "Putin", "held", "Astana", "the talks,", "(AP)", "drivers"],
    ...["ago", "last", "June", "2", "today", "two weeks", "end of", "the month", "month", "a week", "+3"],
    ...["decisive", "remarked", "after", "the second", "12/06", "mid-May"],
  ];
  const oftenFirst = (list: readonly string[], plain: number) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...list.slice(0, plain)), weight: 4 },
      { arbitrary: fc.constantFrom(...list.slice(plain)), weight: 1 },
    );
  const phrase = fc
    .tuple(
      oftenFirst(words, 11),
      oftenFirst(before, 5),
      oftenFirst(day, 7),
      oftenFirst(after, 7),
      oftenFirst(words, 11),
    )
    .map(([w1, b, d, a, w2]) => `${w1}${w1 ? " " : ""}${b}${d}${a}${w2 ? " " : ""}${w2}`);
  const reference = REFERENCE_DATES;

  it("weekdayForm reads what chrono reads", () => {
    let weekdays = 0;
    let nothing = 0;
    fc.assert(
      fc.property(phrase, reference, (slice, ref) => {
        const read = windowReadings(slice, ref);
        // With or without a fast path, the reader's reading is chrono's with all its parsers.
        assert.deepEqual(read.read, read.chrono, slice);
        if (read.fast === null) return;
        if (read.fast.length === 0) nothing++;
        else if (JSON.stringify(read.fast).includes('"certain":["weekday"]')) weekdays++;
        assert.deepEqual(read.fast, read.chrono, slice);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach both paths, or the property says nothing.
    assert.ok(weekdays > 500, `${weekdays} windows took the weekday path`);
    assert.ok(nothing > 50, `${nothing} windows were read as holding nothing`);
  });

  it("weekdayForm reads the common forms, and every day of the week", () => {
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    for (const ref of ["2012-06-17", "2012-06-18", "2012-06-21", "2012-06-23", "2012-02-29", "2012-12-31"]) {
      for (const name of days) {
        for (const slice of [
          `Vladimir Putin flew into Dushanbe on ${name}, the outcome of his trip had been`,
          `partner, also met Putin in Astana on ${name}.`,
          `(${name}) The talks ended`,
        ]) {
          const read = windowReadings(slice, ref);
          assert.notEqual(read.fast, null, slice);
          assert.deepEqual(read.fast, read.chrono, `${slice} (${ref})`);
        }
      }
    }
  });
});

/**
 * Windows where of the month parsers only chrono's ENMonthNameParser matches, once, are
 * read without chrono (monthNameForm), whatever numbers and ordinal words stand away from
 * the month: on any such window, what is read must be what chrono reads.
 */
describe("findTimeMentions: a month name with other numbers about, read without chrono", () => {
  const before = [
    "",
    "in ",
    "In ",
    "Last ",
    "that ",
    "since ",
    "the end of ",
    "end of the ",
    "x",
    "in",
    "mid-",
  ];
  const month = [
    "December",
    "June",
    "May",
    "September",
    "may",
    "Sept.",
    "Jan",
    "Jan.",
    "march",
    "MAY",
    "Decembers",
  ];
  const after = [
    ...["", " 2014", ", 2014", " of 2014", " of", "-2014", ",", ".", " of that year"],
    ...[" 14", " 1997,", " 300 BC", " 3", " 02014", " '14", "  2014", " 2014th"],
  ];
  const words = [
    ...[
      "",
      "",
      "",
      "Russia offered Kyiv a $15 billion loan",
      "Xi presented him with China's first",
      "the talks",
    ],
    ...["Zapad-2017", "within three months", "a decade", "decisive", "12 June", "on 5 May", "the second"],
    ...["June", "2", "2012", "last year", "ago", "Monday", "12/06", "twenty-first", "+3", "May"],
    ...["$17.4 million", "11-20", "7-8", "1.12.2012", "12/06/2012", "2014-15", "3/4", "5.6.70", "2.5"],
  ];
  const oftenFirst = (list: readonly string[], plain: number) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...list.slice(0, plain)), weight: 4 },
      { arbitrary: fc.constantFrom(...list.slice(plain)), weight: 1 },
    );
  const phrase = fc
    .tuple(
      oftenFirst(words, 6),
      oftenFirst(before, 5),
      oftenFirst(month, 5),
      oftenFirst(after, 9),
      oftenFirst(words, 6),
    )
    .map(([w1, b, m, a, w2]) => `${w1}${w1 ? " " : ""}${b}${m}${a}${w2 ? " " : ""}${w2}`);
  const reference = REFERENCE_DAYS;

  it("monthNameForm reads what chrono reads", () => {
    let withYear = 0;
    let withNumbers = 0;
    fc.assert(
      fc.property(phrase, reference, (slice, ref) => {
        const read = windowReadings(slice, ref);
        // With or without a fast path, the reader's reading is chrono's with all its parsers.
        assert.deepEqual(read.read, read.chrono, slice);
        if (read.fast === null) return;
        assert.deepEqual(read.fast, read.chrono, slice);
        const seen = JSON.stringify(read.fast);
        if (seen.includes('"certain":["year","month"]')) withYear++;
        else if (seen.includes('"certain":["month"]') && /\d|first|second/.test(slice)) withNumbers++;
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the path, or the property says nothing.
    assert.ok(withYear > 300, `${withYear} windows read a month and its year`);
    assert.ok(withNumbers > 300, `${withNumbers} windows read a month with numbers about`);
  });

  it("monthNameForm reads the common forms", () => {
    for (const slice of [
      "Yanukovych from power within three months, and in December 2014 the Ukrainian parliament abandoned",
      "Putin's state visit to Beijing in June, Xi presented him with China's first",
      "Last September Russia and Belarus staged Zapad-2017 on",
      "In December Russia offered Kyiv a $15 billion loan.",
      "on Russia over Ukraine in 2014, and in August of that year Moscow banned most food imports from",
    ]) {
      const read = windowReadings(slice, REFERENCE);
      assert.notEqual(read.fast, null, slice);
      assert.equal(read.fast?.length, 1, slice);
      assert.deepEqual(read.fast, read.chrono);
    }
  });
});

/**
 * A window with one month reading and one day of the week is read without chrono when
 * chrono's refiners would keep the two apart: what is read must be what chrono reads.
 */
describe("findTimeMentions: a month and a day of the week together, read without chrono", () => {
  const months = ["on 13 January", "in June", "on 5 May", "in December 2014", "12 March", "June 3", "in may"];
  const days = ["on Wednesday", "Friday", "(Monday)", "on Sunday,", "last Friday", "Tuesdays"];
  const between = [
    ...[" and the last planes left ", ", and talks ended ", " talks resumed ", "; ", " - "],
    ...["", " ", ", ", " to ", " until ", "-", " through ", " and ", " on "],
  ];
  const words = ["", "", "The pull-out started", "Putin said", "ago", "2", "the second"];
  const oftenFirst = (list: readonly string[], plain: number) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...list.slice(0, plain)), weight: 3 },
      { arbitrary: fc.constantFrom(...list.slice(plain)), weight: 1 },
    );
  const phrase = fc
    .tuple(
      fc.constantFrom(...words),
      oftenFirst(months, 5),
      oftenFirst(between, 5),
      oftenFirst(days, 4),
      fc.boolean(),
      fc.constantFrom(...words),
    )
    .map(([w1, m, b, d, dayFirst, w2]) => [w1, dayFirst ? `${d}${b}${m}` : `${m}${b}${d}`, w2].join(" "));
  const reference = REFERENCE_DAYS;

  it("reads what chrono reads", () => {
    let both = 0;
    fc.assert(
      fc.property(phrase, reference, (slice, ref) => {
        const read = windowReadings(slice, ref);
        assert.deepEqual(read.read, read.chrono, slice);
        if (read.fast === null) return;
        assert.deepEqual(read.fast, read.chrono, slice);
        if (read.fast.length === 2) both++;
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the path, or the property says nothing.
    assert.ok(both > 300, `${both} windows read a month and a day of the week without chrono`);
  });

  it("reads the common form", () => {
    const slice =
      "The pull-out started on 13 January, and the last Russian transport planes left on Wednesday.";
    const read = windowReadings(slice, REFERENCE);
    assert.equal(read.fast?.length, 2);
    assert.deepEqual(read.fast, read.chrono);
  });
});

describe("findTimeMentions: a text the caller knows holds no trigger word", () => {
  it("reads with triggerWords false what it reads without the hint", () => {
    // Numbers with separators and words that are not triggers: what the scan for numbers
    // alone must find as the full scan does.
    const token = fc.constantFrom(
      ...["12/06/2012", "1.5", "17.4", "2014-15", "9/11", "3/4/99", "12-13", "1.12.2012", "12/345", "1/2/3"],
      ...[
        "2012",
        "2009 to 2010",
        "$2",
        "a12/06",
        "12/06x",
        "_12/06",
        "x",
        "the",
        "accord",
        "talks",
        "in",
        "signed",
      ],
      ...[" ", " ", ", ", ". ", "-", "/", "\n", "(", ")"],
    );
    const text = fc.array(token, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(
          findTimeMentions(t, REFERENCE, { triggerWords: false }),
          findTimeMentions(t, REFERENCE),
          t,
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe("findTimeMentions: 'since at least 2016'", () => {
  it("reads a year after 'since at least' or 'until at least', and still no count after 'at least'", () => {
    const years = (text: string) => findTimeMentions(text, "2031-05-15").map((m) => m.date);
    assert.deepEqual(years("Chile has kept a post there since at least 2016."), ["2016"]);
    assert.deepEqual(years("The lease runs until at least 2042."), ["2042"]);
    assert.deepEqual(years("At least 2000 were killed."), []);
  });
});

/**
 * Windows where of chrono's parsers only ENRelativeDateFormatParser matches, once, as "this",
 * "last", "past" or "next" and "year" or "month", are read without chrono (relativeForm): on
 * any such window, what is read must be what chrono reads.
 */
describe("findTimeMentions: 'last year', 'this month' read without chrono", () => {
  const before = ["", "", "", "Earlier ", "in the ", "end of ", "the end of the ", "x", "(", "since "];
  const modifier = ["last", "this", "next", "past", "Last", "THIS", "after this", "after  this", "lastt"];
  const gap = [" ", " ", "  ", "\n", ""];
  const unit = ["year", "month", "Year", "MONTH", "years", "months", "week", "yr", "mo", "quarter", "yearly"];
  const after = [
    "",
    "",
    ".",
    ",",
    " in Bishkek",
    " and last month",
    "'s",
    " 2012",
    " this year",
    "-end",
    "s",
  ];
  const words = ["", "", "", "the talks", "Putin said", "12", "decisive", "ago", "the second", "+3"];
  const phrase = fc
    .tuple(
      fc.constantFrom(...words),
      fc.constantFrom(...before),
      fc.constantFrom(...modifier),
      fc.constantFrom(...gap),
      fc.constantFrom(...unit),
      fc.constantFrom(...after),
      fc.constantFrom(...words),
    )
    .map(([w1, b, m, g, u, a, w2]) => `${w1}${w1 ? " " : ""}${b}${m}${g}${u}${a}${w2 ? " " : ""}${w2}`);

  it("relativeForm reads what chrono reads", () => {
    let relative = 0;
    fc.assert(
      fc.property(phrase, REFERENCE_DATES, (slice, ref) => {
        const read = windowReadings(slice, ref);
        assert.deepEqual(read.read, read.chrono, slice);
        if (read.fast === null) return;
        if (read.fast.length > 0 && JSON.stringify(read.fast).includes('"certain":["year"')) relative++;
        assert.deepEqual(read.fast, read.chrono, `${slice} (${ref})`);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the path, or the property says nothing.
    assert.ok(relative > 500, `${relative} windows took the relative path`);
  });

  it("relativeForm reads the common forms, on every kind of reference day", () => {
    for (const ref of [
      "2012-01-01",
      "2012-01-31",
      "2012-02-29",
      "2012-03-31",
      "2012-12-31",
      "2013-06",
      "2013",
    ]) {
      for (const slice of [
        "Earlier this year Uzbekistan suspended its membership of",
        "Last month in Bishkek, Putin secured a 15-year extension",
        "a declared capital of $1 billion last year.",
        "The base will close next month, officials said",
        "over the past year, the two sides",
        "this month",
      ]) {
        const read = windowReadings(slice, ref);
        assert.notEqual(read.fast, null, slice);
        assert.deepEqual(read.fast, read.chrono, `${slice} (${ref})`);
      }
    }
  });
});

/** The gates' words are found in one scan (wordGates): it must find every gate the patterns one by one find. */
describe("findTimeMentions: the word gates in one scan", () => {
  const pieces = [
    ...[
      "mon",
      "month",
      "months",
      "Monday",
      "last",
      "last night",
      "LAST  NIGHT",
      "lastnight",
      "now",
      "nowed",
      "snow",
    ],
    ...[
      "wed",
      "tue",
      "thu",
      "fri",
      "Africa",
      "sat",
      "sun",
      "week",
      "jan",
      "Dec",
      "decade",
      "september",
      "sept",
    ],
    ...[
      "first",
      "thirteenth",
      "twentieth",
      "second",
      "ago",
      "before",
      "earlier",
      "today",
      "tmr",
      "overmorrow",
    ],
    ...["this", "past", "next", "after", "rafters", "x", " ", "-", "1", "a", "e", "n", "t", "s", "h"],
  ];
  it("finds what the patterns find one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const slice = parts.join("");
        const { scan, oneByOne } = wordGateReadings(slice);
        assert.equal(scan, oneByOne, slice);
      }),
      { numRuns: 20000 },
    );
  });
});
