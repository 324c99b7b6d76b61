export interface paths {
    "/int/apps/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List integrations
         * @description Returns list of active integrations
         */
        get: operations["listIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/int/apps/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View integration
         * @description Get information for an integration
         */
        get: operations["getIntegration"];
        /**
         * Update integration
         * @description Update an integrations' configuration
         */
        put: operations["updateIntegration"];
        post?: never;
        /**
         * Delete integration
         * @description Update an integrations' configuration
         */
        delete: operations["disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/int/apps/store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List apps
         * @description Returns list of apps
         */
        get: operations["listApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/int/apps/store/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View app
         * @description Returns app
         */
        get: operations["getApp"];
        put?: never;
        /**
         * Install app
         * @description Activate a new app
         */
        post: operations["installApp"];
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
        IntApp: {
            code?: string;
            name?: string;
            description?: string;
            tags?: string[];
            author?: components["schemas"]["IntAuthor"];
            is_published?: boolean;
            /** @default false */
            is_duplicate_allowed: boolean;
            authentication?: {
                /** @enum {string} */
                type?: "redirect" | "post";
                schema?: string;
            };
            config_schema?: string;
        };
        IntAuthor: {
            name?: string;
            description?: string;
            url?: string;
            is_third_party?: boolean;
        };
        IntInstallResult: {
            /** @enum {string} */
            state?: "pending_authentication" | "success" | "failed";
            redirect_url?: string;
        };
        IntIntegration: {
            id?: number;
            name?: string;
            configuration?: Record<string, unknown>;
            app_code?: string;
            is_installed?: boolean;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IntIntegrationModel: {
            name?: string;
            credentials?: Record<string, unknown>;
            configuration?: Record<string, unknown>;
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
    };
    pathItems: never;
}
export type SchemaError = components['schemas']['Error'];
export type SchemaIntApp = components['schemas']['IntApp'];
export type SchemaIntAuthor = components['schemas']['IntAuthor'];
export type SchemaIntInstallResult = components['schemas']['IntInstallResult'];
export type SchemaIntIntegration = components['schemas']['IntIntegration'];
export type SchemaIntIntegrationModel = components['schemas']['IntIntegrationModel'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type $defs = Record<string, never>;
export interface operations {
    listIntegrations: {
        parameters: {
            query?: {
                app_code?: string;
                is_deleted?: "1" | "0";
            };
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of integrations */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntIntegration"][];
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
    getIntegration: {
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
            /** @description List of integrations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntIntegration"];
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
    updateIntegration: {
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
                "application/json": components["schemas"]["IntIntegrationModel"];
            };
        };
        responses: {
            /** @description List of integrations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntIntegration"];
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
    disable: {
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
            /** @description Integration deleted */
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
    listApps: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Apps */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntApp"][];
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
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Apps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntApp"];
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
    installApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IntIntegrationModel"];
            };
        };
        responses: {
            /** @description Apps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntInstallResult"];
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
