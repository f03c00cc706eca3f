// calendar: public exports of this area (listed on purpose).

export { englandAndWalesBankHolidays } from "../_data/bank-holidays.generated.js";
export type { BankHoliday } from "../_data/types.js";
export { addWorkingDays } from "./add-working-days.js";
export { isWorkingDay } from "./is-working-day.js";
export {
  createWorkingDayCalendar,
  englandAndWalesCalendar,
  type WorkingDayCalendar,
} from "./working-day-calendar.js";
export { type WorkingDaysBetweenOptions, workingDaysBetween } from "./working-days-between.js";
