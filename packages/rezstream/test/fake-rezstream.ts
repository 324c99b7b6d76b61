// A small stand-in for rezStream's paged endpoints, serving real Link headers the way the vendor's README shows
// them: absolute URLs repeating every query parameter, one Link field per relation, date-times percent-encoded.
import { type LocalServer, sendJson, startServer } from "./helpers.js";

export interface UpdatedRecord {
  id: string;
  updatedAt: string;
}

export interface FakeRezstream extends LocalServer {
  /** The updated-records store, in no particular order. */
  records: Map<string, UpdatedRecord>;
  /** Marks a record as updated now, moving it to the end of the update order. */
  touch(id: string): void;
  /** Whether the last cursor page still carries rel="next" (undocumented for rezStream, so both are tested). */
  lastPageNext: boolean;
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

// A clock that only moves forward, so every touch() lands after every earlier update.
let clock = Date.parse("2025-09-01T00:00:00Z");
const tick = () => new Date((clock += 1000)).toISOString();

export async function startFakeRezstream(options: { byDateCount: number; updatedCount: number }): Promise<FakeRezstream> {
  const byDate = Array.from({ length: options.byDateCount }, (_, i) => ({ id: uuid(100 + i) }));
  const records = new Map<string, UpdatedRecord>();
  for (let i = 0; i < options.updatedCount; i++) records.set(uuid(i + 1), { id: uuid(i + 1), updatedAt: tick() });

  // Ordered by (updatedAt, id), the key the vendor's afterAt/afterId cursor names.
  const key = (r: UpdatedRecord) => [Date.parse(r.updatedAt), r.id] as const;
  const after = (r: UpdatedRecord, at: string, id: string) => {
    const [t, rid] = key(r);
    const ct = Date.parse(at);
    return t > ct || (t === ct && rid > id);
  };

  const fake: FakeRezstream = Object.assign(
    await startServer((req, res, origin) => {
      const url = new URL(req.url, origin);
      const q = url.searchParams;
      const limit = Number(q.get("limit") ?? 2);
      const link = (params: { [k: string]: string | number }) =>
        `${origin}${url.pathname}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

      if (url.pathname === "/reservations/byDate" || url.pathname === "/availability/blocks/byDate") {
        const skip = Number(q.get("skip") ?? 0);
        const base = { from: q.get("from")!, to: q.get("to")! };
        const links: { [rel: string]: string } = {};
        if (skip + limit < byDate.length) links.next = link({ ...base, skip: skip + limit, limit });
        if (skip > 0) links.prev = link({ ...base, skip: Math.max(0, skip - limit), limit });
        links.first = link({ ...base, skip: 0, limit });
        links.last = link({ ...base, skip: Math.floor((byDate.length - 1) / limit) * limit, limit });
        return sendJson(res, 200, byDate.slice(skip, skip + limit), links);
      }

      if (url.pathname === "/reservations/updated") {
        const from = q.get("from")!;
        const afterAt = q.get("afterAt");
        const afterId = q.get("afterId");
        const sorted = [...records.values()]
          .filter((r) => Date.parse(r.updatedAt) >= Date.parse(from))
          .filter((r) => (afterAt && afterId ? after(r, afterAt, afterId) : true))
          .sort((a, b) => key(a)[0] - key(b)[0] || (a.id < b.id ? -1 : 1));
        const page = sorted.slice(0, limit);
        const last = page.at(-1);
        const links: { [rel: string]: string } = { first: link({ from, limit }) };
        if (last && (sorted.length > limit || fake.lastPageNext)) links.next = link({ from, afterAt: last.updatedAt, afterId: last.id, limit });
        return sendJson(res, 200, page, links);
      }
      sendJson(res, 404, { title: "Not Found", status: 404 });
    }),
    {
      records,
      lastPageNext: false,
      touch(id: string) {
        records.set(id, { id, updatedAt: tick() });
      },
    },
  );
  return fake;
}
