export interface paths {
    "/qcq/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the proxy configuration
         * @description Returns the proxy configuration
         */
        get: operations["listQuicqProxies"];
        put?: never;
        /**
         * Create a new proxy
         * @description Add a new proxy configuration
         */
        post: operations["createQuicqProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/qcq/proxies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the proxy configuration
         * @description Returns the proxy configuration
         */
        get: operations["getQuicqProxy"];
        /**
         * Update the proxy configuration
         * @description Updates the proxy
         */
        put: operations["updateQuicqProxy"];
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
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        QcqAuthConfig: {
            /** @default false */
            is_required: boolean;
            scope?: string;
        };
        QcqCacheConfig: {
            is_as_origin?: boolean;
            is_public?: boolean;
            age?: number;
        };
        QcqProxy: {
            key?: string;
            routes?: components["schemas"]["QcqRoute"][];
            auth?: {
                signature?: {
                    secret?: string;
                    auth?: components["schemas"]["QcqAuthConfig"];
                    cache?: components["schemas"]["QcqCacheConfig"];
                };
            };
            oauth?: {
                issuer?: string;
                client_id?: string;
                authorize_url?: string;
                return_url_key?: string;
            };
            tenant_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        QcqProxyModel: {
            key?: string;
            routes?: components["schemas"]["QcqRoute"][];
            auth?: {
                signature?: {
                    secret?: string;
                    auth?: components["schemas"]["QcqAuthConfig"];
                    cache?: components["schemas"]["QcqCacheConfig"];
                };
            };
            oauth?: {
                issuer?: string;
                client_id?: string;
                authorize_url?: string;
                return_url_key?: string;
            };
        };
        QcqProxyUpdateModel: {
            routes?: components["schemas"]["QcqRoute"][];
            auth?: {
                signature?: {
                    secret?: string;
                    auth?: components["schemas"]["QcqAuthConfig"];
                    cache?: components["schemas"]["QcqCacheConfig"];
                };
            };
            oauth?: {
                issuer?: string;
                client_id?: string;
                authorize_url?: string;
                return_url_key?: string;
            };
        };
        QcqRoute: {
            path?: string;
            origin?: {
                /** @default false */
                is_bucket: boolean;
                uri?: string;
            };
            settings?: {
                cache?: components["schemas"]["QcqCacheConfig"];
                auth?: components["schemas"]["QcqAuthConfig"];
            };
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
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaError = components['schemas']['Error'];
export type SchemaQcqAuthConfig = components['schemas']['QcqAuthConfig'];
export type SchemaQcqCacheConfig = components['schemas']['QcqCacheConfig'];
export type SchemaQcqProxy = components['schemas']['QcqProxy'];
export type SchemaQcqProxyModel = components['schemas']['QcqProxyModel'];
export type SchemaQcqProxyUpdateModel = components['schemas']['QcqProxyUpdateModel'];
export type SchemaQcqRoute = components['schemas']['QcqRoute'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type $defs = Record<string, never>;
export interface operations {
    listQuicqProxies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proxy configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QcqProxy"][];
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
    createQuicqProxy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["QcqProxyModel"];
            };
        };
        responses: {
            /** @description The proxy data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QcqProxy"];
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
    getQuicqProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proxy configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QcqProxy"];
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
    updateQuicqProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["QcqProxyUpdateModel"];
            };
        };
        responses: {
            /** @description The signature data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QcqProxy"];
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
