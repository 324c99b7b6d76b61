export {
  createApiClient,
  getRequestId,
  type ApiClient,
  type ApiClientOptions,
  type ApiMethod,
  type ApiResult,
  type ClientOptionsBase,
  type ErrorBody,
  type HttpMethod,
  type ItemOf,
  type MediaType,
  type OperationError,
  type OperationTable,
  type PaginateCallOptions,
  type PaginateMethod,
  type PaginatedOperationId,
  type PathsWithMethod,
  type SuccessData,
  type VendorClientOptions,
} from "./client.js";
export type { OAuth2Definition, OperationDefinition, OperationMethod, PaginationDefinition, VendorDefinition } from "./vendor.js";
export {
  oauth2Auth,
  requestToken,
  resolveAuth,
  tokenAuth,
  tokenFunctionAuth,
  type AuthContext,
  type AuthOption,
  type AuthOptionFor,
  type AuthStrategy,
  type ClientCredentials,
  type ClientCredentialsFor,
  type Grant,
  type OAuth2Options,
  type TokenFunction,
  type TokenRequest,
  type TokenRequestFor,
  type TokenResponse,
} from "./core/auth.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  InvalidRequestError,
  InvalidResponseError,
  MissingPathParameterError,
  NotFoundError,
  PaginationError,
  PartnerkitError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  apiErrorFor,
  type ApiErrorInit,
  type PartnerkitErrorCode,
  type RequestInputLocation,
} from "./core/errors.js";
export { findLinkUrl, formatLinkHeader, parseLinkHeader, type LinkValue } from "./core/link-header.js";
export type { LogEvent, LogFunction, LogLevel, Logger } from "./core/logger.js";
export {
  argumentKeys,
  formBody,
  multipartBody,
  type ApiPromise,
  type DefaultedArgs,
  type OperationMethods,
  type OperationTypes,
  type PagePromise,
  type RequestOptions,
  type WithDefaults,
  type WithResponse,
} from "./core/operations.js";
export { DEFAULT_MAX_PAGES, Paginator, type FetchPage, type Page, type PagePosition, type PaginateOptions } from "./core/pagination.js";
export { REDACTED, Redactor } from "./core/redact.js";
export { DEFAULT_RETRY, isIdempotent, isRetryableStatus, parseRetryAfter, type RetryOptions } from "./core/retry.js";
export { DEFAULT_TIMEOUT } from "./core/timeout.js";
export type { RequestExtras } from "./core/transport.js";
