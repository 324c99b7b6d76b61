export interface paths {
    "/spl/hubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the hubs
         * @description Returns the hub list
         */
        get: operations["listHubs"];
        put?: never;
        /**
         * Create a new hub
         * @description Creates a new hub
         */
        post: operations["createHub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/hubs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the hub
         * @description Returns the hub
         */
        get: operations["getHub"];
        /**
         * Update a hub
         * @description Update the hub to new hub settings
         */
        put: operations["updateHub"];
        post?: never;
        /** Deletes a hub */
        delete: operations["deleteHub"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/hubs/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the logs
         * @description Returns the hub log list
         */
        get: operations["listHubLogs"];
        put?: never;
        /**
         * Log a new hub error
         * @description Adds a new logged error for the hub
         */
        post: operations["addHubLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/hubs/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the network information
         * @description Returns the hub network list
         */
        get: operations["listHubNetwork"];
        /**
         * Set the network information
         * @description Updates the hub network
         */
        put: operations["updateHubNetwork"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/hubs/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the hub status
         * @description Returns the hub information
         */
        get: operations["getHubStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/hubs/{id}/uuid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the hub by uuid
         * @description Returns the hub
         */
        get: operations["getHubByUuid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/printers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the hooked printers
         * @description Returns a list of active printers
         */
        get: operations["listPrinters"];
        put?: never;
        /**
         * Add a printer
         * @description Add a new printer
         */
        post: operations["createPrinter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/printers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the printer
         * @description Returns a single printer
         */
        get: operations["getPrinter"];
        /**
         * Update a printer
         * @description Update a printer to a new configuration
         */
        put: operations["updatePrinter"];
        post?: never;
        /**
         * Deletes a printer
         * @description Disables a printer
         */
        delete: operations["deletePrinter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/printers/{id}/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Attach an inbox to the printer
         * @description Update a printer to a new configuration
         */
        put: operations["attachInbox"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job history for account
         * @description Filter with a single value (multiple is not supported)
         */
        get: operations["listJobs"];
        put?: never;
        /**
         * Add a job for a printer
         * @description The new print job
         */
        post: operations["addJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/queue/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status for a printjob
         * @description Retrieve printjob status
         */
        get: operations["getJobStatus"];
        /**
         * Set a job to a new status
         * @description The new print job
         */
        put: operations["updateStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spl/settings/printers/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get schema
         * @description Returns schema of settings
         */
        get: operations["getTypeSettings"];
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
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        SplConnection: {
            /** @enum {string} */
            interface?: "usb" | "ethernet";
            address?: string;
        };
        SplCreateNetworkDevice: {
            description?: string;
            mac_address?: string;
            interface?: components["schemas"]["SplConnection"];
        };
        SplHub: {
            id?: string;
            uuid?: string;
            name?: string;
            description?: string;
            properties?: components["schemas"]["SplProperty"][];
            /** @enum {string} */
            status?: "online" | "offline";
            /** Format: date-time */
            status_updated_at?: string;
            /**
             * Format: date-time
             * @default null
             */
            disabled_at: string | null;
            pubnub?: components["schemas"]["SplPubnub"];
            integration?: components["schemas"]["SplIntegration"];
            os_file_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SplHubError: {
            id?: string;
            message?: string;
            /** @enum {string} */
            level?: "public" | "private";
            /** @default false */
            is_resolved: boolean;
            job_reference?: string;
            hub_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SplHubErrorModel: {
            message?: string;
            /** @enum {string} */
            level?: "public" | "private";
            job_reference?: string;
        };
        SplHubImage: {
            is_up_to_date?: boolean;
            download_progress?: number;
            version?: string;
        };
        SplHubModel: {
            name?: string;
            description?: string;
        };
        SplHubNetwork: {
            ip_address?: string;
            remote_ip_address?: string;
            /** Format: date-time */
            last_connected_at?: string;
        };
        SplHubStatus: {
            is_online?: boolean;
            is_idle?: boolean;
            location?: string;
            network?: components["schemas"]["SplHubNetwork"];
            image?: components["schemas"]["SplHubImage"];
        };
        SplInbox: {
            inbox_id?: string;
        };
        SplIntegration: {
            id?: string;
        };
        SplJob: {
            id?: string;
            job?: string;
            tag?: string;
            description?: string;
            artifact?: string;
            reference?: string;
            /** @enum {string} */
            status?: "scheduled" | "pending" | "printed" | "failed" | "cancelled";
            hub_id?: string;
            /** Format: date-time */
            schedule_at?: string;
            /** Format: date-time */
            printed_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SplJobModel: {
            job?: string;
            tag?: string;
            description?: string;
            reference?: string;
            hub_id?: string;
            /** Format: date-time */
            schedule_at?: string;
        };
        SplJobResult: {
            reference?: string;
            /** @enum {string} */
            status?: "scheduled" | "pending" | "success" | "failed" | "cancelled";
        };
        SplNetworkDevice: {
            description?: string;
            mac_address?: string;
            interface?: components["schemas"]["SplConnection"];
            /** Format: date-time */
            created_at?: string;
        };
        SplPrinter: {
            id?: string;
            name?: string;
            hub_id?: string;
            /** @example escpos */
            default_encoding?: string;
            connection?: components["schemas"]["SplConnection"];
            settings?: components["schemas"]["SplSettings"];
            inbox_id?: string;
            /** Format: date-time */
            disabled_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SplPrinterModel: {
            name?: string;
            hub_id?: string;
            default_encoding?: string;
            /** @default Europe/Amsterdam */
            timezone: string;
            connection?: components["schemas"]["SplConnection"];
            settings?: components["schemas"]["SplSettings"];
        };
        SplProperty: {
            key?: string;
            value?: string;
        };
        SplPubnub: {
            tokens?: components["schemas"]["SplToken"][];
        };
        SplSettings: Record<string, unknown>;
        SplSettingsSchema: {
            type?: string;
            schema?: string;
        };
        SplStatus: {
            status?: string;
            /** Format: date-time */
            changed_at?: string;
        };
        SplToken: {
            key?: string;
            /** Format: date-time */
            expires_at?: string;
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
        /** @description Not Found */
        NotFoundNoBody: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
export type SchemaSplConnection = components['schemas']['SplConnection'];
export type SchemaSplCreateNetworkDevice = components['schemas']['SplCreateNetworkDevice'];
export type SchemaSplHub = components['schemas']['SplHub'];
export type SchemaSplHubError = components['schemas']['SplHubError'];
export type SchemaSplHubErrorModel = components['schemas']['SplHubErrorModel'];
export type SchemaSplHubImage = components['schemas']['SplHubImage'];
export type SchemaSplHubModel = components['schemas']['SplHubModel'];
export type SchemaSplHubNetwork = components['schemas']['SplHubNetwork'];
export type SchemaSplHubStatus = components['schemas']['SplHubStatus'];
export type SchemaSplInbox = components['schemas']['SplInbox'];
export type SchemaSplIntegration = components['schemas']['SplIntegration'];
export type SchemaSplJob = components['schemas']['SplJob'];
export type SchemaSplJobModel = components['schemas']['SplJobModel'];
export type SchemaSplJobResult = components['schemas']['SplJobResult'];
export type SchemaSplNetworkDevice = components['schemas']['SplNetworkDevice'];
export type SchemaSplPrinter = components['schemas']['SplPrinter'];
export type SchemaSplPrinterModel = components['schemas']['SplPrinterModel'];
export type SchemaSplProperty = components['schemas']['SplProperty'];
export type SchemaSplPubnub = components['schemas']['SplPubnub'];
export type SchemaSplSettings = components['schemas']['SplSettings'];
export type SchemaSplSettingsSchema = components['schemas']['SplSettingsSchema'];
export type SchemaSplStatus = components['schemas']['SplStatus'];
export type SchemaSplToken = components['schemas']['SplToken'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotFoundNoBody = components['responses']['NotFoundNoBody'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type $defs = Record<string, never>;
export interface operations {
    listHubs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of the currently active hubs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"][];
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
    createHub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new hub */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplHubModel"];
            };
        };
        responses: {
            /** @description The newly created hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"];
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
    getHub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to return */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selected hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"];
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
    updateHub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to update */
                id: string;
            };
            cookie?: never;
        };
        /** @description The updated hub data */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplHubModel"];
            };
        };
        responses: {
            /** @description Hub updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"];
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
    deleteHub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to delete */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hub was disabled, old hub is returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"];
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
    listHubLogs: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                /** @description ID of hub to add a token for */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of the unresolved logs for the given hub */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHubError"][];
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
    addHubLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of hub to add a log for */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new hub */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplHubErrorModel"];
            };
        };
        responses: {
            /** @description The added log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHubError"];
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
    listHubNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to add a token for */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of network's devices for the given hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplNetworkDevice"][];
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
    updateHubNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to update network information for */
                id: number;
            };
            cookie?: never;
        };
        /** @description The new hub */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplCreateNetworkDevice"][];
            };
        };
        responses: {
            /** @description The new network information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplNetworkDevice"][];
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
    getHubStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of hub to look for */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live hub status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHubStatus"];
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
    getHubByUuid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The UUID of the hub to return */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selected hub */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplHub"];
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
    listPrinters: {
        parameters: {
            query?: {
                /** @description ID of hub to filter for */
                hub_id?: string;
                /** @description ID of inbox to filter for */
                inbox_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printer list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"][];
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
    createPrinter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new printer */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplPrinterModel"];
            };
        };
        responses: {
            /** @description The created printer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"];
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
    getPrinter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of printer to return */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printer information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"];
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
    updatePrinter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of printer to update */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new printer configuration */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplPrinterModel"];
            };
        };
        responses: {
            /** @description Printer updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"];
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
    deletePrinter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of printer to delete */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printer deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundNoBody"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of printer to attach the inbox to */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new printer configuration */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplInbox"];
            };
        };
        responses: {
            /** @description Printer updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplPrinter"];
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
    listJobs: {
        parameters: {
            query?: {
                /** @description Status values that need to be considered for filter */
                status?: "printed" | "scheduled" | "received" | "failed" | "cancelled";
                /** @description The printer id that we want to filter */
                printer_id?: string;
                /** @description The tag id that we want to filter for */
                tag?: string;
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
            /** @description Job list */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplJob"][];
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
    addJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplJobModel"];
            };
        };
        responses: {
            /** @description Job received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplJob"];
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
    getJobStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the job that we look for, returned when job is pushed to queue */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplJob"];
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
    updateStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the job that we look for, returned when job is pushed to queue */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SplStatus"];
            };
        };
        responses: {
            /** @description Status updated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplJobResult"];
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
    getTypeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "escpos" | "zpl" | "pcl";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printer settings json schema */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplSettingsSchema"];
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
