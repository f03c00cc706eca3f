import { describe, expect, it } from "vitest";
import { recogniseReturnXml } from "./recognise-return-xml.js";

describe("recogniseReturnXml", () => {
  it("examples", () => {
    expect(recogniseReturnXml('<?xml version="1.0"?>\n<!-- CIN --><Message><Header/></Message>')).toBe(
      "cin-census",
    );
    expect(recogniseReturnXml("<EXPSSDA903><CHILD/></EXPSSDA903>")).toBe("ssda903");
    expect(recogniseReturnXml("CHILD,DOB")).toBeNull();
  });
  it.each([
    ["\uFEFF<Message>", "cin-census"],
    ['<ns:Message xmlns:ns="x">', "cin-census"],
    ["  \r\n<EXPSSDA903 version='1'>", "ssda903"],
    ['<!DOCTYPE Message [<!ENTITY a "b">]><Message/>', null],
    ["<MessageX/>", null],
    ["<Children/>", null],
    ["", null],
  ])("%j → %s", (text, expected) => {
    expect(recogniseReturnXml(text)).toBe(expected);
  });
});
