// Finite, walkable pagination for Prism mocks, driven only by each operation's `x-pagination` (see
// docs/spec-conventions.md), so any vendor whose spec declares it gets it without code of its own.
// Why: Prism answers every page with the same static example, so a client's paginate() either stops after one
// page (page style: the example's total is reached), meets an example Link to the production host (which it
// rightly refuses) or sees the same cursor twice (its loop guard throws). Here a 2xx answer of a paginated
// operation becomes page k of a list of `pages` pages, k read from the request's own position:
//   page   - the page query parameter; the total becomes pages × items per page, pages past the end are empty.
//   header - the page header carries the page number as the cursor; the response header names the next page
//            and is left out on the last one (a cursor the mock never issued is treated as the last page).
//   link   - Link targets on the mock's own origin (the request's Host): the request's query with the position
//            moved on; `rel="next"` is left out on the last page; the other relations are those of the spec's
//            example Link. Offset mode: `params` are [offset, page size]. Cursor mode: the spec documents one
//            cursor (the parameters' examples); the page at it is the last, any other links to it (two pages).
// The answer still goes through Prism's response validation, so a synthesised header or body that the spec
// does not allow shows up as a violation like any other.
import { sampleValue } from "./sample-requests.js";

/** Pages in every paginated list a mock serves, unless startPrismMock is given `pages`. */
export const MOCK_PAGES = 3;

/**
 * Wraps Prism's mocker (`({ resource, input, config }) => logger => Either<Error, response>`; `either` is fp-ts's
 * Either module, passed in so this module needs no import of Prism's internals). `compactly(fn)` runs Prism's
 * dynamic generation inside fn with settings that keep generated pages small.
 */
export function paginatingMocker(mock, either, pages = MOCK_PAGES, compactly = (fn) => fn()) {
  return (options) => (logger) => {
    const result = mock(options)(logger);
    const def = options.resource.extensions?.["x-pagination"];
    if (!def || !either.isRight(result)) return result;
    // Pages after the first get items Prism generates from the schema with a fixed seed per page: valid, the same
    // on every run, and different from the neighbouring pages (a client rightly stops when a page repeats the
    // previous one, as a server that ignores the position would make it do). Items of a few seeds are pooled
    // until the page is full, a bounded number of times.
    const generated = (page, size) =>
      compactly(() => {
        const items = [];
        for (let attempt = 0; attempt < 5 && items.length < size; attempt++) {
          const config = { ...options.config, dynamic: true, seed: `partnerkit-page-${page}-${attempt}` };
          const other = mock({ ...options, config })(logger);
          items.push(...((either.isRight(other) && itemsOf(other.right.body, def.items)) || []));
        }
        return items.length ? items : undefined;
      });
    return either.right(pageOf(options.resource, options.input.data, result.right, pages, generated));
  };
}

/**
 * The mock response for one page; unchanged when the operation is not paginated or the answer is not 2xx.
 * `generated(page, size)` gives (about) `size` items for a later page (undefined: repeat the first page's).
 */
