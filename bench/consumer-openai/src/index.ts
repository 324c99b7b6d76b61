// 20 calls through openai-node (a Stainless SDK), the comparison for ../consumer-methods in bench/typecheck.mjs.
// The assignments to annotated locals make the checker resolve each response type, as real code would.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "t" });

export async function models(id: string) {
  const list = await client.models.list();
  const model = await client.models.retrieve(id);
  const removed = await client.models.delete(id);
  const first: OpenAI.Models.Model | undefined = list.data[0];
  return { first, model, removed };
}

export async function chat(model: string) {
  const completion = await client.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] });
  const text: string | null = completion.choices[0]!.message.content;
  const stored = await client.chat.completions.list();
  const one = await client.chat.completions.retrieve("c-1");
  const embedding = await client.embeddings.create({ model, input: "hi" });
  const moderation = await client.moderations.create({ input: "hi" });
  return { text, stored, one, embedding, moderation };
}

export async function files(id: string) {
  const list = await client.files.list();
  const file = await client.files.retrieve(id);
  const removed = await client.files.delete(id);
  const batches = await client.batches.list();
  const batch = await client.batches.retrieve("b-1");
  return { list, file, removed, batches, batch };
}

export async function fineTuning(id: string) {
  const jobs = await client.fineTuning.jobs.list();
  const job = await client.fineTuning.jobs.retrieve(id);
  const cancelled = await client.fineTuning.jobs.cancel(id);
  const events = await client.fineTuning.jobs.listEvents(id);
  const stores = await client.vectorStores.list();
  const store = await client.vectorStores.retrieve("vs-1");
  return { jobs, job, cancelled, events, stores, store };
}
