// direction: public exports of this area (listed on purpose).
export {
  type DirectionInput,
  type DirectionResult,
  type DirectionValue,
  directionOfTravel,
} from "./direction-of-travel.js";
