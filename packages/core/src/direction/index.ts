// direction: public exports of this area (listed on purpose).
export {
  type ChangeRatingInput,
  type CountedValue,
  defaultChangeBand,
  describeChangeBand,
  rateChange,
} from "./change-rating.js";
export {
  type DirectionInput,
  type DirectionResult,
  type DirectionValue,
  directionOfTravel,
} from "./direction-of-travel.js";
