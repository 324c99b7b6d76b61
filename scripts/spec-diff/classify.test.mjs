import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { classify, bumpOf } from "./classify.mjs";

const FIXTURES = join(import.meta.dirname, "fixtures");
const load = (rule, side) => parse(readFileSync(join(FIXTURES, rule, `${side}.yaml`), "utf8"));
// "<kind> <code> <subject>" where subject is the operationId, schema(operations) or "-" for the document.
const summary = (changes) =>
  changes.map((c) => `${c.kind} ${c.code} ${c.operationId ?? (c.schema ? `${c.schema}(${c.operations.join(",")})` : "-")}`).sort();

// Every directory in fixtures/ must appear here: the expected bump and the exact list of changes.
const EXPECTED = {
  "operation-removed": ["major", ["major operation-removed deleteOrder"]],
  "operation-added": ["minor", ["minor operation-added deleteOrder"]],
  "operation-id-changed": ["major", ["major operation-id-changed fetchOrder"]],
  "operation-moved": ["major", ["major operation-moved getOrder"]],
  "response-field-removed": ["major", ["major field-removed getOrder"]],
  "response-field-added": ["minor", ["minor field-added getOrder"]],
  "response-field-became-optional": ["major", ["major field-became-optional getOrder"]],
  // Safe for callers: the values they receive are a subset of what they handled before.
  "response-type-narrowed": ["minor", ["minor type-narrowed getOrder"]],
  "response-type-widened": ["major", ["major type-widened getOrder"]],
  "response-enum-value-removed": ["major", ["major enum-value-removed getOrder"]],
  "parameter-became-required": ["major", ["major parameter-became-required listOrders"]],
  "required-parameter-added": ["major", ["major required-parameter-added listOrders"]],
  "optional-parameter-added": ["minor", ["minor parameter-added listOrders"]],
  "parameter-removed": ["major", ["major parameter-removed listOrders"]],
  "request-field-became-required": ["major", ["major field-became-required createOrder"]],
  "required-request-field-added": ["major", ["major required-field-added createOrder"]],
  "optional-request-field-added": ["minor", ["minor field-added createOrder"]],
  "request-type-narrowed": ["major", ["major type-narrowed createOrder", "major type-narrowed createOrder"]],
  "request-type-widened": ["minor", ["minor type-widened createOrder"]],
  "request-type-changed": ["major", ["major type-changed createOrder"]],
  "request-enum-value-removed": ["major", ["major enum-value-removed createOrder"]],
  "request-constraints": ["major", ["major constraint-tightened createOrder", "minor constraint-loosened createOrder"]],
  "request-body-became-required": ["major", ["major request-body-became-required createOrder"]],
  "enum-value-added": ["minor", ["minor enum-value-added createOrder", "minor enum-value-added createOrder"]],
  "docs-only": ["patch", [
    "patch docs-changed -",
    ...Array(7).fill("patch docs-changed listOrders"),
  ]],
  "no-change": [null, []],
  "shared-schema": ["major", ["major field-removed Order(getOrder,listOrders)"]],
  "nested-ref": ["major", ["major field-removed Customer(getOrder,listOrders)"]],
  "ref-changed": ["major", ["major field-removed getOrder", "minor schema-added OrderV2()"]],
  "recursive-schema": ["major", ["major field-removed Category(listCategories)"]],
  "request-and-response-schema": ["major", ["major required-field-added Order(createOrder)", "minor required-field-added Order(getOrder)"]],
  // openapi-typescript makes a property with a default non-optional in component schemas, not in inline request bodies.
  "default-makes-required": ["major", [
    "major field-became-required OrderInput(createOrder)",
    "minor default-changed OrderInput(createOrder)",
    "minor default-changed createOrder",
  ]],
  "schema-added-removed": ["major", ["major schema-removed Legacy()", "minor schema-added Fresh()"]],
  // A schema no operation uses is judged in both directions at once.
  "unused-schema-changed": ["major", ["major field-became-optional Money()", "minor field-added Money()"]],
  "allof-member-added": ["major", ["major allOf-member-added createOrder", "minor allOf-member-added createOrder"]],
  "additional-properties-closed": ["major", ["major additional-properties-narrowed createOrder"]],
  "response-header-removed": ["major", ["major response-header-removed listOrders", "minor response-header-added listOrders"]],
  "auth-changed": ["major", ["major auth-changed -"]],
  "oneof-variant-added": ["major", ["major oneOf-member-added createPayment", "minor oneOf-member-added createPayment"]],
  "responses-changed": ["major", ["major response-removed createOrder", "minor error-response-added createOrder"]],
  "success-response-added": ["major", ["major response-added createOrder"]],
  "security-required": ["major", ["major security-required -"]],
  "security-alternative-added": ["minor", ["minor security-added -", "minor security-scheme-added -"]],
  "base-url-changed": ["major", ["major base-url-changed -"]],
  "servers-added": ["patch", ["patch docs-changed -"]],
  "client-option-removed": ["major", ["major client-option-removed -"]],
  "pagination-removed": ["major", ["major pagination-removed listOrders"]],
  "unrecognized-keyword": ["major", ["major unrecognized-change createOrder"]],
};

describe("classify: one fixture pair per rule", () => {
  test("every fixture has an expectation and vice versa", () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s", (rule, [bump, expected]) => {
    const changes = classify(load(rule, "before"), load(rule, "after"));
    expect(summary(changes)).toEqual([...expected].sort());
    expect(bumpOf(changes)).toBe(bump);
  });
});

describe("classify: details", () => {
  test("a change in a shared schema is reported once, naming every operation that uses it", () => {
    const [change] = classify(load("shared-schema", "before"), load("shared-schema", "after"));
    expect(change).toEqual({
      kind: "major",
      code: "field-removed",
      schema: "Order",
      operations: ["getOrder", "listOrders"],
      location: "#/components/schemas/Order/properties/total",
      message: "response field `total`: removed",
    });
  });

  test("messages name the operation's field path and the values", () => {
    const messages = (rule) => classify(load(rule, "before"), load(rule, "after")).map((c) => c.message);
    expect(messages("request-type-narrowed")).toEqual([
      "request body field `note`: type narrowed from string | null to string",
      "request body field `qty`: type narrowed from number to integer",
    ]);
    expect(messages("enum-value-added")).toContain(
      "response 201 field `status`: enum value `\"refunded\"` added (exhaustive switches over it need a new case)",
    );
    expect(messages("operation-moved")).toEqual(["operation moved from GET /orders/{id} to GET /v2/orders/{id}"]);
  });

  test("the reverse of a change is classified as its counterpart", () => {
    const reverse = (rule) => summary(classify(load(rule, "after"), load(rule, "before")));
    expect(reverse("response-field-added")).toEqual(["major field-removed getOrder"]);
    expect(reverse("request-type-narrowed")).toEqual(["minor type-widened createOrder", "minor type-widened createOrder"]);
    expect(reverse("parameter-became-required")).toEqual(["minor parameter-became-optional listOrders"]);
    expect(reverse("security-required")).toEqual(["minor security-relaxed -"]);
  });

  const root = join(import.meta.dirname, "../..");
  const { vendors } = JSON.parse(readFileSync(join(root, "partnerkit.config.json"), "utf8"));
  test.each(vendors)("the %s spec compared with a copy of itself has no changes", (vendor) => {
    const spec = parse(readFileSync(join(root, "specs", vendor, "openapi.yaml"), "utf8"), { maxAliasCount: 10_000 });
    expect(classify(spec, structuredClone(spec))).toEqual([]);
  });
});
