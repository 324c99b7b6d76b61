export interface paths {
    "/rel/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new address
         * @description Create an address
         */
        post: operations["createAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a single address
         * @description Returns a single address by id
         */
        get: operations["viewAddress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/addresses/{id}/geocode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Geocode address
         * @description Get lat long parameters for party address
         */
        get: operations["getAddressGeocode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of contacts
         * @description Returns a list of contact information
         */
        get: operations["listContacts"];
        /**
         * Upsert a new contact
         * @description Create or update an existing contact, based on its email address. This only updates the primary lists and moves existing primaries to the secondary lists when changed.
         */
        put: operations["upsertContact"];
        /**
         * Search contacts
         * @description Search contacts based on their id's or email addresses
         */
        post: operations["searchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a single contact
         * @description Returns a single contact by id
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Delete a contact by id
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/contacts/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a list of versions for a a single contact
         * @description Returns a version list for the contact
         */
        get: operations["viewContactVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/geocode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get geocode
         * @description Get lat long parameters for party address
         */
        post: operations["getGeocode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new identy or login to an existing one
         * @description Returns a signed id token
         */
        post: operations["authorizeIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an identity
         * @description Returns a signed id token
         */
        post: operations["createIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check if the identity exists
         * @description Returns a 204 if the there exists an identity
         */
        post: operations["identityExists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password
         * @description Pass a token to reset the password
         */
        post: operations["resetIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new token
         * @description Returns a new token to confirm identity or reset a password
         */
        post: operations["createTokenIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/identity/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an identity
         * @description Mark the identity as verified
         */
        post: operations["verifyIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/options/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get required fiels for an address based on country
         * @description List required fields
         */
        get: operations["getRequiredAddressFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of organisations
         * @description Returns a list of organisation information
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create a new organisation
         * @description Create an organisation
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a single organisation
         * @description Returns a single organisation by id
         */
        get: operations["viewOrganisation"];
        /**
         * Update an organisation
         * @description Updates an existing organisation
         */
        put: operations["updateOrganisation"];
        post?: never;
        /**
         * Delete an organisation
         * @description delete an existing organisation
         */
        delete: operations["deleteOrganisation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/organisations/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a list of versions for a a single organisation
         * @description Returns a version list for the organisation
         */
        get: operations["viewOrganisationVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new phonenumber
         * @description Create a phonenumber
         */
        post: operations["createPhonenumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/phonenumbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a single phonenumber
         * @description Returns a single phonenumber by id
         */
        get: operations["viewPhoneNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/search/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search addresses
         * @description Search addresses
         */
        post: operations["searchAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/search/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start session
         * @description Start an search session
         */
        get: operations["startAddressSearchSession"];
        put?: never;
        /**
         * Search address
         * @description Search an address
         */
        post: operations["searchAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/search/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search organisations
         * @description Search organisations
         */
        post: operations["searchOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rel/search/phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search phone numbers
         * @description Search phone numbers
         */
        post: operations["searchPhoneNumbers"];
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
        RelAddress: {
            id?: string;
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description The state or province name or abbreviation (optional) */
            administrative_area?: string;
            /** @description City */
            locality?: string;
            /** @description Additional information about the locality (optional) */
            dependent_locality?: string;
            /** @description The complete postal code for the delivery point */
            postal_code?: string;
            /** @description Allow sorting, for example to route mail (optional) */
            sorting_code?: string;
            /** @description The first address line */
            address_line_1?: string;
            /** @description The second address line (optional) */
            address_line_2?: string;
            thoroughfare?: string;
            premise_number?: number;
            premise_number_suffix?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            organisation?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
            geo_location?: components["schemas"]["RelGeoLocation"];
            /** Format: date-time */
            created_at?: string;
        };
        RelAddressList: {
            primary?: components["schemas"]["RelAddress"];
            secondary?: components["schemas"]["RelAddress"][];
        };
        RelAddressModel: {
            /** @description Two letter country code */
            country_code?: string;
            /** @description The state or province name or abbreviation (optional) */
            administrative_area?: string;
            /** @description City */
            locality?: string;
            /** @description Additional information about the locality (optional) */
            dependent_locality?: string;
            /** @description The complete postal code for the delivery point */
            postal_code?: string;
            /** @description Allow sorting, for example to route mail (optional) */
            sorting_code?: string;
            /** @description The first address line */
            address_line_1?: string;
            /** @description The second address line (optional) */
            address_line_2?: string;
            thoroughfare?: string;
            premise_number?: number;
            premise_number_suffix?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            organisation?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        RelAddressQuery: {
            session_key?: string;
            context?: string;
            query?: string;
        };
        RelAddressResults: {
            options?: components["schemas"]["RelAddressResultsOptions"][];
            result?: components["schemas"]["RelGeoLocation"];
        };
        RelAddressResultsOptions: {
            value?: string;
            /** @enum {string} */
            precision?: "Locality" | "Street" | "PostalCode" | "PartialAddress" | "Address";
            label?: string;
            description?: string;
            context?: string;
        };
        RelAddressSearch: {
            constraints?: components["schemas"]["RelAddressSearchConstraint"][];
        };
        RelAddressSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        RelAddressSearchSession: {
            session_key?: string;
        };
        RelConstraint: {
            /** @example id */
            key?: string;
            /** @example in */
            operator?: string;
            value?: string[];
        };
        RelContact: {
            id?: string;
            version?: string;
            email?: string;
            is_guest?: boolean;
            /** @default default */
            audience: string;
            tags?: string[];
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
            organisations?: components["schemas"]["RelOrganisationList"];
            billing?: components["schemas"]["RelAddressList"];
            shipping?: components["schemas"]["RelAddressList"];
            phone_numbers?: components["schemas"]["RelPhoneNumberList"];
            metadata?: components["schemas"]["RelMetadata"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            deleted_at?: string;
        };
        RelContactUpdate: {
            email?: string;
            /** @default false */
            is_guest: boolean;
            /** @default default */
            audience: string;
            tags?: string[];
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
            organisations?: components["schemas"]["RelContactUpdateOrganisations"];
            billing?: components["schemas"]["RelContactUpdateBilling"];
            shipping?: components["schemas"]["RelContactUpdateShipping"];
            phone_numbers?: components["schemas"]["RelContactUpdatePhoneNumbers"];
            metadata?: components["schemas"]["RelMetadata"];
        };
        RelContactUpdateBilling: {
            primary?: string;
            secondary?: string[];
        };
        RelContactUpdateOrganisations: {
            primary?: components["schemas"]["RelContactUpdateOrganisationsPrimary"];
            secondary?: components["schemas"]["RelContactUpdateOrganisationsPrimary"][];
        };
        RelContactUpdateOrganisationsPrimary: {
            id?: string;
            version?: string;
        };
        RelContactUpdatePhoneNumbers: {
            primary?: string;
            secondary?: string[];
        };
        RelContactUpdateShipping: {
            primary?: string;
            secondary?: string[];
        };
        RelCreateConfirmRequest: {
            token?: string;
        };
        RelCreateIdentityRequest: {
            email?: string;
            password?: string;
            audience?: string;
        };
        RelCreateResetRequest: {
            token?: string;
            password?: string;
        };
        RelCreateTokenRequest: {
            email?: string;
            /** @enum {string} */
            type?: "reset" | "confirm";
            audience?: string;
        };
        RelFieldList: {
            required?: string[];
            allowed?: string[];
            /** @description Country code that was used for the query */
            country_code?: string;
        };
        RelGeoLocation: {
            lat?: number;
            long?: number;
            box?: components["schemas"]["RelGeolocationBox"];
            is_precise?: boolean;
            address?: components["schemas"]["RelGeolocationAddress"];
        };
        RelGeocodeRequest: {
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description The address */
            address?: string;
        };
        RelGeolocationAddress: {
            premise_number?: number;
            /** @description Might be null, depends on source API */
            premise_number_suffix?: string;
            thoroughfare?: string;
            postal_code?: string;
            locality?: string;
            administrative_area?: string;
            country_code?: string;
        };
        RelGeolocationBox: {
            north_east?: {
                lat?: number;
                long?: number;
            };
            south_west?: {
                lat?: number;
                long?: number;
            };
        };
        RelIdentityExistsRequest: {
            email?: string;
            audience?: string;
        };
        /** @description additional metadata that applies to the item */
        RelMetadata: {
            [key: string]: string;
        };
        RelOrganisation: {
            id?: string;
            version?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            name?: string;
            /** @description The file_id ( logo ) of the organisation */
            file_id?: string;
            coc_number?: string;
            account_manager?: string;
            administration?: {
                email?: string;
            };
            tags?: string[];
            metadata?: components["schemas"]["RelMetadata"];
            registrations?: components["schemas"]["RelVatRegistration"][];
            payment_settings?: components["schemas"]["RelOrganisationPaymentSettings"];
            phone_numbers?: components["schemas"]["RelPhoneNumberList"];
            billing?: components["schemas"]["RelAddressList"];
            shipping?: components["schemas"]["RelAddressList"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            deleted_at?: string;
        };
        RelOrganisationList: {
            primary?: components["schemas"]["RelOrganisation"];
            secondary?: components["schemas"]["RelOrganisation"][];
        };
        RelOrganisationPaymentSettings: {
            post_payment?: components["schemas"]["RelOrganisationPaymentSettingsPostPayment"];
            invoice?: components["schemas"]["RelOrganisationPaymentSettingsInvoice"];
        };
        RelOrganisationPaymentSettingsInvoice: {
            is_expected_through_post_mail?: boolean;
            is_expected_through_email?: boolean;
            is_expected_at_delivery?: boolean;
        };
        RelOrganisationPaymentSettingsPostPayment: {
            /** Format: int64 */
            spending_limit?: number;
            current_due_amount?: number;
            due_after?: number;
            iban?: string[];
        };
        RelOrganisationSearch: {
            constraints?: components["schemas"]["RelOrganisationSearchConstraint"][];
        };
        RelOrganisationSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        RelOrganisationUpdateAdministration: {
            email?: string;
        };
        RelOrganisationUpdateModel: {
            /** @description The name of the recipient, firm, or company at this address (optional) */
            name?: string;
            /** @description The file_id ( logo ) of the organisation */
            file_id?: string;
            coc_number?: string;
            account_manager?: string;
            tags?: string[];
            metadata?: components["schemas"]["RelMetadata"];
            registrations?: components["schemas"]["RelVatRegistrationModel"][];
            payment_settings?: components["schemas"]["RelOrganisationPaymentSettings"];
            billing?: components["schemas"]["RelContactUpdateBilling"];
            shipping?: components["schemas"]["RelContactUpdateShipping"];
            phone_numbers?: components["schemas"]["RelContactUpdatePhoneNumbers"];
            administration?: components["schemas"]["RelOrganisationUpdateAdministration"];
        };
        RelPhoneNumber: {
            id?: string;
            /** @description Two letter country code */
            country_code?: string;
            /** @description The actual phonenumber formatted as E164 */
            number?: string;
            /** @description The actual phonenumber formatted as national number */
            national?: string;
            /** @enum {string} */
            type?: "fixed_number" | "mobile" | "toll-free" | "premium" | "shared_cost" | "voip" | "personal";
            /** Format: date-time */
            created_at?: string;
        };
        RelPhoneNumberList: {
            primary?: components["schemas"]["RelPhoneNumber"];
            secondary?: components["schemas"]["RelPhoneNumber"][];
        };
        RelPhoneNumberModel: {
            /** @description Two letter country code */
            country_code?: string;
            /** @description The actual phonenumber */
            number?: string;
        };
        RelPhoneNumberSearch: {
            constraints?: components["schemas"]["RelPhoneNumberSearchConstraint"][];
        };
        RelPhoneNumberSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        RelSearch: {
            constraints?: components["schemas"]["RelConstraint"][];
        };
        RelSignedTokenResponse: {
            token?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        RelTokenResponse: {
            status?: string;
        };
        RelVatRegistration: {
            country_code?: string;
            number?: string;
            verification?: components["schemas"]["RelVatRegistrationVerification"];
        };
        RelVatRegistrationModel: {
            country_code?: string;
            number?: string;
        };
        RelVatRegistrationVerification: {
            /** @default true */
            is_pending: boolean;
            /** @default false */
            is_valid: boolean;
            country_code?: string;
            name?: string;
            type?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            verified_at?: string;
        };
        RelVersion: {
            version?: string;
            /** Format: date-time */
            created_at?: string;
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
        /** @description Conflict */
        Conflict: {
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
        /** @description Reference to the backend task. */
        XTaskId: string;
    };
    pathItems: never;
}
export type SchemaError = components['schemas']['Error'];
export type SchemaRelAddress = components['schemas']['RelAddress'];
export type SchemaRelAddressList = components['schemas']['RelAddressList'];
export type SchemaRelAddressModel = components['schemas']['RelAddressModel'];
export type SchemaRelAddressQuery = components['schemas']['RelAddressQuery'];
export type SchemaRelAddressResults = components['schemas']['RelAddressResults'];
export type SchemaRelAddressResultsOptions = components['schemas']['RelAddressResultsOptions'];
export type SchemaRelAddressSearch = components['schemas']['RelAddressSearch'];
export type SchemaRelAddressSearchConstraint = components['schemas']['RelAddressSearchConstraint'];
export type SchemaRelAddressSearchSession = components['schemas']['RelAddressSearchSession'];
export type SchemaRelConstraint = components['schemas']['RelConstraint'];
export type SchemaRelContact = components['schemas']['RelContact'];
export type SchemaRelContactUpdate = components['schemas']['RelContactUpdate'];
export type SchemaRelContactUpdateBilling = components['schemas']['RelContactUpdateBilling'];
export type SchemaRelContactUpdateOrganisations = components['schemas']['RelContactUpdateOrganisations'];
export type SchemaRelContactUpdateOrganisationsPrimary = components['schemas']['RelContactUpdateOrganisationsPrimary'];
export type SchemaRelContactUpdatePhoneNumbers = components['schemas']['RelContactUpdatePhoneNumbers'];
export type SchemaRelContactUpdateShipping = components['schemas']['RelContactUpdateShipping'];
export type SchemaRelCreateConfirmRequest = components['schemas']['RelCreateConfirmRequest'];
export type SchemaRelCreateIdentityRequest = components['schemas']['RelCreateIdentityRequest'];
export type SchemaRelCreateResetRequest = components['schemas']['RelCreateResetRequest'];
export type SchemaRelCreateTokenRequest = components['schemas']['RelCreateTokenRequest'];
export type SchemaRelFieldList = components['schemas']['RelFieldList'];
export type SchemaRelGeoLocation = components['schemas']['RelGeoLocation'];
export type SchemaRelGeocodeRequest = components['schemas']['RelGeocodeRequest'];
export type SchemaRelGeolocationAddress = components['schemas']['RelGeolocationAddress'];
export type SchemaRelGeolocationBox = components['schemas']['RelGeolocationBox'];
export type SchemaRelIdentityExistsRequest = components['schemas']['RelIdentityExistsRequest'];
export type SchemaRelMetadata = components['schemas']['RelMetadata'];
export type SchemaRelOrganisation = components['schemas']['RelOrganisation'];
export type SchemaRelOrganisationList = components['schemas']['RelOrganisationList'];
export type SchemaRelOrganisationPaymentSettings = components['schemas']['RelOrganisationPaymentSettings'];
export type SchemaRelOrganisationPaymentSettingsInvoice = components['schemas']['RelOrganisationPaymentSettingsInvoice'];
export type SchemaRelOrganisationPaymentSettingsPostPayment = components['schemas']['RelOrganisationPaymentSettingsPostPayment'];
export type SchemaRelOrganisationSearch = components['schemas']['RelOrganisationSearch'];
export type SchemaRelOrganisationSearchConstraint = components['schemas']['RelOrganisationSearchConstraint'];
export type SchemaRelOrganisationUpdateAdministration = components['schemas']['RelOrganisationUpdateAdministration'];
export type SchemaRelOrganisationUpdateModel = components['schemas']['RelOrganisationUpdateModel'];
export type SchemaRelPhoneNumber = components['schemas']['RelPhoneNumber'];
export type SchemaRelPhoneNumberList = components['schemas']['RelPhoneNumberList'];
export type SchemaRelPhoneNumberModel = components['schemas']['RelPhoneNumberModel'];
export type SchemaRelPhoneNumberSearch = components['schemas']['RelPhoneNumberSearch'];
export type SchemaRelPhoneNumberSearchConstraint = components['schemas']['RelPhoneNumberSearchConstraint'];
export type SchemaRelSearch = components['schemas']['RelSearch'];
export type SchemaRelSignedTokenResponse = components['schemas']['RelSignedTokenResponse'];
export type SchemaRelTokenResponse = components['schemas']['RelTokenResponse'];
export type SchemaRelVatRegistration = components['schemas']['RelVatRegistration'];
export type SchemaRelVatRegistrationModel = components['schemas']['RelVatRegistrationModel'];
export type SchemaRelVatRegistrationVerification = components['schemas']['RelVatRegistrationVerification'];
export type SchemaRelVersion = components['schemas']['RelVersion'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXTaskId = components['headers']['XTaskId'];
export type $defs = Record<string, never>;
export interface operations {
    createAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelAddressModel"];
            };
        };
        responses: {
            /** @description The newly created address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelAddress"];
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
    viewAddress: {
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
            /** @description The address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelAddress"];
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
    getAddressGeocode: {
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
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelGeoLocation"];
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
    listContacts: {
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
            /** @description List of contacts */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelContact"][];
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
    upsertContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelContactUpdate"];
            };
        };
        responses: {
            /** @description The created / updated contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelContact"];
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
    searchContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelSearch"];
            };
        };
        responses: {
            /** @description The newly created invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelContact"][];
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
    getContact: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelContact"];
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
    deleteContact: {
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
            /** @description Deleted */
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
    viewContactVersions: {
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
            /** @description The versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelVersion"][];
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
    getGeocode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelGeocodeRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelGeoLocation"];
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
    authorizeIdentity: {
        parameters: {
            query?: {
                /** @description context which to create the identity for */
                client_id?: string;
                /** @description context which to create the identity for */
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelCreateIdentityRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelSignedTokenResponse"];
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
    createIdentity: {
        parameters: {
            query?: {
                /** @description context which to create the identity for */
                client_id?: string;
                /** @description context which to create the identity for */
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelCreateIdentityRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelSignedTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    identityExists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelIdentityExistsRequest"];
            };
        };
        responses: {
            /** @description The created id token */
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
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetIdentity: {
        parameters: {
            query?: {
                /** @description context which to create the identity for */
                client_id?: string;
                /** @description context which to create the identity for */
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelCreateResetRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelSignedTokenResponse"];
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
    createTokenIdentity: {
        parameters: {
            query?: {
                /** @description context which to create the identity for */
                client_id?: string;
                /** @description context which to create the identity for */
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelCreateTokenRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelTokenResponse"];
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
    verifyIdentity: {
        parameters: {
            query?: {
                /** @description context which to create the identity for */
                client_id?: string;
                /** @description context which to create the identity for */
                channel_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelCreateConfirmRequest"];
            };
        };
        responses: {
            /** @description The created id token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelSignedTokenResponse"];
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
    getRequiredAddressFields: {
        parameters: {
            query?: {
                /** @description Defaults to country that can be linked to client IP */
                country_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of required fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelFieldList"];
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
    listOrganisations: {
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
            /** @description List of organisations */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"][];
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
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelOrganisationUpdateModel"];
            };
        };
        responses: {
            /** @description The newly created organisation */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"];
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
    viewOrganisation: {
        parameters: {
            query?: {
                version?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"];
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
    updateOrganisation: {
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
                "application/json": components["schemas"]["RelOrganisationUpdateModel"];
            };
        };
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"];
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
    deleteOrganisation: {
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
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"];
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
    viewOrganisationVersions: {
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
            /** @description The versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelVersion"][];
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
    createPhonenumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelPhoneNumberModel"];
            };
        };
        responses: {
            /** @description The newly created phonenumber */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelPhoneNumber"];
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
    viewPhoneNumber: {
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
            /** @description The phonenumber */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelPhoneNumber"];
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
    searchAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelAddressSearch"];
            };
        };
        responses: {
            /** @description The matched addresses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelAddress"][];
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
    startAddressSearchSession: {
        parameters: {
            query?: {
                country_code?: string;
                session_key?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newly created session token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelAddressSearchSession"];
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
    searchAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelAddressQuery"];
            };
        };
        responses: {
            /** @description The list of options */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelAddressResults"];
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
    searchOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelOrganisationSearch"];
            };
        };
        responses: {
            /** @description The matched organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelOrganisation"][];
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
    searchPhoneNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RelPhoneNumberSearch"];
            };
        };
        responses: {
            /** @description The matched phone numbers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelPhoneNumber"][];
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
