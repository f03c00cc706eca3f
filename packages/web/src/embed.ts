// Entry of the self-contained embed bundle (dist/kpikit-elements.js): defines every element on load.
import { defineKpiElements } from "./elements/define.js";

defineKpiElements();
