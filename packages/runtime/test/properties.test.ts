import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LinkValue, type Page, type PagePosition, PaginationError, Paginator, findLinkUrl, formatLinkHeader, parseLinkHeader } from "../src/index.js";

// Sized so that a run cannot time out on a loaded machine: 10,000 runs took 0.7-2 s per property on an idle 2-core
// machine and hit the 15 s test timeout under load. 2,000 runs take a fifth of that, and each property gets
// PROPERTY_TIMEOUT, about 30 times its idle duration.
const RUNS = { numRuns: 2_000 };
const PROPERTY_TIMEOUT = 60_000;

// Strings built mostly from the characters that matter to the grammar, so the parser's edge cases get hit often.
const linkish = fc.string({ unit: fc.constantFrom("<", ">", ";", ",", '"', "\\", "=", " ", "\t", "r", "e", "l", "n", "x", "t", "/", ":", "h"), maxLength: 80 });

describe("Link header parsing (property-based)", () => {
  it("never throws, on arbitrary and on link-shaped garbage", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), linkish), fc.webUrl(), (header, base) => {
        const links = parseLinkHeader(header);
        expect(Array.isArray(links)).toBe(true);
        findLinkUrl(header, "next", base);
        findLinkUrl(header, "next");
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  const token = fc.stringMatching(/^[a-z0-9!#$&+.^_`|~-]{1,12}$/);
  const uri = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/>/g, "").trim()),
  );
  const link: fc.Arbitrary<LinkValue> = fc.record({
    uri,
    rel: fc.uniqueArray(token, { minLength: 1, maxLength: 3 }),
    params: fc.dictionary(token.filter((k) => k !== "rel"), fc.string({ unit: "grapheme", maxLength: 30 }), { maxKeys: 3 }),
  });

  it("round-trips well-formed headers", () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 5 }), (links) => {
        expect(parseLinkHeader(formatLinkHeader(links))).toEqual(links);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});

type Spec = { items: number; next: string | undefined };
const node = (names: string[]) => fc.record({ items: fc.nat({ max: 4 }), next: fc.option(fc.constantFrom(...names), { nil: undefined }) });

async function drain(paginator: Paginator<number>, mode: "items" | "pages") {
  const out: number[] = [];
  let error: unknown;
  try {
    if (mode === "items") for await (const item of paginator) out.push(item);
    else for await (const page of paginator.pages()) out.push(...page.items);
  } catch (e) {
    error = e;
  }
  return { out, error };
}

describe("pagination termination (property-based)", () => {
  it("terminates on any page graph (cycles, self-links, empty pages), respects limit, never re-fetches a page", async () => {
    const names = ["a", "b", "c", "d", "e", "f"];
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...names.map(() => node(names))),
        fc.option(fc.nat({ max: 25 }), { nil: undefined }),
        fc.constantFrom("items" as const, "pages" as const),
        async (nodes, limit, mode) => {
          const graph = new Map(names.map((n, i) => [n, nodes[i] as Spec]));
          const fetched: string[] = [];
          let serial = 0;
          const fetchPage = async (position: PagePosition | undefined): Promise<Page<number>> => {
            const name = String(position ?? "a");
            fetched.push(name);
            const spec = graph.get(name)!;
            return { items: Array.from({ length: spec.items }, () => serial++), position: name, next: spec.next };
          };
          const { out, error } = await drain(new Paginator(fetchPage, limit === undefined ? {} : { limit }), mode);
          expect(new Set(fetched).size).toBe(fetched.length); // each page at most once, so at most 6 fetches
          if (limit !== undefined && mode === "items") expect(out.length).toBeLessThanOrEqual(limit);
          if (error !== undefined) expect(error).toBeInstanceOf(PaginationError);
          expect(out).toEqual(out.map((_, i) => i).slice(0, out.length)); // in order, nothing skipped or repeated
        },
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it("terminates on any served sequence of pages and cursors, and resumeFrom never skips unseen items", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ items: fc.nat({ max: 4 }), next: fc.option(fc.constantFrom("x", "y", "z", "w"), { nil: undefined }) }), { maxLength: 12 }),
        fc.option(fc.nat({ max: 30 }), { nil: undefined }),
        async (sequence, limit) => {
          let calls = 0;
          let serial = 0;
          const served: { position: PagePosition | undefined; first: number; count: number }[] = [];
          const fetchPage = async (position: PagePosition | undefined): Promise<Page<number>> => {
            const spec = sequence[calls++] ?? { items: 0, next: undefined };
            served.push({ position, first: serial, count: spec.items });
            return { items: Array.from({ length: spec.items }, () => serial++), position, next: spec.next };
          };
          const paginator = new Paginator(fetchPage, limit === undefined ? {} : { limit });
          const { out, error } = await drain(paginator, "items");
          expect(calls).toBeLessThanOrEqual(sequence.length + 1);
          if (limit !== undefined) expect(out.length).toBeLessThanOrEqual(limit);
          if (error !== undefined) expect(error).toBeInstanceOf(PaginationError);
          else if (out.length > 0 && paginator.resumeFrom !== undefined) {
            // Resuming fetches either the page that still had unconsumed items, or a later one when all were consumed.
            const resumed = served.find((s) => s.position === paginator.resumeFrom);
            if (resumed) expect(resumed.first).toBeLessThanOrEqual(out.length);
          }
        },
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});
