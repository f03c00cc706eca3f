export const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
