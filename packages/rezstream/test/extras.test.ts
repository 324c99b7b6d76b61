// pollUpdates: a poller that stores a small JSON checkpoint between runs and loses no record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type UpdatesCheckpoint, checkpointOf, createRezstreamClient, pollUpdates } from "../src/index.js";
import { type FakeRezstream, startFakeRezstream, uuid } from "./fake-rezstream.js";

let api: FakeRezstream;
beforeAll(async () => {
  api = await startFakeRezstream({ byDateCount: 0, updatedCount: 5 });
});
afterAll(() => api.close());

const client = () => createRezstreamClient({ baseUrl: api.origin, auth: { token: "local-token" }, retry: { maxRetries: 0 } });
const start: UpdatesCheckpoint = { from: "2020-01-01T00:00:00Z" };

/** One poller run; the checkpoint goes through JSON as it would through a database. */
async function run(stored: string, pageSize = 2) {
  const seen: string[] = [];
  const next = await pollUpdates(client(), "/reservations/updated", JSON.parse(stored) as UpdatesCheckpoint, (r) => void seen.push(r.id), { pageSize });
  return { seen, stored: JSON.stringify(next) };
}

describe("pollUpdates", () => {
  it("delivers every record, then only what changed, across runs with different page sizes", async () => {
    const first = await run(JSON.stringify(start));
    expect(first.seen).toEqual([1, 2, 3, 4, 5].map(uuid));
    const checkpoint = JSON.parse(first.stored) as UpdatesCheckpoint;
    expect(checkpoint.from).toBe(start.from);
    expect(checkpoint.afterId).toBe(uuid(4));

    api.touch(uuid(1));
    api.touch(uuid(6));
    const second = await run(first.stored, 10);
    // At least once: record 5 sat on the last page, which had no next link, so it is read again.
    expect(second.seen).toEqual([uuid(5), uuid(1), uuid(6)]);
    expect(api.requests.at(-1)!.url).toContain("limit=10");
  });

  it("a handler failure rejects the run; the previous checkpoint then still covers the unhandled records", async () => {
    const before = JSON.stringify(start);
    const failing = pollUpdates(client(), "/reservations/updated", start, (r) => {
      if (r.id === uuid(3)) throw new Error("database down");
    });
    await expect(failing).rejects.toThrow("database down");
    const retry = await run(before);
    expect(retry.seen).toContain(uuid(3));
  });

  it("checkpointOf reads the cursor pair from a next link and ignores half a pair", () => {
    const link = "https://cloudapi.rezstream.com/reservations/updated?from=2020-01-01T00%3A00%3A00Z&afterAt=2021-10-01T14%3A44%3A54.03Z&afterId=fa801bc8-92af-48d3-9ee4-a8685f794904&limit=10";
    expect(checkpointOf(link, "x")).toEqual({ from: "2020-01-01T00:00:00Z", afterAt: "2021-10-01T14:44:54.03Z", afterId: "fa801bc8-92af-48d3-9ee4-a8685f794904" });
    expect(checkpointOf("https://cloudapi.rezstream.com/reservations/updated?afterAt=2021-10-01T14%3A44%3A54.03Z", "2020-01-01T00:00:00Z")).toEqual({ from: "2020-01-01T00:00:00Z" });
  });
});
