export interface paths {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token
         * @description Issues a bearer access token for the API client, either from its key and secret (`grant_type: client_credentials`) or from a refresh token returned earlier (`grant_type: refresh_token`). `exp` may ask for an earlier expiry, at most one hour after issue. Never call this from a browser: the client secret must stay on the server.
         */
        post: operations["token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner tokens
         * @description Lists the partner tokens issued for one of the partner's organizations.
         */
        get: operations["getPartnerTokens"];
        put?: never;
        /**
         * Create a partner token
         * @description Issues a named partner token for one of the partner's organizations, limited to the given scopes.
         */
        post: operations["createPartnerToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The partner token's id.
                 * @example 65f1c0a2b3d4e5f6a7b8c9d1
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a partner token
         * @description Revokes a partner token.
         */
        delete: operations["deletePartnerToken"];
        options?: never;
        head?: never;
        /**
         * Rename a partner token
         * @description Changes the display name of a partner token.
         */
        patch: operations["renamePartnerToken"];
        trace?: never;
    };
    "/white-label/generate-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an SSO session
         * @description Creates (or signs in) a white-label user and returns a **single-use** `sso_login_token`.
         *     Send the user's browser to `https://<WHITE_LABEL_DOMAIN>/redirect/sso?code=<sso_login_token>`
         *     to log them in. The link works once: a second use is rejected with the error code
         *     `sso_token_redeemed`, so generate a fresh token for every login (for example behind an
         *     authenticated button in the partner's own portal) and never cache or share the link.
         *     Call this from the partner's server only; the API client's credentials must never reach a browser.
         *
         *     Stream's newest SSO guide requires `role` and `provider_org_id`; the reference marks both optional,
         *     and this document follows the reference. POS API partners are directed to the POS API merchant
         *     onboarding flow for SSO instead.
         */
        post: operations["generateSSOSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create organization
         * @description Creates a new organization in the partner's white label, together with its first user.
         */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/org/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization id (`org_id` from createOrganization).
                 * @example 65f1c0a2b3d4e5f6a7b8c901
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List organization locations
         * @description Returns the organization's POS locations, each with the DSP stores bound to it. `location_id` narrows the result to one location.
         */
        get: operations["listOrganizationLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initialize OAuth integration flow
         * @description Starts connecting a POS (or DSP) to the organization. For OAuth-capable sources the response carries an `entry_url`: send the user there; the source redirects back to `return_url` with a code, which completeOAuthIntegration exchanges. Without an `entry_url` (manual or non-OAuth POS) call completeOAuthIntegration directly with the integration code.
         */
        post: operations["initializeOAuthIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
                 * @example 65f1c0a2b3d4e5f6a7b8c9a1
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get OAuth integration status
         * @description Retrieves the current status and details of an onboarding integration.
         */
        get: operations["getOAuthIntegrationStatus"];
        /**
         * Complete OAuth integration
         * @description Exchanges the code from the OAuth redirect (or, for a manual or non-OAuth POS, the integration code the partner holds) and activates the integration.
         */
        put: operations["completeOAuthIntegration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List onboarding locations
         * @description Retrieves the source's locations that an onboarding integration can see, ready to be ingested.
         */
        get: operations["listOnboardingLocations"];
        put?: never;
        /**
         * Ingest POS locations
         * @description Imports the chosen point-of-sale locations (by their provider ids from listOnboardingLocations) into the organization and returns the Stream location ids they received.
         */
        post: operations["ingestPosLocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onboarding/locations/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind DSP locations
         * @description Associates delivery-service-provider (DSP) stores with ingested POS locations (by the `_id` ingestPosLocations returned). Each binding carries the DSP's approval status.
         */
        post: operations["bindDspLocations"];
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
        /**
         * @description A permission an access or partner token carries. `billing` is absent from the oldest reference rendering.
         * @enum {string}
         */
        Scope: "user" | "onboarding" | "legacy_onboarding" | "sso" | "billing";
        /** @enum {string} */
        Role: "owner" | "admin" | "manager" | "team_member" | "custom";
        /**
         * @description Whether the integration connects a point-of-sale system (pos) or a delivery service provider (dsp).
         * @enum {string}
         */
        IntegrationType: "pos" | "dsp";
        /** @description An error body. Stream publishes no error schema; the one documented error code is `sso_token_redeemed` (an SSO link used twice), returned by the white-label redirect rather than by this API. Both properties are optional and other properties are allowed, so any real error body still validates. */
        Error: {
            /** @description A machine-readable error code. */
            error?: string;
            /** @description A human-readable explanation. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        TokenRequest: {
            /**
             * @description The type of grant you are requesting, must be "client_credentials" or "refresh_token".
             * @enum {string}
             */
            grant_type: "client_credentials" | "refresh_token";
            /** @description The API Key given by the application. */
            client_id: string;
            /** @description The API Token given by the application. */
            client_secret: string;
            /** @description The expiration time of the assertion, specified as seconds since 00:00:00 UTC, January 1, 1970. This value has a maximum of 1 hour after the issued time. */
            exp?: number;
            /** @description The list of the permissions that the application requests. */
            scopes?: components["schemas"]["Scope"][];
            /** @description The refresh token only when grant_type is set to "refresh_token". */
            refresh_token?: string;
        };
        TokenResponse: {
            access_token: string;
            /** @description Sent as "bearer" in the vendor's sample. */
            token_type: string;
            /** @description Use with grant_type refresh_token to get a new access token before this one expires. */
            refresh_token?: string;
            /** @description Seconds until the access token expires (3600 in the vendor's example). */
            expires_in: number;
            /** @description Seconds until the refresh token expires (7200 in the vendor's example). */
            refresh_token_expires_in?: number;
            scopes?: components["schemas"]["Scope"][];
        };
        CreatePartnerTokenRequest: {
            org_id: string;
            token_name: string;
            scopes: components["schemas"]["Scope"][];
        };
        RenamePartnerTokenRequest: {
            token_name: string;
        };
        /** @description A partner token. The reference declares no properties for it (its samples are `{}`); the properties below mirror the create request plus an `_id`, and other properties are allowed. */
        PartnerToken: {
            _id?: string;
            org_id?: string;
            token_name?: string;
            scopes?: components["schemas"]["Scope"][];
        } & {
            [key: string]: unknown;
        };
        GenerateSSOSessionRequest: {
            email: string;
            full_name: string;
            phone_number: string;
            role?: components["schemas"]["Role"];
            /** @description The partner's own organization or group id. All users with the same value share locations, data and integrations. */
            provider_org_id?: string;
            /** @description The partner's name for that organization or group. */
            provider_org_name?: string;
        };
        SSOSession: {
            /** @description Single-use login token. Redirect the user's browser to `https://<WHITE_LABEL_DOMAIN>/redirect/sso?code=<sso_login_token>`; a second use fails with `sso_token_redeemed`. Its lifetime is not published. */
            sso_login_token: string;
        };
        /** @description The organization's first user. */
        CreateUserOrgUser: {
            email?: string;
            first_name?: string;
            last_name?: string;
        };
        CreateOrganizationRequest: {
            name: string;
            /** @description The partner's internal id for this organization. */
            provider_id: string;
            user: components["schemas"]["CreateUserOrgUser"];
        };
        CreateOrganizationResponse: {
            org_id: string;
            user_id: string;
        };
        InitializeIntegrationRequest: {
            /** @description The organization (`org_id` from createOrganization). */
            org_id: string;
            /** @description The integration's slug, e.g. `toast`. */
            source: string;
            type: components["schemas"]["IntegrationType"];
            /** @description The partner's callback URL, where the source redirects after authorization. */
            return_url: string;
        };
        InitializeIntegrationResponse: {
            onboarding: components["schemas"]["Onboarding"];
        };
        CompleteIntegrationRequest: {
            /** @description The code from the OAuth redirect, or the integration code for a manual or non-OAuth POS. */
            code: string;
        };
        /** @description An onboarding integration. */
        Onboarding: {
            _id: string;
            org_id: string;
            merchant_id?: string;
            type: components["schemas"]["IntegrationType"];
            /** @description The integration's state; `pending` until completed, then `active`. Other values are not published. */
            status: string;
            partner_id?: string;
            partner_org_id?: string;
            source?: string;
            /** @description Where to send the user to authorize the source. Present only for OAuth-capable sources. */
            entry_url?: string;
            return_url?: string;
            integration_id?: string;
        };
        Address: {
            formatted_address?: string;
            address_line_1?: string;
            address_line_2?: string;
            address_line_3?: string;
            postal_code?: string;
            locality?: string;
            /** @description State, province or region. */
            administrative_district_level_1?: string;
            country?: string;
            latitude?: number;
            longitude?: number;
        };
        /** @description A location as the integration's source reports it, before ingestion. */
        OnboardingLocation: {
            provider_id: string;
            name?: string;
            address?: components["schemas"]["Address"];
            source?: string;
        };
        OnboardingLocationList: {
            locations: components["schemas"]["OnboardingLocation"][];
        };
        IngestOnboardingLocation: {
            /** @description The location's id at the source (`provider_id` from listOnboardingLocations). */
            provider_id?: string;
        };
        IngestLocationsRequest: {
            onboarding_id: string;
            locations: components["schemas"]["IngestOnboardingLocation"][];
        };
        IngestedLocation: {
            /** @description The Stream location id (pass as `pos_location_id` to bindDspLocations). */
            _id: string;
            provider_id?: string;
        };
        IngestLocationsResponse: {
            locations: components["schemas"]["IngestedLocation"][];
        };
        BindOnboardingLocation: {
            /** @description The ingested POS location (`_id` from ingestPosLocations). */
            pos_location_id?: string;
            /** @description The store's id at the DSP. */
            dsp_provider_id?: string;
            dsp_store_name?: string;
        };
        BindLocationsRequest: {
            onboarding_id: string;
            locations: components["schemas"]["BindOnboardingLocation"][];
        };
        DspBinding: {
            _id: string;
            dsp_provider_id?: string;
            dsp_store_name?: string;
            /** @description The binding's approval state, e.g. `APPROVED`. The full set of values is not published. */
            status?: string;
        };
        BindLocationsResponse: {
            locations: components["schemas"]["DspBinding"][];
        };
        /** @description A DSP store bound to an organization location. */
        LocationDsp: {
            _id: string;
            name?: string;
            source?: string;
            /** @description The binding's approval state, e.g. `APPROVED`. The full set of values is not published. */
            status?: string;
            /** @description When the status last changed. The unit is not published; the example assumes Unix seconds. */
            change_time?: number;
        };
        OrganizationLocation: {
            _id: string;
            name?: string;
            source?: string;
            /** @description The location's state, e.g. `active`. The full set of values is not published. */
            status?: string;
            address?: components["schemas"]["Address"];
            dsps?: components["schemas"]["LocationDsp"][];
        };
        OrganizationLocationList: {
            locations: components["schemas"]["OrganizationLocation"][];
        };
    };
    responses: {
        /** @description The request is malformed or fails validation. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_request",
                 *       "message": "The request body is invalid."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bearer token (or, for /oauth/token, the client credentials or refresh token) is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized",
                 *       "message": "Access token is missing or expired."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but lacks the scope this operation needs, or the resource belongs to another partner. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden",
                 *       "message": "The access token lacks the scope this operation needs."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No resource with this id exists for the partner. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "message": "No resource with this id was found."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization whose partner tokens to list.
         * @example 65f1c0a2b3d4e5f6a7b8c901
         */
        OrgIdQuery: string;
        /**
         * @description The partner token's id.
         * @example 65f1c0a2b3d4e5f6a7b8c9d1
         */
        TokenId: string;
        /**
         * @description Shown by the reference without an explanation of its meaning.
         * @example 65f1c0a2b3d4e5f6a7b8c9f0
         */
        PartnerIdQuery: string;
        /**
         * @description The organization id (`org_id` from createOrganization).
         * @example 65f1c0a2b3d4e5f6a7b8c901
         */
        OrganizationId: string;
        /**
         * @description Return only this location.
         * @example 65f1c0a2b3d4e5f6a7b8c9c1
         */
        LocationIdQuery: string;
        /**
         * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
         * @example 65f1c0a2b3d4e5f6a7b8c9a1
         */
        IntegrationId: string;
        /**
         * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
         * @example 65f1c0a2b3d4e5f6a7b8c9a1
         */
        OnboardingIdQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaScope = components['schemas']['Scope'];
export type SchemaRole = components['schemas']['Role'];
export type SchemaIntegrationType = components['schemas']['IntegrationType'];
export type SchemaError = components['schemas']['Error'];
export type SchemaTokenRequest = components['schemas']['TokenRequest'];
export type SchemaTokenResponse = components['schemas']['TokenResponse'];
export type SchemaCreatePartnerTokenRequest = components['schemas']['CreatePartnerTokenRequest'];
export type SchemaRenamePartnerTokenRequest = components['schemas']['RenamePartnerTokenRequest'];
export type SchemaPartnerToken = components['schemas']['PartnerToken'];
export type SchemaGenerateSsoSessionRequest = components['schemas']['GenerateSSOSessionRequest'];
export type SchemaSsoSession = components['schemas']['SSOSession'];
export type SchemaCreateUserOrgUser = components['schemas']['CreateUserOrgUser'];
export type SchemaCreateOrganizationRequest = components['schemas']['CreateOrganizationRequest'];
export type SchemaCreateOrganizationResponse = components['schemas']['CreateOrganizationResponse'];
export type SchemaInitializeIntegrationRequest = components['schemas']['InitializeIntegrationRequest'];
export type SchemaInitializeIntegrationResponse = components['schemas']['InitializeIntegrationResponse'];
export type SchemaCompleteIntegrationRequest = components['schemas']['CompleteIntegrationRequest'];
export type SchemaOnboarding = components['schemas']['Onboarding'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaOnboardingLocation = components['schemas']['OnboardingLocation'];
export type SchemaOnboardingLocationList = components['schemas']['OnboardingLocationList'];
export type SchemaIngestOnboardingLocation = components['schemas']['IngestOnboardingLocation'];
export type SchemaIngestLocationsRequest = components['schemas']['IngestLocationsRequest'];
export type SchemaIngestedLocation = components['schemas']['IngestedLocation'];
export type SchemaIngestLocationsResponse = components['schemas']['IngestLocationsResponse'];
export type SchemaBindOnboardingLocation = components['schemas']['BindOnboardingLocation'];
export type SchemaBindLocationsRequest = components['schemas']['BindLocationsRequest'];
export type SchemaDspBinding = components['schemas']['DspBinding'];
export type SchemaBindLocationsResponse = components['schemas']['BindLocationsResponse'];
export type SchemaLocationDsp = components['schemas']['LocationDsp'];
export type SchemaOrganizationLocation = components['schemas']['OrganizationLocation'];
export type SchemaOrganizationLocationList = components['schemas']['OrganizationLocationList'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ParameterOrgIdQuery = components['parameters']['OrgIdQuery'];
export type ParameterTokenId = components['parameters']['TokenId'];
export type ParameterPartnerIdQuery = components['parameters']['PartnerIdQuery'];
export type ParameterOrganizationId = components['parameters']['OrganizationId'];
export type ParameterLocationIdQuery = components['parameters']['LocationIdQuery'];
export type ParameterIntegrationId = components['parameters']['IntegrationId'];
export type ParameterOnboardingIdQuery = components['parameters']['OnboardingIdQuery'];
export type $defs = Record<string, never>;
export interface operations {
    token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials",
                 *       "client_id": "0f3c2a8e-5b71-4d2e-9a64-7c1e2d9b8f10",
                 *       "client_secret": "sk_live_9Qe4xV2mB7rT1zKp",
                 *       "scopes": [
                 *         "onboarding",
                 *         "sso"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token, and a refresh token for later renewal. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXJ0bmVyLWNsaWVudCIsInNjb3BlcyI6WyJvbmJvYXJkaW5nIiwic3NvIl19.3Jq0m8v7JxH2c5nU0QyX4Lw9Zt6KpS1eRbAgDhFiYk0",
                     *       "token_type": "bearer",
                     *       "refresh_token": "rt_5b1d9c0e7a2f4e38b6d1c9a0f3e2b7d4",
                     *       "expires_in": 3600,
                     *       "refresh_token_expires_in": 7200,
                     *       "scopes": [
                     *         "onboarding",
                     *         "sso"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getPartnerTokens: {
        parameters: {
            query: {
                /**
                 * @description The organization whose partner tokens to list.
                 * @example 65f1c0a2b3d4e5f6a7b8c901
                 */
                org_id: components["parameters"]["OrgIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's partner tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "_id": "65f1c0a2b3d4e5f6a7b8c9d1",
                     *         "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *         "token_name": "Harbor Grill POS bridge",
                     *         "scopes": [
                     *           "onboarding"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PartnerToken"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPartnerToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                 *       "token_name": "Harbor Grill POS bridge",
                 *       "scopes": [
                 *         "onboarding"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreatePartnerTokenRequest"];
            };
        };
        responses: {
            /** @description The partner token was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_id": "65f1c0a2b3d4e5f6a7b8c9d1",
                     *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *       "token_name": "Harbor Grill POS bridge",
                     *       "scopes": [
                     *         "onboarding"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PartnerToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deletePartnerToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The partner token's id.
                 * @example 65f1c0a2b3d4e5f6a7b8c9d1
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner token was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    renamePartnerToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The partner token's id.
                 * @example 65f1c0a2b3d4e5f6a7b8c9d1
                 */
                token_id: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token_name": "Harbor Grill POS bridge (main)"
                 *     }
                 */
                "application/json": components["schemas"]["RenamePartnerTokenRequest"];
            };
        };
        responses: {
            /** @description The partner token was renamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_id": "65f1c0a2b3d4e5f6a7b8c9d1",
                     *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *       "token_name": "Harbor Grill POS bridge (main)",
                     *       "scopes": [
                     *         "onboarding"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PartnerToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    generateSSOSession: {
        parameters: {
            query?: {
                /**
                 * @description Shown by the reference without an explanation of its meaning.
                 * @example 65f1c0a2b3d4e5f6a7b8c9f0
                 */
                partner_id?: components["parameters"]["PartnerIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "maria.lopez@harborgrill.example",
                 *       "full_name": "Maria Lopez",
                 *       "phone_number": "+14155550142",
                 *       "role": "owner",
                 *       "provider_org_id": "hg-group-1042"
                 *     }
                 */
                "application/json": components["schemas"]["GenerateSSOSessionRequest"];
            };
        };
        responses: {
            /** @description A single-use login token for the white-label redirect. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sso_login_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6Im1hcmlhLmxvcGV6QGhhcmJvcmdyaWxsLmV4YW1wbGUiLCJqdGkiOiI3YzFlMmQ5YiJ9.Vq8nR2xT5mW0yL3kP6bJ9cF1dH4gZ7aS2eU0oI8tQwE"
                     *     }
                     */
                    "application/json": components["schemas"]["SSOSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Harbor Grill",
                 *       "provider_id": "partner-merchant-88412",
                 *       "user": {
                 *         "email": "maria.lopez@harborgrill.example",
                 *         "first_name": "Maria",
                 *         "last_name": "Lopez"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The organization and its first user were created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *       "user_id": "65f1c0a2b3d4e5f6a7b8c902"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateOrganizationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listOrganizationLocations: {
        parameters: {
            query?: {
                /**
                 * @description Return only this location.
                 * @example 65f1c0a2b3d4e5f6a7b8c9c1
                 */
                location_id?: components["parameters"]["LocationIdQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The organization id (`org_id` from createOrganization).
                 * @example 65f1c0a2b3d4e5f6a7b8c901
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's locations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "locations": [
                     *         {
                     *           "_id": "65f1c0a2b3d4e5f6a7b8c9c1",
                     *           "name": "Harbor Grill - Embarcadero",
                     *           "source": "toast",
                     *           "status": "active",
                     *           "address": {
                     *             "formatted_address": "1 Embarcadero Center, San Francisco, CA 94111, US",
                     *             "address_line_1": "1 Embarcadero Center",
                     *             "address_line_2": "Suite 120",
                     *             "address_line_3": "",
                     *             "postal_code": "94111",
                     *             "locality": "San Francisco",
                     *             "administrative_district_level_1": "CA",
                     *             "country": "US",
                     *             "latitude": 37.7946,
                     *             "longitude": -122.3999
                     *           },
                     *           "dsps": [
                     *             {
                     *               "_id": "65f1c0a2b3d4e5f6a7b8c9e1",
                     *               "name": "Harbor Grill (Embarcadero)",
                     *               "source": "doordash",
                     *               "status": "APPROVED",
                     *               "change_time": 1710336000
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationLocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    initializeOAuthIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                 *       "source": "toast",
                 *       "type": "pos",
                 *       "return_url": "https://partner.example/stream/oauth/callback"
                 *     }
                 */
                "application/json": components["schemas"]["InitializeIntegrationRequest"];
            };
        };
        responses: {
            /** @description The integration was started; it stays pending until completed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "onboarding": {
                     *         "_id": "65f1c0a2b3d4e5f6a7b8c9a1",
                     *         "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *         "type": "pos",
                     *         "status": "pending",
                     *         "partner_id": "65f1c0a2b3d4e5f6a7b8c9f0",
                     *         "partner_org_id": "partner-merchant-88412",
                     *         "source": "toast",
                     *         "entry_url": "https://auth.toasttab.example/oauth/authorize?client_id=stream&state=65f1c0a2b3d4e5f6a7b8c9a1",
                     *         "return_url": "https://partner.example/stream/oauth/callback"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InitializeIntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getOAuthIntegrationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
                 * @example 65f1c0a2b3d4e5f6a7b8c9a1
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_id": "65f1c0a2b3d4e5f6a7b8c9a1",
                     *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *       "type": "pos",
                     *       "status": "pending",
                     *       "partner_id": "65f1c0a2b3d4e5f6a7b8c9f0",
                     *       "partner_org_id": "partner-merchant-88412",
                     *       "source": "toast",
                     *       "entry_url": "https://auth.toasttab.example/oauth/authorize?client_id=stream&state=65f1c0a2b3d4e5f6a7b8c9a1",
                     *       "return_url": "https://partner.example/stream/oauth/callback"
                     *     }
                     */
                    "application/json": components["schemas"]["Onboarding"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    completeOAuthIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
                 * @example 65f1c0a2b3d4e5f6a7b8c9a1
                 */
                id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "7d41c0e2b9a84f13"
                 *     }
                 */
                "application/json": components["schemas"]["CompleteIntegrationRequest"];
            };
        };
        responses: {
            /** @description The integration is active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_id": "65f1c0a2b3d4e5f6a7b8c9a1",
                     *       "org_id": "65f1c0a2b3d4e5f6a7b8c901",
                     *       "merchant_id": "8a3f6c12-4b7e-4d0a-9e51-2c6d8f1b7a90",
                     *       "type": "pos",
                     *       "status": "active",
                     *       "partner_id": "65f1c0a2b3d4e5f6a7b8c9f0",
                     *       "partner_org_id": "partner-merchant-88412",
                     *       "source": "toast",
                     *       "return_url": "https://partner.example/stream/oauth/callback",
                     *       "integration_id": "65f1c0a2b3d4e5f6a7b8c9b1"
                     *     }
                     */
                    "application/json": components["schemas"]["Onboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listOnboardingLocations: {
        parameters: {
            query: {
                /**
                 * @description The onboarding id (`onboarding._id` from initializeOAuthIntegration).
                 * @example 65f1c0a2b3d4e5f6a7b8c9a1
                 */
                onboarding_id: components["parameters"]["OnboardingIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The locations the integration's source reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "locations": [
                     *         {
                     *           "provider_id": "4f2e8a61-93c7-4b1d-a0e5-6d9c3b7f2e18",
                     *           "name": "Harbor Grill - Embarcadero",
                     *           "source": "toast",
                     *           "address": {
                     *             "formatted_address": "1 Embarcadero Center, San Francisco, CA 94111, US",
                     *             "address_line_1": "1 Embarcadero Center",
                     *             "address_line_2": "Suite 120",
                     *             "address_line_3": "",
                     *             "postal_code": "94111",
                     *             "locality": "San Francisco",
                     *             "administrative_district_level_1": "CA",
                     *             "country": "US",
                     *             "latitude": 37.7946,
                     *             "longitude": -122.3999
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OnboardingLocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ingestPosLocations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "onboarding_id": "65f1c0a2b3d4e5f6a7b8c9a1",
                 *       "locations": [
                 *         {
                 *           "provider_id": "4f2e8a61-93c7-4b1d-a0e5-6d9c3b7f2e18"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IngestLocationsRequest"];
            };
        };
        responses: {
            /** @description The locations were ingested. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "locations": [
                     *         {
                     *           "_id": "65f1c0a2b3d4e5f6a7b8c9c1",
                     *           "provider_id": "4f2e8a61-93c7-4b1d-a0e5-6d9c3b7f2e18"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IngestLocationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    bindDspLocations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "onboarding_id": "65f1c0a2b3d4e5f6a7b8c9a1",
                 *       "locations": [
                 *         {
                 *           "pos_location_id": "65f1c0a2b3d4e5f6a7b8c9c1",
                 *           "dsp_provider_id": "dd-store-5531907",
                 *           "dsp_store_name": "Harbor Grill (Embarcadero)"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BindLocationsRequest"];
            };
        };
        responses: {
            /** @description The DSP stores were bound. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "locations": [
                     *         {
                     *           "_id": "65f1c0a2b3d4e5f6a7b8c9e1",
                     *           "dsp_provider_id": "dd-store-5531907",
                     *           "dsp_store_name": "Harbor Grill (Embarcadero)",
                     *           "status": "APPROVED"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BindLocationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