export function pageOf(operation, request, response, pages, generated = () => undefined) {
  const def = operation.extensions?.["x-pagination"];
  if (!def || response.statusCode < 200 || response.statusCode >= 300) return response;
  const list = itemsOf(response.body, def.items);
  if (!list) return response;
  const itemsOn = (page, size = list.length) => {
    if (page > pages) return [];
    const wanted = Math.max(1, Math.min(size, list.length));
    return (page > 1 ? (generated(page, wanted) ?? list) : list).slice(0, size);
  };
  switch (def.style) {
    case "page": {
      const page = positiveInt(queryValue(request, def.pageParam)) ?? 1;
      // Every page holds as many items as the first, so the total the client counts against adds up.
      const size = Math.min(positiveInt(queryValue(request, def.pageSizeParam)) ?? list.length, list.length);
      let body = withItems(response.body, def.items, itemsOn(page, size));
      if (def.total && def.items) body = { ...body, [def.total]: pages * size };
      return { ...response, body };
    }
    case "header": {
      const sent = headerValue(request.headers, def.pageHeader);
      const page = sent === undefined ? 1 : (positiveInt(sent) ?? pages);
      const size = def.pageSizeHeader ? positiveInt(headerValue(request.headers, def.pageSizeHeader)) : undefined;
      const headers = withHeader(response.headers, def.pageHeader, page < pages ? String(page + 1) : undefined);
      return { ...response, headers, body: withItems(response.body, def.items, itemsOn(page, size)) };
    }
    case "link": {
      const [first, second] = def.params ?? [];
      if (!first) return response;
      // Which relations to send comes from the spec's example Link header (what the vendor documents); the
      // targets are computed for this request, and a relation that does not apply to this page is left out.
      const rels = [...new Set([...(relationsOf(headerValue(response.headers, "Link")) ?? []), "next"])];
      let items = list;
      const targets = {};
      if (def.mode === "offset") {
        const size = positiveInt(queryValue(request, second)) ?? list.length;
        if (!size) return response;
        const page = Math.floor((nonNegativeInt(queryValue(request, first)) ?? 0) / size) + 1;
        items = itemsOn(page, size);
        const at = (n) => linkTo(request, { [first]: String((n - 1) * size) });
        Object.assign(targets, { first: at(1), last: at(pages) });
        if (page > 1) targets.prev = at(Math.min(page, pages + 1) - 1);
        if (page < pages) targets.next = at(page + 1);
      } else {
        // The spec documents one cursor (the parameters' examples): the page at that cursor is the last one,
        // any other position links to it, so every walk has two pages.
        const cursor = Object.fromEntries(def.params.map((name) => [name, String(exampleOf(operation, name))]));
        const atCursor = def.params.every((name) => queryValue(request, name) === cursor[name]);
        const start = linkTo(request, Object.fromEntries(def.params.map((name) => [name, undefined])));
        Object.assign(targets, { first: start, last: linkTo(request, cursor) });
        if (atCursor) {
          targets.prev = start;
          items = itemsOn(2);
        } else if (pages > 1) targets.next = linkTo(request, cursor);
      }
      const link = rels.filter((rel) => targets[rel]).map((rel) => `<${targets[rel]}>; rel="${rel}"`).join(", ");
      const headers = withHeader(response.headers, "Link", link || undefined);
      return { ...response, headers, body: withItems(response.body, def.items, items) };
    }
    default:
      return response;
  }
}

function itemsOf(body, key) {
  const value = key ? body?.[key] : body;
  return Array.isArray(value) ? value : undefined;
}

function withItems(body, key, items) {
  return key ? { ...body, [key]: items } : items;
}

function positiveInt(value) {
  return /^\d+$/.test(String(value ?? "")) && Number(value) > 0 ? Number(value) : undefined;
}

function nonNegativeInt(value) {
  return /^\d+$/.test(String(value ?? "")) ? Number(value) : undefined;
}

function queryValue(request, name) {
  const value = name === undefined ? undefined : request.url.query?.[name];
  return Array.isArray(value) ? value[0] : value;
}

function headerValue(headers, name) {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Headers with `name` (any case) replaced by `value`, or removed when value is undefined. */
function withHeader(headers, name, value) {
  const out = Object.fromEntries(Object.entries(headers ?? {}).filter(([k]) => k.toLowerCase() !== name.toLowerCase()));
  if (value !== undefined) out[name] = value;
  return out;
}

/** The request's own URL on the origin the client used, with `changes` applied to its query. */
function linkTo(request, changes) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.url.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
  }
  for (const [name, value] of Object.entries(changes)) value === undefined ? query.delete(name) : query.set(name, value);
  const host = headerValue(request.headers, "host");
  // Without a Host header (HTTP/1.0) a relative reference still resolves against the request URL (RFC 8288 §3.2).
  return `${host ? `http://${host}` : ""}${request.url.path}?${query}`;
}

/** The relation types of a Link header value, in order (RFC 8288 §3.3: `rel` may list several). */
function relationsOf(link) {
  if (!link) return undefined;
  const rels = [...link.matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/gi)].flatMap((m) => (m[1] ?? m[2]).trim().split(/\s+/));
  return rels.length ? [...new Set(rels.map((rel) => rel.toLowerCase()))] : undefined;
}

/** A value the spec documents for a query parameter: its example, else one its schema accepts. */
function exampleOf(operation, name) {
  const param = operation.request?.query?.find((p) => p.name === name);
  return param?.examples?.[0]?.value ?? param?.schema?.examples?.[0] ?? sampleValue({}, param?.schema ?? { type: "string" });
}
