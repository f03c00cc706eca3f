// Internal: one CIN census <Child>: identifiers (never quoted in messages), characteristics and its referrals.

import { CIN_CODES } from "../cin-codes.js";
import type { CinChild } from "../cin-types.js";
import type { XmlElement } from "../xml-reader.js";
import { kept, list, ownCopy, type Path, type Reader, str } from "./block-reader.js";
import { checkValueYear } from "./code-years.js";
import { readReferral } from "./referral.js";

export function readChild(r: Reader, el: XmlElement, position: number): CinChild {
  const where = `child ${position} (line ${el.line})`;
  const path: Path = ["Message", "Children", "Child", position];
  const top = r.block(el, path, where, {}, ["ChildIdentifiers", "ChildCharacteristics", "CINdetails"]);
  const only = (name: string): XmlElement | undefined => {
    const list = top.nested.get(name);
    if (!list || list.length === 0) {
      r.report(
        el,
        [...path, name],
        "cin-missing-element",
        "error",
        `<${name}> is required in ${where} but is missing.`,
      );
      return undefined;
    }
    for (const extra of list.slice(1))
      r.report(
        extra,
        [...path, name],
        "cin-repeated-element",
        "warning",
        `<${name}> appears more than once in ${where}; the first is used.`,
      );
    return list[0];
  };
  const idEl = only("ChildIdentifiers");
  const idPath = [...path, "ChildIdentifiers"];
  const ids = idEl
    ? r.block(idEl, idPath, where, {
        LAchildID: { kind: "text", required: true, identifier: true },
        UPN: { kind: "upn", identifier: true },
        FormerUPN: { kind: "upn", identifier: true },
        UPNunknown: { kind: CIN_CODES.upnUnknown },
        PersonBirthDate: { kind: "date", identifier: true },
        ExpectedPersonBirthDate: { kind: "date", identifier: true },
        Sex: { kind: CIN_CODES.sex, identifier: true },
        GenderCurrent: { kind: CIN_CODES.sex, identifier: true },
        PersonDeathDate: { kind: "date", identifier: true },
      }).values
    : {};
  if (
    idEl &&
    ids.Sex == null &&
    ids.GenderCurrent == null &&
    !idEl.children.some((c) => c.name === "Sex" || c.name === "GenderCurrent")
  ) {
    r.report(
      idEl,
      [...idPath, "Sex"],
      "cin-missing-element",
      "error",
      `<Sex> (or <GenderCurrent> before 2025) is required in ${where} but is missing.`,
    );
  }
  checkValueYear(r, idEl, idPath, where, "Sex");
  checkValueYear(r, idEl, idPath, where, "GenderCurrent");
  const birth = str(ids.PersonBirthDate);
  const death = str(ids.PersonDeathDate);
  if (r.dfeChecks && idEl && birth !== null && death !== null && death < birth)
    r.report(
      idEl.children.find((c) => c.name === "PersonDeathDate") ?? idEl,
      [...idPath, "PersonDeathDate"],
      "cin-death-before-birth",
      "error",
      `<PersonDeathDate> is before <PersonBirthDate> in ${where}.`,
    );
  const chEl = only("ChildCharacteristics");
  const chPath = [...path, "ChildCharacteristics"];
  const disabilities: string[] = [];
  let ethnicity: string | null = null;
  if (chEl) {
    const ch = r.block(
      chEl,
      chPath,
      where,
      { Ethnicity: { kind: CIN_CODES.ethnicity, required: true, identifier: true } },
      ["Disabilities"],
    );
    ethnicity = str(ch.values.Ethnicity);
    (ch.nested.get("Disabilities") ?? []).forEach((disEl, i) => {
      const disPath = [...chPath, "Disabilities", i + 1];
      list(r, disEl, disPath, where, "Disability", CIN_CODES.disability, disabilities, true);
    });
  }
  const detailEls = top.nested.get("CINdetails") ?? [];
  if (detailEls.length === 0)
    r.report(
      el,
      [...path, "CINdetails"],
      "cin-missing-element",
      "error",
      `<CINdetails> is required in ${where} but is missing.`,
    );
  const details = detailEls.map((detEl, i) =>
    readReferral(r, detEl, [...path, "CINdetails", i + 1], `${where}, referral ${i + 1}`),
  );
  return {
    kind: "cin-child",
    position,
    line: el.line,
    identifiers: {
      laChildId: ownCopy(str(ids.LAchildID)),
      upn: str(ids.UPN),
      formerUpn: str(ids.FormerUPN),
      upnUnknown: str(ids.UPNunknown),
      birthDate: str(ids.PersonBirthDate),
      expectedBirthDate: str(ids.ExpectedPersonBirthDate),
      sex: str(ids.Sex) ?? str(ids.GenderCurrent),
      deathDate: str(ids.PersonDeathDate),
    },
    characteristics: { ethnicity, disabilities: kept(disabilities) },
    details,
  };
}
