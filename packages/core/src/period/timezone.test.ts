// The period and calendar tests run twice (vitest projects core and core-auckland). This proves the second
// run really is in another zone, and that the date code gives the same answers in both.
import { describe, expect, it } from "vitest";
import { workingDaysBetween } from "../calendar/index.js";
import { financialQuarterOf, financialYearOf, parsePeriod, previousPeriod } from "./index.js";

const zoneOf: Record<string, string> = { core: "Europe/London", "core-auckland": "Pacific/Auckland" };
// Local midnight on 29 Mar 2020: GMT in London (BST starts at 01:00), NZDT (UTC+13) in Auckland.
const offsetOn29Mar2020: Record<string, number> = { "Europe/London": 0, "Pacific/Auckland": -780 };

describe("time zone of the test run", () => {
  it("TZ is set to the project's zone and the host clock observes it", ({ task }) => {
    const project = task.file.projectName ?? "";
    expect(Object.keys(zoneOf)).toContain(project);
    expect(process.env.TZ).toBe(zoneOf[project]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zoneOf[project]);
    expect(new Date(2020, 2, 29).getTimezoneOffset()).toBe(offsetOn29Mar2020[zoneOf[project] as string]);
  });

  it("31 March / 1 April and the clock-change days give the same periods in any zone", () => {
    expect(financialYearOf("2020-03-31").label).toBe("2019/20");
    expect(financialYearOf("2020-04-01").label).toBe("2020/21");
    expect(financialQuarterOf("2020-03-29").label).toBe("Q4 2019/20");
    expect(financialQuarterOf("2020-10-25").label).toBe("Q3 2020/21");
    const q = parsePeriod("Q1 20/21");
    expect(q.ok && [q.period.start, q.period.end, previousPeriod(q.period).end]).toEqual([
      "2020-04-01",
      "2020-06-30",
      "2020-03-31",
    ]);
    // Across the spring and autumn clock changes: Fri 27 Mar → Mon 30 Mar 2020 is 1 working day.
    expect(workingDaysBetween("2020-03-27", "2020-03-30")).toBe(1);
    expect(workingDaysBetween("2020-10-23", "2020-10-26")).toBe(1);
  });
});
