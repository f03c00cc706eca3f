// calendar: public exports of this area (listed on purpose).
export { createWorkingDayCalendar, englandAndWalesCalendar, type WorkingDayCalendar } from "./working-day-calendar.js";
export { workingDaysBetween, type WorkingDaysBetweenOptions } from "./working-days-between.js";
export { isWorkingDay } from "./is-working-day.js";
export { addWorkingDays } from "./add-working-days.js";
export { englandAndWalesBankHolidays, type BankHoliday } from "./bank-holidays.generated.js";
