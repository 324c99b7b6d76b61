export interface paths {
    "/tpl/templates/builds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get build
         * @description List a single build
         */
        get: operations["viewBuild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tpl/templates/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List repositories
         * @description Returns a list of available repositories
         */
        get: operations["listRepositories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tpl/templates/repositories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View repository
         * @description View a single repository
         */
        get: operations["viewRepository"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tpl/templates/repositories/{id}/builds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List builds
         * @description List a single repository's builds
         */
        get: operations["listBuilds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tpl/templates/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List themes
         * @description Returns a list of themes
         */
        get: operations["listThemes"];
        put?: never;
        /**
         * Add theme
         * @description Add a theme
         */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tpl/templates/themes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View theme
         * @description Returns a list of themes
         */
        get: operations["viewTheme"];
        /**
         * Update theme
         * @description Update a theme
         */
        put: operations["updateTheme"];
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
        TplBuild: {
            id?: number;
            git_reference?: components["schemas"]["TplGitReference"];
            is_success?: boolean;
            errors?: components["schemas"]["TplBuildError"][];
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            ended_at?: string;
        };
        TplBuildError: {
            message?: string;
        };
        TplGitReference: {
            /** @enum {string} */
            type?: "tag" | "branch";
            tag?: {
                value?: string;
            };
            branch?: {
                name?: string;
                /** @default latest */
                commit_sha: string;
            };
        };
        TplRepository: {
            id?: number;
            name?: string;
            is_private?: boolean;
            installer?: {
                username?: string;
                type?: string;
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        TplTheme: {
            /** Format: uuid */
            id?: string;
            name?: string;
            repository_id?: number;
            secret?: string;
            git_reference?: components["schemas"]["TplGitReference"];
            active_build?: {
                id?: number;
                repository_id?: number;
                git_reference?: components["schemas"]["TplGitReference"];
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        TplThemeCreateModel: {
            name?: string;
            repository_id?: number;
            secret?: string;
            git_reference?: components["schemas"]["TplGitReference"];
        };
        TplThemeUpdateModel: {
            name?: string;
            secret?: string;
            git_reference?: components["schemas"]["TplGitReference"];
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
export type SchemaError = components['schemas']['Error'];
export type SchemaTplBuild = components['schemas']['TplBuild'];
export type SchemaTplBuildError = components['schemas']['TplBuildError'];
export type SchemaTplGitReference = components['schemas']['TplGitReference'];
export type SchemaTplRepository = components['schemas']['TplRepository'];
export type SchemaTplTheme = components['schemas']['TplTheme'];
export type SchemaTplThemeCreateModel = components['schemas']['TplThemeCreateModel'];
export type SchemaTplThemeUpdateModel = components['schemas']['TplThemeUpdateModel'];
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
    viewBuild: {
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
            /** @description A single build */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplBuild"];
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
    listRepositories: {
        parameters: {
            query?: {
                secret?: string;
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
            /** @description List of repositories */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplRepository"][];
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
    viewRepository: {
        parameters: {
            query?: {
                secret?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A single repository */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplRepository"];
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
    listBuilds: {
        parameters: {
            query?: {
                secret?: string;
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
            /** @description A single repository */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplBuild"][];
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
    listThemes: {
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
            /** @description List of Pick lists */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplTheme"][];
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
    createTheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TplThemeCreateModel"];
            };
        };
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplTheme"];
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
    viewTheme: {
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
            /** @description List of Pick lists */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplTheme"][];
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
    updateTheme: {
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
                "application/json": components["schemas"]["TplThemeUpdateModel"];
            };
        };
        responses: {
            /** @description The newly created shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TplTheme"];
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
