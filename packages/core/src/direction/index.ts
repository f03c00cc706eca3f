// direction: public exports of this area (listed on purpose).
export { directionOfTravel, type DirectionInput, type DirectionResult, type DirectionValue } from "./direction-of-travel.js";
