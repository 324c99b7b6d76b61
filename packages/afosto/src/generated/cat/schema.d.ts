export interface paths {
    "/cat/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels
         * @description Get a list of channels
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Create channel
         * @description Add a new channel
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View channel
         * @description Get a single channel
         */
        get: operations["viewChannel"];
        /**
         * Update channel
         * @description Update an existing channel
         */
        put: operations["updateChannel"];
        post?: never;
        /**
         * Delete channel
         * @description Delete / disable an existing channel
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of price groups
         * @description Get a listing of available pricing groups
         */
        get: operations["getPricingGroups"];
        put?: never;
        /**
         * Create a new pricing group
         * @description Add a new pricing group to the list
         */
        post: operations["createPricingGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a pricing group
         * @description View the pricing group by id
         */
        get: operations["viewGroup"];
        /**
         * Update a pricing group
         * @description Update metadata or the name of the pricing group
         */
        put: operations["updateGroup"];
        post?: never;
        /**
         * Disable a pricing group
         * @description Disabling a pricing group makes sure it cannot me added to new settings
         */
        delete: operations["disableGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/groups/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of prices within a group
         * @description Get a listing of prices that are stored in the group
         */
        get: operations["getPricing"];
        /**
         * Upsert prices
         * @description Create or update prices
         */
        put: operations["upsertPrices"];
        /**
         * Search for prices
         * @description Query for a set of prices
         */
        post: operations["searchPrices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/groups/{id}/prices/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of prices for a sku
         * @description View a historic or planned list of prices for a sku
         */
        get: operations["viewPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/maps/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections
         * @description List collections
         */
        get: operations["listCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/maps/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View collection
         * @description View collection
         */
        get: operations["viewCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/maps/collections/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List keys
         * @description List keys for a category
         */
        get: operations["listKeys"];
        /**
         * Upsert keys
         * @description Upsert keys, create or update values
         */
        put: operations["upsertKeys"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/maps/collections/{id}/misses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List misses
         * @description List misses for a collection
         */
        get: operations["listCollectionMisses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/maps/collections/{id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search keys
         * @description Search keys for values
         */
        post: operations["searchMap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get price
         * @description Get a single price by its ID
         */
        get: operations["viewPrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/vat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of vat rates
         * @description Get a listing of vat rates per country
         */
        get: operations["getVatList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cat/vat/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert vat rates for skus
         * @description Create or update the vat group per country for given skus
         */
        put: operations["attachVatRate"];
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
        AttachVatRateResponse: {
            /** @example 1 */
            success?: number;
            /** @example 0 */
            failed?: number;
        };
        CatChannel: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** @enum {string} */
            type?: "pos" | "storefront" | "order" | "integration";
            description?: string;
            client_id?: string;
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CatCreateChannel: {
            name?: string;
            /** @enum {string} */
            type?: "pos" | "storefront" | "order" | "integration";
            description?: string;
            client_id?: string;
        };
        CatGroup: {
            id?: string;
            name?: string;
            /** @description True when prices are stored including taxes */
            is_including_vat?: boolean;
            /** @example EUR */
            currency?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CatGroupCreate: {
            name?: string;
            /** @description True when prices are stored including taxes */
            is_including_vat?: boolean;
            currency?: string;
            metadata?: Record<string, unknown>;
        };
        CatGroupUpdate: {
            name?: string;
            metadata?: Record<string, unknown>;
        };
        CatMap: {
            key?: string;
            value?: string;
            /** Format: date-time */
            upserted_at?: string;
        };
        CatMapCollection: {
            id?: string;
            /** Format: date-time */
            last_upsert_at?: string;
            /** Format: date-time */
            last_miss_at?: string;
        };
        CatMapCollectionMiss: {
            key?: string;
            count?: number;
            /** Format: date-time */
            last_miss_at?: string;
        };
        CatNewPrice: {
            sku?: string;
            amount?: number;
            original_amount?: number;
            /** Format: date-time */
            active_at?: string;
        };
        CatPrice: {
            /** Format: uuid */
            id?: string;
            sku?: string;
            amount?: number;
            original_amount?: number;
            vat?: components["schemas"]["CatVat"][];
            /** Format: uuid */
            price_group_id?: string;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        CatPriceConstraint: {
            /** @example sku */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        CatPriceSearch: {
            /** Format: date-time */
            active_at?: string;
            constraints?: components["schemas"]["CatPriceConstraint"][];
        };
        CatProductVatModel: {
            sku?: string;
            rates?: components["schemas"]["CatVatModel"][];
        };
        CatUpdateChannel: {
            name?: string;
            description?: string;
        };
        CatVat: {
            rate?: number;
            country?: string;
            administrative_area?: string;
        };
        CatVatModel: {
            country?: string;
            administrative_area?: string;
            reference?: number;
        };
        CatVatRate: {
            reference?: number;
            rate?: number;
            country?: string;
            is_default?: boolean;
            administrative_area?: string;
            /** Format: date-time */
            active_at?: string;
        };
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        SearchMapResponse: {
            /**
             * @example {
             *       "978020137962": "234.SKE-4255.ABC"
             *     }
             */
            hits?: Record<string, unknown>;
            misses?: string[];
        };
        UpsertKeysBody: {
            /** @example 978020137962 */
            key?: string;
            /** @example 234.SKE-4255.ABC */
            value?: string;
        }[];
        UpsertPricesResponse: {
            /** @example 1 */
            success?: number;
        };
    };
    responses: {
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Service Unavailable */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
        XPage: string;
        /** @description The requested page size. */
        XPageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The pagination cursor; send it as the x-page request header to get the next page. */
        XPage: string;
        /** @description Total item count. */
        XCount: number;
    };
    pathItems: never;
}
export type SchemaAttachVatRateResponse = components['schemas']['AttachVatRateResponse'];
export type SchemaCatChannel = components['schemas']['CatChannel'];
export type SchemaCatCreateChannel = components['schemas']['CatCreateChannel'];
export type SchemaCatGroup = components['schemas']['CatGroup'];
export type SchemaCatGroupCreate = components['schemas']['CatGroupCreate'];
export type SchemaCatGroupUpdate = components['schemas']['CatGroupUpdate'];
export type SchemaCatMap = components['schemas']['CatMap'];
export type SchemaCatMapCollection = components['schemas']['CatMapCollection'];
export type SchemaCatMapCollectionMiss = components['schemas']['CatMapCollectionMiss'];
export type SchemaCatNewPrice = components['schemas']['CatNewPrice'];
export type SchemaCatPrice = components['schemas']['CatPrice'];
export type SchemaCatPriceConstraint = components['schemas']['CatPriceConstraint'];
export type SchemaCatPriceSearch = components['schemas']['CatPriceSearch'];
export type SchemaCatProductVatModel = components['schemas']['CatProductVatModel'];
export type SchemaCatUpdateChannel = components['schemas']['CatUpdateChannel'];
export type SchemaCatVat = components['schemas']['CatVat'];
export type SchemaCatVatModel = components['schemas']['CatVatModel'];
export type SchemaCatVatRate = components['schemas']['CatVatRate'];
export type SchemaError = components['schemas']['Error'];
export type SchemaSearchMapResponse = components['schemas']['SearchMapResponse'];
export type SchemaUpsertKeysBody = components['schemas']['UpsertKeysBody'];
export type SchemaUpsertPricesResponse = components['schemas']['UpsertPricesResponse'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXCount = components['headers']['XCount'];
export type $defs = Record<string, never>;
export interface operations {
    listChannels: {
        parameters: {
            query?: {
                is_deleted?: "0" | "1";
                type?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatChannel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatCreateChannel"];
            };
        };
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatChannel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatChannel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatUpdateChannel"];
            };
        };
        responses: {
            /** @description The updated channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatChannel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Channel deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPricingGroups: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of pricing groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPricingGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatGroupCreate"];
            };
        };
        responses: {
            /** @description The new pricing group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatGroupUpdate"];
            };
        };
        responses: {
            /** @description The updated group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    disableGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPricing: {
        parameters: {
            query?: {
                /** @description US - use to filter tax rate results */
                country?: string;
                /** @description Florida - use to filter tax rate results */
                administrative_area?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of prices */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatPrice"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    upsertPrices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatNewPrice"][];
            };
        };
        responses: {
            /** @description The upsert results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertPricesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchPrices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatPriceSearch"];
            };
        };
        responses: {
            /** @description The new pricing group */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatPrice"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewPricing: {
        parameters: {
            query?: {
                /** @description Use to query only future / planned prices */
                is_planned?: "1" | "0";
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of prices */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatPrice"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCollections: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List collections */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatMapCollection"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description View collection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatMapCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of maps */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatMap"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    upsertKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpsertKeysBody"];
            };
        };
        responses: {
            /** @description Updated map */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCollectionMisses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of msises for a collection */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatMapCollectionMiss"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchMap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newly created theme */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchMapResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewPrice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The price */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatPrice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVatList: {
        parameters: {
            query?: {
                /** @description US */
                country?: string;
                /** @description Florida */
                administrative_area?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of vat groups */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatVatRate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachVatRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CatProductVatModel"][];
            };
        };
        responses: {
            /** @description The upsert results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachVatRateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
