// calendar: public exports of this area (listed on purpose).

export { addWorkingDays } from "./add-working-days.js";
export { type BankHoliday, englandAndWalesBankHolidays } from "./bank-holidays.generated.js";
export { isWorkingDay } from "./is-working-day.js";
export {
  createWorkingDayCalendar,
  englandAndWalesCalendar,
  type WorkingDayCalendar,
} from "./working-day-calendar.js";
export { type WorkingDaysBetweenOptions, workingDaysBetween } from "./working-days-between.js";
