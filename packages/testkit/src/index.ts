import "./provided-context.js";

export { startPrismMock, type PrismMock, type PrismMockOptions } from "./prism.js";
export {
  ContractViolation,
  createContractRecorder,
  createResponseValidator,
  operationsOf,
  violationsOf,
  type ContractRecorder,
  type Violation,
} from "./contract.js";
export { expectedStatus, sampleRequests, sampleValue, type SampleRequest } from "./sample-requests.js";
export { startTestServer, type RecordedRequest, type TestHandler, type TestServer } from "./http-server.js";
