// Judgement calls in the hand-written specs that NOTES.md records, pinned so a later edit cannot drift from them
// silently (the Afosto spec's calls are pinned by scripts/import/afosto/import.test.mjs).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const load = (vendor) => parse(readFileSync(new URL(`../../specs/${vendor}/openapi.yaml`, import.meta.url), "utf8"));

describe("rezStream: properties known from one README example are optional, except the ids the flows use", () => {
  const { schemas } = load("rezstream").components;

  it.each([
    // response schemas: only the identifier a documented flow joins or keys on
    ["UnitCalendar", ["unitId"]],
    ["UnitTypeCalendar", ["unitTypeId"]],
    ["DayMetrics", []],
    ["NightlyRate", ["rateId"]],
    ["NightlyRateDay", []],
    ["ReservedRate", ["id"]],
    ["ReservedUnitAssignment", ["id"]],
    // request schemas of updateNightlyRates: what the README's update body must carry
    ["NightlyRateUpdate", ["rateId", "data"]],
    ["NightlyRateDayUpdate", ["date"]],
  ])("%s requires %j", (name, required) => {
    expect(schemas[name]).toBeDefined();
    expect(schemas[name].required ?? []).toEqual(required);
    // every required property is described (an optional one stays described, so Prism and the types know it)
    expect(Object.keys(schemas[name].properties)).toEqual(expect.arrayContaining(required));
  });
});

describe("Stream Partner", () => {
  const { components } = load("stream-partner");

  it("marks the four shared error responses as inferred, with a reason", () => {
    for (const name of ["BadRequest", "Unauthorized", "Forbidden", "NotFound"]) {
      expect(components.responses[name]).toMatchObject({ "x-provenance": "inferred", "x-provenance-reason": expect.stringMatching(/.{20,}/) });
    }
  });

  it("keeps the reference's schema name CreateUserOrgUser for the organization's first user", () => {
    expect(components.schemas.CreateUserOrgUser).toBeDefined();
    expect(components.schemas.CreateOrganizationRequest.properties.user).toEqual({ $ref: "#/components/schemas/CreateUserOrgUser" });
    expect(components.schemas.CreateOrganizationUser).toBeUndefined();
  });
});
