export interface paths {
    "/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the whole inventory in one response
         * @description The business (including its time zone and location), its properties, units, unit types (with their
         *     units and rates), guest types and rates, combined in a single response. Likely scope:
         *     `revenue_management` (inferred).
         */
        get: operations["getInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/business": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the business (tenant) details
         * @description Business details, including its time zone and location.
         */
        get: operations["getBusiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the properties of the business */
        get: operations["listProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the units with their details */
        get: operations["listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/unitTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the unit types with their units and rates */
        get: operations["listUnitTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rates
         * @description Rates are children of rate plans; key integrations on the globally unique `rateId`.
         */
        get: operations["listInventoryRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability/calendar/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the per-day status of every unit
         * @description One entry per unit; `statuses` holds one value per day from `from` to `to`, both inclusive.
         */
        get: operations["getUnitCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability/calendar/type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get per-day availability counts of every unit type
         * @description One entry per unit type; `metrics` holds one entry per day from `from` to `to`, both inclusive.
         */
        get: operations["getUnitTypeCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability/blocks/byDate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List availability blocks in a date window
         * @description Items that block availability but are not reservations. Offset-paginated through `Link` headers.
         */
        get: operations["listBlocksByDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rates/nightly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get nightly rates in a date window
         * @description One entry per rate and season. `data` holds one entry per night from `startDate` to `endDate`.
         *     Only rates with `allowUpdates: true` can be changed with `updateNightlyRates`.
         */
        get: operations["listNightlyRates"];
        put?: never;
        /**
         * Update nightly rates
         * @description Applies, per rate and date, only the facets that are present and not null. Only rates with
         *     `allowUpdates: true` (currently daily rates) can be updated. A token without write permission gets 403.
         */
        post: operations["updateNightlyRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rates/reserved/byDate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reserved-stay pricing in a stay-date window
         * @description Pricing of reservations (past and future stays) without personal data. Offset-paginated through
         *     `Link` headers.
         */
        get: operations["listReservedRatesByDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rates/reserved/updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reserved-stay pricing by last update
         * @description Reserved-stay pricing records in ascending update order, walked with a forward-only cursor.
         */
        get: operations["listReservedRatesUpdated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reservations by last update
         * @description Reservations updated since `from`, in ascending update order, for polling new or changed
         *     reservations. Pagination is forward-only: follow `rel="next"`; its `afterAt`/`afterId` cursor stays
         *     correct while reservations are updated during the walk. Likely scope: `guest_communication` (inferred).
         */
        get: operations["listReservationsUpdated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/byDate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reservations in a stay-date window
         * @description Reservations staying within the window; `from` and `to` are in the tenant's local time zone. Suited to
         *     an initial load or to refreshing a window. Offset-paginated through `Link` headers.
         */
        get: operations["listReservationsByDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one reservation in full
         * @description A large body describing the reservation. A reservation can have several unit assignments (each with
         *     its own stay dates), a group of several people assigned to different unit assignments, and several
         *     invoices assigned to group members and linked to unit assignments; a person may have a mobile phone
         *     number separate from their regular phone number, or none.
         */
        get: operations["getReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/tokendetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the presented token and its tenants
         * @description The tenants the token can access, with some information about each. Use it to find out whether a token
         *     is multi-tenant and which `X-RezStream-Tenant-ID` values it accepts, so it needs no tenant header itself.
         */
        get: operations["getTokenDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Error body. rezStream documents only the status codes, so every field is optional. */
        Problem: {
            type?: string;
            title?: string;
            status?: number;
            detail?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The business (time zone, location), its properties, units, unit types (with associated units and rates),
         *     guest types and rates in one object. The member names are undocumented, so the object is left open.
         */
        Inventory: {
            [key: string]: unknown;
        };
        /** @description The business (tenant), including its time zone and location. Field names are undocumented. */
        Business: {
            [key: string]: unknown;
        };
        /** @description A property of the business. Only the id is known. */
        Property: {
            /** Format: uuid */
            id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A rentable unit with its details (for example capacity). Only the id is known. */
        Unit: {
            /** Format: uuid */
            id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A unit type with its units and rates. In the vendor's examples its id equals the rate plan id. */
        UnitType: {
            /** Format: uuid */
            id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A rate (child of a rate plan). Only identity fields are assumed. */
        InventoryRate: {
            /** Format: uuid */
            rateId?: string;
            rateName?: string;
            /** Format: uuid */
            ratePlanId?: string;
            ratePlanName?: string;
            defaultRate?: boolean;
        } & {
            [key: string]: unknown;
        };
        UnitCalendar: {
            /** Format: uuid */
            unitId: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            /**
             * @description One status per day from `startDate` to `endDate` inclusive. Values seen: `Available`, `Reserved`,
             *     `Blocked`; the full set is undocumented, so any string is accepted.
             */
            statuses?: string[];
        };
        UnitTypeCalendar: {
            /** Format: uuid */
            unitTypeId: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            /** @description Number of units of this type. */
            unitCount?: number;
            /** @description One entry per day from `startDate` to `endDate` inclusive. */
            metrics?: components["schemas"]["DayMetrics"][];
        };
        /** @description Unit counts for one day; in the vendor's example they add up to `unitCount`. */
        DayMetrics: {
            available?: number;
            reserved?: number;
            blocked?: number;
        };
        /** @description Something that blocks availability without being a reservation. Fields are undocumented. */
        Block: {
            /** Format: uuid */
            id?: string;
        } & {
            [key: string]: unknown;
        };
        NightlyRate: {
            /**
             * Format: uuid
             * @description Globally unique rate id; a rezStream rate usually maps to another system's "rate plan".
             */
            rateId: string;
            rateName?: string;
            /** Format: uuid */
            ratePlanId?: string;
            ratePlanName?: string;
            defaultRate?: boolean;
            /** @description Only `Daily` has been seen; the full set is undocumented. */
            seasonType?: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            /** @description Whether `updateNightlyRates` may change this rate. */
            allowUpdates?: boolean;
            /** @description One entry per night from `startDate` to `endDate` (the entries carry no date of their own). */
            data?: components["schemas"]["NightlyRateDay"][];
        };
        NightlyRateDay: {
            price?: number;
            baseOccupancy?: number;
            minimumNights?: number;
            /** @description Extra charge per additional guest, keyed by a uuid (likely a guest-type id). */
            extraGuestCharges?: {
                [key: string]: number;
            };
        };
        NightlyRateUpdate: {
            /** Format: uuid */
            rateId: string;
            data: components["schemas"]["NightlyRateDayUpdate"][];
        };
        /** @description Facets that are absent or null are left unchanged. */
        NightlyRateDayUpdate: {
            /** Format: date */
            date: string;
            price?: number | null;
            minimumNights?: number | null;
            baseOccupancy?: number | null;
            closedToArrival?: boolean | null;
            closedToDeparture?: boolean | null;
        };
        /** @description The pricing of one reservation, without personal data. */
        ReservedRate: {
            /**
             * Format: uuid
             * @description Reservation id.
             */
            id: string;
            version?: number;
            /** @description Only `Reserved` has been seen; the full set is undocumented. */
            status?: string;
            /** Format: date-time */
            madeAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** Format: date */
            arrival?: string;
            /** Format: date */
            departure?: string;
            /** @description Only `PMS` has been seen; the full set is undocumented. */
            ingestionSource?: string;
            unitAssignments?: components["schemas"]["ReservedUnitAssignment"][];
        };
        ReservedUnitAssignment: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            arrival?: string;
            /** Format: date */
            departure?: string;
            nights?: number;
            /** Format: uuid */
            unitId?: string;
            /** Format: uuid */
            unitTypeId?: string;
            /**
             * Format: uuid
             * @description Added to the documentation on 2026-01-13; may be missing under older API versions.
             */
            propertyId?: string;
            /** Format: uuid */
            rateId?: string;
            /** Format: uuid */
            ratePlanId?: string;
            occupancyCount?: number;
            rentalRevenue?: number;
            rentalTax?: number;
            rentalFee?: number;
        };
        /** @description A reservation in a search result. Only `id` is documented; the rest of the object is left open. */
        Reservation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Last update time, the order of /reservations/updated.
             */
            updatedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The full reservation: unit assignments, the group of people, invoices and how they relate (see the
         *     operation description). Field names are undocumented, so the object is left open.
         */
        ReservationDetails: {
            /** Format: uuid */
            id: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The tenants the token can access and some information about them. Field names are undocumented. */
        TokenDetails: {
            [key: string]: unknown;
        };
    };
    responses: {
        /**
         * @description Missing, invalid or expired token, or a multi-tenant token used without a valid `X-RezStream-Tenant-ID`
         *     (the request is ambiguous). The body format is undocumented and may be empty.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Unauthorized",
                 *       "status": 401
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The token lacks the permission (scope) the operation needs, e.g. a read-only token used to update rates.
         *     The body format is undocumented and may be empty.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Forbidden",
                 *       "status": 403
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No reservation with that id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "title": "Not Found",
                 *       "status": 404
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
         *     version applies. The published version values are listed only in the vendor's /openapi documents.
         */
        ApiVersion: string;
        /**
         * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
         *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
         */
        TenantId: string;
        /**
         * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
         * @example 2025-09-23
         */
        FromDate: string;
        /**
         * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
         * @example 2025-09-27
         */
        ToDate: string;
        /**
         * @description Earliest update time to return (UTC, ISO 8601). Keep the same value for the whole walk; the next-page
         *     link repeats it.
         * @example 2023-01-01T00:00:00Z
         */
        UpdatedFrom: string;
        /**
         * @description Cursor: update time of the last record already seen. Send it together with `afterId`, taken from a
         *     `rel="next"` link; a stored pair resumes a walk later without losing records.
         * @example 2021-10-01T14:44:54.03Z
         */
        AfterAt: string;
        /**
         * @description Cursor: id of the last record already seen; breaks ties between records with the same update time.
         * @example fa801bc8-92af-48d3-9ee4-a8685f794904
         */
        AfterId: string;
        /**
         * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
         * @example 20
         */
        Limit: number;
        /**
         * @description Number of records to skip (offset pagination).
         * @example 0
         */
        Skip: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description RFC 8288 page links (`next`, `prev`, `first`, `last`, each only when applicable) as absolute URLs that
         *     repeat every query parameter with its `skip`/`limit`. The API sends one `Link` field per relation;
         *     HTTP clients see them joined with ", ".
         * @example <https://cloudapi.rezstream.com/reservations/byDate?from=2023-01-01&to=2024-01-01&skip=20&limit=10>; rel="next", <https://cloudapi.rezstream.com/reservations/byDate?from=2023-01-01&to=2024-01-01&skip=0&limit=10>; rel="prev", <https://cloudapi.rezstream.com/reservations/byDate?from=2023-01-01&to=2024-01-01&skip=30&limit=10>; rel="last", <https://cloudapi.rezstream.com/reservations/byDate?from=2023-01-01&to=2024-01-01&skip=0&limit=10>; rel="first"
         */
        OffsetLink: string;
        /**
         * @description RFC 8288 links for a forward-only cursor walk: `next` carries `from`, `afterAt`, `afterId` and `limit`;
         *     `first` carries `from` and `limit`. No `prev` or `last`. Date-times in the URLs are percent-encoded.
         * @example <https://cloudapi.rezstream.com/reservations/updated?from=2020-01-01T00%3A00%3A00Z&afterAt=2021-10-01T14%3A44%3A54.03Z&afterId=fa801bc8-92af-48d3-9ee4-a8685f794904&limit=10>; rel="next", <https://cloudapi.rezstream.com/reservations/updated?from=2020-01-01T00%3A00%3A00Z&limit=10>; rel="first"
         */
        CursorLink: string;
    };
    pathItems: never;
}
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaInventory = components['schemas']['Inventory'];
export type SchemaBusiness = components['schemas']['Business'];
export type SchemaProperty = components['schemas']['Property'];
export type SchemaUnit = components['schemas']['Unit'];
export type SchemaUnitType = components['schemas']['UnitType'];
export type SchemaInventoryRate = components['schemas']['InventoryRate'];
export type SchemaUnitCalendar = components['schemas']['UnitCalendar'];
export type SchemaUnitTypeCalendar = components['schemas']['UnitTypeCalendar'];
export type SchemaDayMetrics = components['schemas']['DayMetrics'];
export type SchemaBlock = components['schemas']['Block'];
export type SchemaNightlyRate = components['schemas']['NightlyRate'];
export type SchemaNightlyRateDay = components['schemas']['NightlyRateDay'];
export type SchemaNightlyRateUpdate = components['schemas']['NightlyRateUpdate'];
export type SchemaNightlyRateDayUpdate = components['schemas']['NightlyRateDayUpdate'];
export type SchemaReservedRate = components['schemas']['ReservedRate'];
export type SchemaReservedUnitAssignment = components['schemas']['ReservedUnitAssignment'];
export type SchemaReservation = components['schemas']['Reservation'];
export type SchemaReservationDetails = components['schemas']['ReservationDetails'];
export type SchemaTokenDetails = components['schemas']['TokenDetails'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ParameterApiVersion = components['parameters']['ApiVersion'];
export type ParameterTenantId = components['parameters']['TenantId'];
export type ParameterFromDate = components['parameters']['FromDate'];
export type ParameterToDate = components['parameters']['ToDate'];
export type ParameterUpdatedFrom = components['parameters']['UpdatedFrom'];
export type ParameterAfterAt = components['parameters']['AfterAt'];
export type ParameterAfterId = components['parameters']['AfterId'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterSkip = components['parameters']['Skip'];
export type HeaderOffsetLink = components['headers']['OffsetLink'];
export type HeaderCursorLink = components['headers']['CursorLink'];
export type $defs = Record<string, never>;
export interface operations {
    getInventory: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inventory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Inventory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Business"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProperties: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All properties; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f2c7a1e-8d4b-4c1a-9e57-2b6d0f4a9c13"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Property"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All units; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0c7e5a52-1b9f-4d7e-8c3a-6f2e9d1b4a70"
                     *       },
                     *       {
                     *         "id": "9a1d3e6f-4c2b-4e8a-b5d7-1f0c3a6e8b24"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Unit"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUnitTypes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All unit types; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5b49d220-6c1e-4f3a-8a7d-93e0b2c4d5f6"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UnitType"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listInventoryRates: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All rates; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "rateId": "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68",
                     *         "rateName": "Standard",
                     *         "ratePlanId": "5b49d220-6c1e-4f3a-8a7d-93e0b2c4d5f6",
                     *         "ratePlanName": "Lakeside Cabin",
                     *         "defaultRate": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["InventoryRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getUnitCalendar: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
                 * @example 2025-09-27
                 */
                to: components["parameters"]["ToDate"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar per unit; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "unitId": "0c7e5a52-1b9f-4d7e-8c3a-6f2e9d1b4a70",
                     *         "startDate": "2025-09-23",
                     *         "endDate": "2025-09-27",
                     *         "statuses": [
                     *           "Available",
                     *           "Reserved",
                     *           "Reserved",
                     *           "Reserved",
                     *           "Blocked"
                     *         ]
                     *       },
                     *       {
                     *         "unitId": "9a1d3e6f-4c2b-4e8a-b5d7-1f0c3a6e8b24",
                     *         "startDate": "2025-09-23",
                     *         "endDate": "2025-09-27",
                     *         "statuses": [
                     *           "Available",
                     *           "Available",
                     *           "Available",
                     *           "Reserved",
                     *           "Reserved"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UnitCalendar"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getUnitTypeCalendar: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
                 * @example 2025-09-27
                 */
                to: components["parameters"]["ToDate"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar per unit type; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "unitTypeId": "5b49d220-6c1e-4f3a-8a7d-93e0b2c4d5f6",
                     *         "startDate": "2025-09-23",
                     *         "endDate": "2025-09-27",
                     *         "unitCount": 2,
                     *         "metrics": [
                     *           {
                     *             "available": 2,
                     *             "reserved": 0,
                     *             "blocked": 0
                     *           },
                     *           {
                     *             "available": 1,
                     *             "reserved": 1,
                     *             "blocked": 0
                     *           },
                     *           {
                     *             "available": 1,
                     *             "reserved": 1,
                     *             "blocked": 0
                     *           },
                     *           {
                     *             "available": 0,
                     *             "reserved": 2,
                     *             "blocked": 0
                     *           },
                     *           {
                     *             "available": 0,
                     *             "reserved": 1,
                     *             "blocked": 1
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UnitTypeCalendar"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listBlocksByDate: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
                 * @example 2025-09-27
                 */
                to: components["parameters"]["ToDate"];
                /**
                 * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip (offset pagination).
                 * @example 0
                 */
                skip?: components["parameters"]["Skip"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of blocks. */
            200: {
                headers: {
                    Link: components["headers"]["OffsetLink"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "4e6a8c0d-3b5f-4a7e-9c2d-8b1e0f3a5c79"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Block"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listNightlyRates: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
                 * @example 2025-09-27
                 */
                to: components["parameters"]["ToDate"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nightly rates; not paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "rateId": "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68",
                     *         "rateName": "Standard",
                     *         "ratePlanId": "5b49d220-6c1e-4f3a-8a7d-93e0b2c4d5f6",
                     *         "ratePlanName": "Lakeside Cabin",
                     *         "defaultRate": true,
                     *         "seasonType": "Daily",
                     *         "startDate": "2025-09-23",
                     *         "endDate": "2025-09-25",
                     *         "allowUpdates": true,
                     *         "data": [
                     *           {
                     *             "price": 176.29,
                     *             "baseOccupancy": 2,
                     *             "minimumNights": 2,
                     *             "extraGuestCharges": {
                     *               "7d4e2f10-5a3c-4b8e-9f6d-2c1a0e8b7d35": 15
                     *             }
                     *           },
                     *           {
                     *             "price": 176.29,
                     *             "baseOccupancy": 2,
                     *             "minimumNights": 2,
                     *             "extraGuestCharges": {
                     *               "7d4e2f10-5a3c-4b8e-9f6d-2c1a0e8b7d35": 15
                     *             }
                     *           },
                     *           {
                     *             "price": 189.5,
                     *             "baseOccupancy": 2
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["NightlyRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateNightlyRates: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "rateId": "e3b5c7d9-2a4f-4b6e-8d1c-7f9a0b2c4e68",
                 *         "data": [
                 *           {
                 *             "date": "2025-10-03",
                 *             "price": 199,
                 *             "minimumNights": 2
                 *           },
                 *           {
                 *             "date": "2025-10-04",
                 *             "price": 199,
                 *             "closedToArrival": true
                 *           }
                 *         ]
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["NightlyRateUpdate"][];
            };
        };
        responses: {
            /** @description The updates were applied. The body is undocumented (assumed empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReservedRatesByDate: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last stay date of the window (`YYYY-MM-DD`, tenant-local). The first Postman version sent only `from`, so it is left optional.
                 * @example 2025-09-30
                 */
                to?: string;
                /**
                 * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip (offset pagination).
                 * @example 0
                 */
                skip?: components["parameters"]["Skip"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reserved-stay pricing records. */
            200: {
                headers: {
                    Link: components["headers"]["OffsetLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservedRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReservedRatesUpdated: {
        parameters: {
            query: {
                /**
                 * @description Earliest update time to return (UTC, ISO 8601). Keep the same value for the whole walk; the next-page
                 *     link repeats it.
                 * @example 2023-01-01T00:00:00Z
                 */
                from: components["parameters"]["UpdatedFrom"];
                /**
                 * @description Cursor: update time of the last record already seen. Send it together with `afterId`, taken from a
                 *     `rel="next"` link; a stored pair resumes a walk later without losing records.
                 * @example 2021-10-01T14:44:54.03Z
                 */
                afterAt?: components["parameters"]["AfterAt"];
                /**
                 * @description Cursor: id of the last record already seen; breaks ties between records with the same update time.
                 * @example fa801bc8-92af-48d3-9ee4-a8685f794904
                 */
                afterId?: components["parameters"]["AfterId"];
                /**
                 * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of records, oldest update first. */
            200: {
                headers: {
                    Link: components["headers"]["CursorLink"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservedRate"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReservationsUpdated: {
        parameters: {
            query: {
                /**
                 * @description Earliest update time to return (UTC, ISO 8601). Keep the same value for the whole walk; the next-page
                 *     link repeats it.
                 * @example 2023-01-01T00:00:00Z
                 */
                from: components["parameters"]["UpdatedFrom"];
                /**
                 * @description Cursor: update time of the last record already seen. Send it together with `afterId`, taken from a
                 *     `rel="next"` link; a stored pair resumes a walk later without losing records.
                 * @example 2021-10-01T14:44:54.03Z
                 */
                afterAt?: components["parameters"]["AfterAt"];
                /**
                 * @description Cursor: id of the last record already seen; breaks ties between records with the same update time.
                 * @example fa801bc8-92af-48d3-9ee4-a8685f794904
                 */
                afterId?: components["parameters"]["AfterId"];
                /**
                 * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reservations, oldest update first. */
            200: {
                headers: {
                    Link: components["headers"]["CursorLink"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "a2857289-0f63-4a26-b509-444699485a33",
                     *         "updatedAt": "2021-10-01T14:41:12.5Z"
                     *       },
                     *       {
                     *         "id": "fa801bc8-92af-48d3-9ee4-a8685f794904",
                     *         "updatedAt": "2021-10-01T14:44:54.03Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Reservation"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReservationsByDate: {
        parameters: {
            query: {
                /**
                 * @description First date of the window (`YYYY-MM-DD`, in the tenant's local time zone).
                 * @example 2025-09-23
                 */
                from: components["parameters"]["FromDate"];
                /**
                 * @description Last date of the window (`YYYY-MM-DD`, in the tenant's local time zone); calendars include it.
                 * @example 2025-09-27
                 */
                to: components["parameters"]["ToDate"];
                /**
                 * @description Page size. The default and maximum are undocumented; the vendor's examples use 2, 10 and 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip (offset pagination).
                 * @example 0
                 */
                skip?: components["parameters"]["Skip"];
            };
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reservations. */
            200: {
                headers: {
                    Link: components["headers"]["OffsetLink"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "a2857289-0f63-4a26-b509-444699485a33"
                     *       },
                     *       {
                     *         "id": "c41f7b92-8e3d-4a6c-b0f5-7d2e9a1c3b58"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Reservation"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
                /**
                 * @description One of the token's tenant ids (see `getTokenDetails`). Needed only with a multi-tenant token, whose
                 *     requests are otherwise ambiguous and answered with 401. The id format is undocumented (likely a GUID).
                 */
                "X-RezStream-Tenant-ID"?: components["parameters"]["TenantId"];
            };
            path: {
                /**
                 * @description Reservation id.
                 * @example a2857289-0f63-4a26-b509-444699485a33
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "a2857289-0f63-4a26-b509-444699485a33"
                     *     }
                     */
                    "application/json": components["schemas"]["ReservationDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTokenDetails: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version as a date (`YYYY-MM-DD`). Optional since 2025-09-22; without it the server's default
                 *     version applies. The published version values are listed only in the vendor's /openapi documents.
                 */
                "X-RezStream-Api-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["TokenDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
