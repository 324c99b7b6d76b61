export interface SampleRequest {
  operationId: string;
  tag: string | undefined;
  /** Upper case, e.g. "GET". */
  method: string;
  /** The OpenAPI path template, e.g. "/odr/orders/{id}". */
  pathTemplate: string;
  /** The path with its parameters filled and URL-encoded. */
  path: string;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** JSON-ready, or for multipart/form-data an object of field -> { filename?, type?, content }. */
  body?: unknown;
  contentType?: string;
  /** The status Prism answers a valid request with by default. */
  status: number;
}

export declare function resolveRef(doc: unknown, node: unknown): any;
export declare function sampleValue(doc: unknown, schema: unknown): unknown;
export declare function expectedStatus(operation: { responses: Record<string, unknown> }): number;
export declare function sampleRequests(doc: unknown): SampleRequest[];
