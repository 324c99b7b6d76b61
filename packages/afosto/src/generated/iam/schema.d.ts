export interface paths {
    "/iam/2fa/secrets/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get secret information
         * @description Get the secret for the type for the current user
         */
        get: operations["getSecret"];
        /**
         * Update a secret
         * @description Update an existing secret for 2FA
         */
        put: operations["updateSecret"];
        /**
         * Create a secret / enable 2FA
         * @description Create a new secret for 2FA
         */
        post: operations["createSecret"];
        /**
         * Disable 2FA
         * @description Delete the secret and disable 2FA
         */
        delete: operations["deleteSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/2fa/secrets/{type}/backup/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a backup code over the requested channel
         * @description Request a otp over the given channel
         */
        post: operations["requestBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/2fa/secrets/{type}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an otp
         * @description Verify if one time password was created with known secret
         */
        post: operations["verifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain billing information
         * @description Customer information regarding billing data
         */
        get: operations["getBillingInformation"];
        /**
         * Update billing information
         * @description Update customer information regarding billing data
         */
        put: operations["updateBillingInformation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/jwt/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Extend the lifetime of an access token
         * @description Returns a new access token
         */
        get: operations["refreshAccessToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/jwt/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revoke access tokens
         * @description Revoke the current access token or all the users' tokens. Both options will revoke all the users' refresh tokens
         */
        get: operations["revokeTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/logging/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export logs
         * @description Export audit and system logs
         */
        post: operations["exportLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/logging/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query logs
         * @description Query audit and system logs
         */
        post: operations["queryLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the audit log
         * @description Returns a list of logs.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/logs/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the audit log filters
         * @description Returns a list of filters for logs.
         */
        get: operations["listAuditLogFilters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of open / shared / third party
         * @description Returns a list of clients
         */
        get: operations["listOpenClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain an authorization response
         * @description Returns a new authorization response
         */
        get: operations["getRedirect"];
        put?: never;
        /**
         * Obtain a new access token
         * @description Returns a new access token
         */
        post: operations["getAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of clients
         * @description Returns a list of clients
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a new oauth client
         * @description Returns a new client
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the oauth client
         * @description Returns the oauth client for the given client id
         */
        get: operations["getClient"];
        /**
         * Update an oauth client
         * @description Returns an updated client
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete an oauth client
         * @description Returns the deleted client
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/forward/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Redirect the user to the client
         * @description Log the authorization, store approval and redirect the user
         */
        get: operations["getRedirect302"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all available scopes
         * @description Get scopes for all registered services
         */
        get: operations["getScopesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/oauth/scopes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a scope and it's description
         * @description Get scope by it's id
         */
        get: operations["getScope"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a list of products
         * @description List products
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/profiles/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all the profiles that match the path
         * @description Get the profiles by its key
         */
        get: operations["getProfile"];
        /**
         * Update the profile's content
         * @description Update the profile content
         */
        put: operations["updateProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/profiles/{path}/announce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert new a profile definition
         * @description Announce an new profile
         */
        put: operations["announceProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/profiles/{path}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the definition for a profile
         * @description Announce new profiles
         */
        get: operations["getProfileDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/purges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request token
         * @description Requests a purge token
         */
        post: operations["requestPurgeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/purges/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View token
         * @description View a purge token
         */
        get: operations["viewPurgeToken"];
        put?: never;
        /**
         * Apply token
         * @description Start purge for token
         */
        post: operations["startPurge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of records
         * @description Returns a list of records
         */
        get: operations["listRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a usage report
         * @description Returns a set of usage records for given query
         */
        post: operations["queryUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/roles/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of rbac system defined rbac roles
         * @description Returns a list of available rbac roles
         */
        get: operations["listSystemRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/roles/system/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single rbac system defined role
         * @description Returns a single rbac role
         */
        get: operations["getSystemRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/roles/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of rbac roles
         * @description Returns a list of available rbac roles
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a new role
         * @description Make a new RBAC role available
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/roles/tenant/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an rbac role
         * @description Returns the rbac role
         */
        get: operations["getRole"];
        /**
         * Update an existing role
         * @description Update a RBAC role
         */
        put: operations["updateRole"];
        post?: never;
        /**
         * Delete an existing role
         * @description Delete a RBAC role
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/services/sla/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the list of allowed phone numbers
         * @description List of phone numbers
         */
        get: operations["listNumbers"];
        put?: never;
        /** Create a new whitelisted phone number */
        post: operations["createNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a list of payment sources
         * @description List of payment sources
         */
        get: operations["listPaymentSources"];
        put?: never;
        /**
         * Merge a payment source to a user
         * @description Add a payment source
         */
        post: operations["addPaymentSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a payment source from the user
         * @description Remove an active payment source
         */
        delete: operations["removePaymentSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a live list of active subscriptions
         * @description List of subscribed products
         */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Subscribe to a service
         * @description Add a product to the subscription
         */
        post: operations["addSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to an add on
         * @description Add an add on to a subscription
         */
        post: operations["addAddOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a live list of active invoices
         * @description List of the invoices
         */
        get: operations["listSubscriptionInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions/invoices/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a live projection of the upcoming invoice
         * @description Get information about the next invoice
         */
        get: operations["getUpcoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions/trial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obtain a live projection of the trial status
         * @description Get information about the trial
         */
        get: operations["getTrial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subscriptions/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a live list of active subscriptions
         * @description List of subscribed products
         */
        post: operations["getUsages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of accessible subtenants
         * @description Returns a list of subtenants
         */
        get: operations["listSubtenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of approved authorizations to the tenant's account
         * @description Returns a list of subtenants
         */
        get: operations["listAuthorizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/authorizations/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of pending invites for users to the tenant's account
         * @description Returns a list of subtenants
         */
        get: operations["listPendingAuthorizationInvites"];
        put?: never;
        /**
         * Send a request to access another tenant
         * @description Create a new subtenant request
         */
        post: operations["sendInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/authorizations/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of pending requests for users to the tenant's account
         * @description Returns a list of subtenants
         */
        get: operations["listPendingAuthorizationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/authorizations/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the state of a request
         * @description Updates the request state
         */
        put: operations["updateRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the default tenant
         * @description Returns the default tenant
         */
        get: operations["getDefaultSubtenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of pending invites to subtenants
         * @description Returns a list of subtenants
         */
        get: operations["listPendingInvites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the state of an invite
         * @description Updates the invite state
         */
        put: operations["updateInvite"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/subtenants/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of pending subtenant requests
         * @description Returns a list of subtenants
         */
        get: operations["listPendingSubtenants"];
        put?: never;
        /**
         * Send a request to access another tenant
         * @description Create a new subtenant request
         */
        post: operations["sendSubtenantRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new tenant
         * @description Returns a new authorization response
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a info about tenant
         * @description Return the current tenant information
         */
        get: operations["getTenant"];
        /**
         * Update company name
         * @description Update the company name
         */
        put: operations["updateCompanyName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of types
         * @description Returns a list of types
         */
        get: operations["listTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of users
         * @description Returns a list of users
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a new user
         * @description Returns a new authorization response
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a tenant based on invite token
         * @description Accept an invite, set the password and mark user's email as verified
         */
        post: operations["joinTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's credentials
         * @description So the user can login
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a token for the user
         * @description So the user can receive a password reset mail or confirm mail
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/tokens/invalidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable all tokens of given type a user
         * @description Invalidate all pending tokens of given type for user
         */
        post: operations["invalidateTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark user's email as verified
         * @description So the user can login
         */
        post: operations["verifyUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single user by id
         * @description Returns a single user
         */
        get: operations["getUser"];
        /**
         * Update a user by id
         * @description Updates a user
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete a user by id
         * @description Deletes a user
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a user's roles by id
         * @description Updates the roles that belong to a user
         */
        put: operations["updateUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of tokens
         * @description Returns a list of tokens
         */
        get: operations["listTokens"];
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
        AddPaymentSourceBody: {
            source?: string;
        };
        AnnounceProfileBody: Record<string, unknown>;
        AnnounceProfileResponse: Record<string, unknown>;
        CreateTenantResponse: {
            tenant?: components["schemas"]["IamTenant"];
            user?: components["schemas"]["IamUser"];
        };
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        GetProfileDefinitionsResponse: Record<string, unknown>;
        GetProfileResponse200: Record<string, unknown>;
        GetProfileResponse206: Record<string, unknown>;
        GetRedirect302Response: {
            token?: string;
            id_token?: string;
        };
        IamAccessToken: {
            /** @default Bearer */
            token_type: string;
            /** @default 3600 */
            expires_in: number;
            access_token?: string;
            refresh_token?: string;
        };
        IamAddOn: {
            id?: string;
        };
        IamAddress: {
            address_line_1?: string;
            address_line_2?: string;
            postal_code?: string;
            city?: string;
            country_code?: string;
        };
        IamAuditLog: {
            id?: string;
            method?: string;
            resource?: string;
            user?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            logged_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        IamAuthorization: {
            id?: string;
            user?: components["schemas"]["IamSubtenantUser"];
            roles?: string[];
            /** @enum {string} */
            type?: "invite" | "request";
            /** @enum {string} */
            state?: "pending" | "approved" | "revoked";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamAuthorizationResponse: {
            forward_uri?: string;
            client_name?: string;
            client_redirect_uri?: string;
            scope?: components["schemas"]["IamScope"][];
            /** @default false */
            is_authorization_approved: boolean;
            /** @default false */
            is_id_token_issued: boolean;
            expires_in?: number;
        };
        IamBackup: {
            /** @enum {string} */
            channel?: "sms" | "email";
            address?: string;
        };
        IamBackupResponse: {
            address?: string;
            /** Format: date-time */
            created_at?: string;
        };
        IamBillingCompany: {
            name?: string;
            vat_number?: string;
            billing_email?: string;
            phone_number?: string;
            address?: components["schemas"]["IamAddress"];
        };
        IamBucket: {
            /** Format: date-time */
            date?: string;
            quantity?: number;
            filter_key?: string;
            filter_value?: string;
        };
        IamClient: {
            id?: string;
            client_id?: string;
            client_secret?: string;
            name?: string;
            redirect_uri?: string;
            grant_types?: string[];
            scope?: string[];
            tenant_id?: string;
            is_approved?: boolean;
            is_deleted?: boolean;
            author?: string;
            /** Format: date-time */
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamClientModel: {
            name?: string;
            redirect_uri?: string;
            grant_types?: string[];
            scope?: string[];
        };
        IamClientUpdateModel: {
            name?: string;
            scope?: string[];
        };
        IamCompany: {
            name?: string;
            vat_number?: string;
            phone_number?: string;
            address?: components["schemas"]["IamAddress"];
        };
        IamInvoice: {
            id?: string;
            total?: number;
            is_paid?: boolean;
            is_pending?: boolean;
            is_cancelled?: boolean;
            /** Format: date-time */
            invoiced_at?: string;
            reference?: string;
            products?: components["schemas"]["IamProduct"][];
            pdf?: string;
            payment_url?: string;
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
        };
        IamInvoiceProduct: {
            /** @description The stripe id */
            id?: string;
            /** @description Three letter string that is also used to prefix scopes */
            code?: string;
            name?: string;
            description?: string;
            unit?: string;
            quantity?: number;
            amount?: number;
            is_trial?: boolean;
            plan?: components["schemas"]["IamPlan"];
        };
        IamLog: {
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            category?: "AUDIT" | "ERROR" | "REQUEST";
            /**
             * @description order.confirmed for AUDIT, E44532543 for ERROR, http statuscode for REQUEST
             * @enum {string}
             */
            code?: "order.confirmed" | "E45245.24625" | "500";
            resource?: {
                trace?: string;
                /** @enum {string} */
                stream?: "integrations/342524545243455" | "transactions/provider/paynl" | "orders" | "POST";
                entity_type?: string;
                /** Format: uuid */
                entity_id?: string;
            };
            actor?: {
                /**
                 * @description User when action was triggered by a human. System in case the action was caused by the system. Machine in case the action was performaned by a machine.
                 * @enum {string}
                 */
                entity_type?: "user" | "system" | "machine";
                /** @description User ID, service (APP_NAME) or client ID */
                entity_id?: string;
            };
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            processed_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        IamPasswordReset: {
            token?: string;
            password?: string;
        };
        IamPaymentSource: {
            id?: string;
            last_4?: string;
            name?: string;
            is_default?: boolean;
            brand?: string;
            /** Format: date-time */
            expires_at?: string;
            mandate?: string;
        };
        IamPendingAuthorization: {
            id?: string;
            email?: string;
            roles?: string[];
            /** @enum {string} */
            state?: "pending" | "approved" | "revoked" | "expired";
            /** Format: date-time */
            created_at?: string;
        };
        IamPendingRequest: {
            id?: string;
            /** @enum {string} */
            state?: "pending" | "approved" | "revoked" | "expired";
            signee?: string;
            roles?: string[];
            /** Format: date-time */
            created_at?: string;
        };
        IamPhoneNumber: {
            id?: string;
            name?: string;
            number?: string;
            /** @enum {string} */
            preferred_agent?: "Niels" | "Sander" | "Peter" | "Sjoerd" | "Tjeuke";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamPhoneNumberModel: {
            name?: string;
            country_code?: string;
            number?: string;
            /** @enum {string} */
            preferred_agent?: "Niels" | "Sander" | "Peter" | "Sjoerd" | "Tjeuke";
        };
        IamPlan: {
            id?: string;
            /** @example month */
            interval?: string;
            /** @enum {string} */
            type?: "license" | "usage";
            amount?: number;
            tiers?: components["schemas"]["IamTier"][];
        };
        IamProduct: {
            /** @description The stripe id */
            id?: string;
            /** @description Three letter string that is also used to prefix scopes */
            code?: string;
            name?: string;
            description?: string;
            unit?: string;
            plan?: components["schemas"]["IamPlan"];
            is_add_on?: boolean;
        };
        IamPurgeToken: {
            id?: number;
            domains?: string[];
            /** Format: date-time */
            expires_at?: string;
            token?: string;
            requester?: string;
            signer?: string;
            /** Format: date-time */
            created_at?: string;
        };
        IamQuery: {
            filter?: components["schemas"]["IamQueryConstraint"][];
            limit?: number;
            offset?: number;
        };
        IamQueryConstraint: {
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        IamReport: {
            /** @enum {string} */
            interval?: "1h" | "1d" | "1m";
            code?: string;
            unit?: string;
            /** @enum {string} */
            as?: "avg" | "sum";
            filter?: string;
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
            buckets?: components["schemas"]["IamBucket"][];
        };
        IamReportRequest: {
            /** @enum {string} */
            interval?: "1h" | "1d" | "1m";
            code?: string;
            unit?: string;
            /** @enum {string} */
            as?: "avg" | "sum";
            filter?: string;
            keys?: string[];
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
        };
        IamRole: {
            id?: string;
            name?: string;
            scopes?: string[];
            is_managed?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamRoleModel: {
            name?: string;
            scopes?: string[];
        };
        IamScope: {
            id?: string;
            description?: string;
        };
        IamSecret: {
            id?: string;
            type?: string;
            sub?: string;
            name?: string;
            secret?: string;
            is_confirmed?: boolean;
            qr_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamSecretRead: {
            id?: string;
            type?: string;
            sub?: string;
            name?: string;
            secret_last_4?: string;
            is_confirmed?: boolean;
            backups?: components["schemas"]["IamBackup"][];
            /** Format: date-time */
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamSecretRequest: {
            name?: string;
            backups?: components["schemas"]["IamBackup"][];
        };
        IamSecretUpdate: {
            backups?: components["schemas"]["IamBackup"][];
        };
        IamSignup: {
            company?: components["schemas"]["IamCompany"];
            user?: components["schemas"]["IamUserModel"];
        };
        IamSubscribe: {
            code?: string;
        };
        IamSubscription: {
            id?: string;
            code?: string;
            is_renewing?: boolean;
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
            items?: components["schemas"]["IamSubscriptionItem"][];
        };
        IamSubscriptionItem: {
            id?: string;
            product?: components["schemas"]["IamProduct"];
            /** @enum {string} */
            type?: "license" | "usage";
        };
        IamSubtenant: {
            id?: string;
            company?: string;
            /** @enum {string} */
            state?: "pending" | "approved" | "revoked" | "expired";
            tenant_id?: string;
            signee?: string;
            /** @enum {string} */
            type?: "invite" | "request";
            roles?: string[];
            /** Format: date-time */
            created_at?: string;
        };
        IamSubtenantUser: {
            first_name?: string;
            last_name?: string;
            email?: string;
            company?: string;
        };
        IamSystemRole: {
            id?: string;
            name?: string;
            scopes?: string[];
            client_id?: string;
            is_managed?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamTenant: {
            id?: string;
            name?: string;
            /** @default true */
            is_active: boolean;
            stripe_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamTier: {
            up_to?: number;
            flat_amount?: number;
            unit_amount?: number;
        };
        IamTokenRequest: {
            client_id?: string;
            client_secret?: string;
            grant_type?: string;
            scope?: string;
        };
        IamTrackedRecord: {
            id?: string;
            reference?: string;
            code?: string;
            unit?: string;
            quantity?: number;
            /** @enum {string} */
            processable_as?: "sum" | "avg";
            /** Format: date-time */
            tracked_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        IamTrial: {
            is_on_trial?: boolean;
            trial_balance?: number;
            /** Format: date-time */
            trial_ends_at?: string;
        };
        IamType: {
            code?: string;
            unit?: string;
            /** @enum {string} */
            processable_as?: "sum" | "avg";
            filter?: string;
        };
        IamUpcomingInvoice: {
            id?: string;
            total?: number;
            is_paid?: boolean;
            is_cancelled?: boolean;
            /** Format: date-time */
            invoiced_at?: string;
            reference?: string;
            products?: components["schemas"]["IamInvoiceProduct"][];
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
        };
        IamUsageRecord: {
            code?: string;
            unit?: string;
            quantity?: number;
        };
        IamUsageRequest: {
            code?: string;
            unit?: string;
        };
        IamUser: {
            id?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            is_verified?: boolean;
            is_pending_invite?: boolean;
            is_primary?: boolean;
            is_deleted?: boolean;
            tenant_id?: string;
            roles?: string[];
            /** Format: date-time */
            deleted_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        IamUserModel: {
            email?: string;
            password?: string;
            first_name?: string;
            last_name?: string;
        };
        IamUserTokenRequest: {
            email?: string;
            /** @enum {string} */
            type?: "verify" | "reset";
        };
        IamUserTokenResponse: {
            id?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        IamUserUpdateModel: {
            first_name?: string;
            last_name?: string;
        };
        IamValidationRequest: {
            otp?: string;
        };
        IamValidationResponse: {
            is_verified?: boolean;
        };
        IamVerifyRequest: {
            token?: string;
        };
        ListAuditLogFiltersResponse: {
            resource?: string[];
            method?: string[];
            user?: string[];
        };
        RequestPurgeTokenBody: {
            /** @description string rel:contacts, rel:organisations, rel:addresses, rel:phonenumbers, rel:identities, rel:tokens, lcs:shipments, odr:orders, odr:invoices, odr:calculations, odr:transactions */
            domains?: string[];
        };
        RequestPurgeTokenResponse: {
            /** Format: uuid */
            id?: string;
            /** @example Account Admin */
            name?: string;
            /** @example admin@example.org */
            email?: string;
        };
        SendInviteBody: {
            /** @example user@example.org */
            email?: string;
            roles?: string[];
        };
        SendSubtenantRequestBody: {
            /** @example user@example.org */
            signee?: string;
            roles?: string[];
        };
        UpdateCompanyNameBody: {
            /** @example CompanyName */
            name?: string;
        };
        UpdateInviteBody: {
            /** @enum {string} */
            state?: "approved" | "declined";
        };
        UpdateProfileBody: Record<string, unknown>;
        UpdateProfileResponse: Record<string, unknown>;
        UpdateRequestBody: {
            /** @enum {string} */
            state?: "approved" | "declined" | "revoked";
        };
        UpdateUserRolesBody: string[];
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
        /** @description Bad Request */
        BadRequestList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"][];
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
        /** @description Conflict */
        ConflictList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"][];
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
        /** @description Forbidden */
        ForbiddenList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"][];
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
        NotFoundList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"][];
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
        /** @description Unauthorized */
        UnauthorizedList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"][];
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
        /** @description Reference to the backend task. */
        XTaskId: string;
    };
    pathItems: never;
}
export type SchemaAddPaymentSourceBody = components['schemas']['AddPaymentSourceBody'];
export type SchemaAnnounceProfileBody = components['schemas']['AnnounceProfileBody'];
export type SchemaAnnounceProfileResponse = components['schemas']['AnnounceProfileResponse'];
export type SchemaCreateTenantResponse = components['schemas']['CreateTenantResponse'];
export type SchemaError = components['schemas']['Error'];
export type SchemaGetProfileDefinitionsResponse = components['schemas']['GetProfileDefinitionsResponse'];
export type SchemaGetProfileResponse200 = components['schemas']['GetProfileResponse200'];
export type SchemaGetProfileResponse206 = components['schemas']['GetProfileResponse206'];
export type SchemaGetRedirect302Response = components['schemas']['GetRedirect302Response'];
export type SchemaIamAccessToken = components['schemas']['IamAccessToken'];
export type SchemaIamAddOn = components['schemas']['IamAddOn'];
export type SchemaIamAddress = components['schemas']['IamAddress'];
export type SchemaIamAuditLog = components['schemas']['IamAuditLog'];
export type SchemaIamAuthorization = components['schemas']['IamAuthorization'];
export type SchemaIamAuthorizationResponse = components['schemas']['IamAuthorizationResponse'];
export type SchemaIamBackup = components['schemas']['IamBackup'];
export type SchemaIamBackupResponse = components['schemas']['IamBackupResponse'];
export type SchemaIamBillingCompany = components['schemas']['IamBillingCompany'];
export type SchemaIamBucket = components['schemas']['IamBucket'];
export type SchemaIamClient = components['schemas']['IamClient'];
export type SchemaIamClientModel = components['schemas']['IamClientModel'];
export type SchemaIamClientUpdateModel = components['schemas']['IamClientUpdateModel'];
export type SchemaIamCompany = components['schemas']['IamCompany'];
export type SchemaIamInvoice = components['schemas']['IamInvoice'];
export type SchemaIamInvoiceProduct = components['schemas']['IamInvoiceProduct'];
export type SchemaIamLog = components['schemas']['IamLog'];
export type SchemaIamPasswordReset = components['schemas']['IamPasswordReset'];
export type SchemaIamPaymentSource = components['schemas']['IamPaymentSource'];
export type SchemaIamPendingAuthorization = components['schemas']['IamPendingAuthorization'];
export type SchemaIamPendingRequest = components['schemas']['IamPendingRequest'];
export type SchemaIamPhoneNumber = components['schemas']['IamPhoneNumber'];
export type SchemaIamPhoneNumberModel = components['schemas']['IamPhoneNumberModel'];
export type SchemaIamPlan = components['schemas']['IamPlan'];
export type SchemaIamProduct = components['schemas']['IamProduct'];
export type SchemaIamPurgeToken = components['schemas']['IamPurgeToken'];
export type SchemaIamQuery = components['schemas']['IamQuery'];
export type SchemaIamQueryConstraint = components['schemas']['IamQueryConstraint'];
export type SchemaIamReport = components['schemas']['IamReport'];
export type SchemaIamReportRequest = components['schemas']['IamReportRequest'];
export type SchemaIamRole = components['schemas']['IamRole'];
export type SchemaIamRoleModel = components['schemas']['IamRoleModel'];
export type SchemaIamScope = components['schemas']['IamScope'];
export type SchemaIamSecret = components['schemas']['IamSecret'];
export type SchemaIamSecretRead = components['schemas']['IamSecretRead'];
export type SchemaIamSecretRequest = components['schemas']['IamSecretRequest'];
export type SchemaIamSecretUpdate = components['schemas']['IamSecretUpdate'];
export type SchemaIamSignup = components['schemas']['IamSignup'];
export type SchemaIamSubscribe = components['schemas']['IamSubscribe'];
export type SchemaIamSubscription = components['schemas']['IamSubscription'];
export type SchemaIamSubscriptionItem = components['schemas']['IamSubscriptionItem'];
export type SchemaIamSubtenant = components['schemas']['IamSubtenant'];
export type SchemaIamSubtenantUser = components['schemas']['IamSubtenantUser'];
export type SchemaIamSystemRole = components['schemas']['IamSystemRole'];
export type SchemaIamTenant = components['schemas']['IamTenant'];
export type SchemaIamTier = components['schemas']['IamTier'];
export type SchemaIamTokenRequest = components['schemas']['IamTokenRequest'];
export type SchemaIamTrackedRecord = components['schemas']['IamTrackedRecord'];
export type SchemaIamTrial = components['schemas']['IamTrial'];
export type SchemaIamType = components['schemas']['IamType'];
export type SchemaIamUpcomingInvoice = components['schemas']['IamUpcomingInvoice'];
export type SchemaIamUsageRecord = components['schemas']['IamUsageRecord'];
export type SchemaIamUsageRequest = components['schemas']['IamUsageRequest'];
export type SchemaIamUser = components['schemas']['IamUser'];
export type SchemaIamUserModel = components['schemas']['IamUserModel'];
export type SchemaIamUserTokenRequest = components['schemas']['IamUserTokenRequest'];
export type SchemaIamUserTokenResponse = components['schemas']['IamUserTokenResponse'];
export type SchemaIamUserUpdateModel = components['schemas']['IamUserUpdateModel'];
export type SchemaIamValidationRequest = components['schemas']['IamValidationRequest'];
export type SchemaIamValidationResponse = components['schemas']['IamValidationResponse'];
export type SchemaIamVerifyRequest = components['schemas']['IamVerifyRequest'];
export type SchemaListAuditLogFiltersResponse = components['schemas']['ListAuditLogFiltersResponse'];
export type SchemaRequestPurgeTokenBody = components['schemas']['RequestPurgeTokenBody'];
export type SchemaRequestPurgeTokenResponse = components['schemas']['RequestPurgeTokenResponse'];
export type SchemaSendInviteBody = components['schemas']['SendInviteBody'];
export type SchemaSendSubtenantRequestBody = components['schemas']['SendSubtenantRequestBody'];
export type SchemaUpdateCompanyNameBody = components['schemas']['UpdateCompanyNameBody'];
export type SchemaUpdateInviteBody = components['schemas']['UpdateInviteBody'];
export type SchemaUpdateProfileBody = components['schemas']['UpdateProfileBody'];
export type SchemaUpdateProfileResponse = components['schemas']['UpdateProfileResponse'];
export type SchemaUpdateRequestBody = components['schemas']['UpdateRequestBody'];
export type SchemaUpdateUserRolesBody = components['schemas']['UpdateUserRolesBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseBadRequestList = components['responses']['BadRequestList'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseConflictList = components['responses']['ConflictList'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseForbiddenList = components['responses']['ForbiddenList'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotFoundList = components['responses']['NotFoundList'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseUnauthorizedList = components['responses']['UnauthorizedList'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXCount = components['headers']['XCount'];
export type HeaderXTaskId = components['headers']['XTaskId'];
export type $defs = Record<string, never>;
export interface operations {
    getSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that we look for */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret that matches the query */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSecretRead"];
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
    updateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that we look for */
                type: string;
            };
            cookie?: never;
        };
        /** @description Secret request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamSecretUpdate"];
            };
        };
        responses: {
            /** @description The secret that was created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSecretRead"];
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
    createSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that we look for */
                type: string;
            };
            cookie?: never;
        };
        /** @description Secret request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamSecretRequest"];
            };
        };
        responses: {
            /** @description The secret that was created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSecret"];
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
    deleteSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that needs to be deleted */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret that was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSecretRead"];
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
    requestBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that we look for */
                type: string;
                /** @description Channel of choice */
                channel: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The validation response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamBackupResponse"];
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
    verifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Type that we look for */
                type: string;
            };
            cookie?: never;
        };
        /** @description Validation request object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamValidationRequest"];
            };
        };
        responses: {
            /** @description The validation response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamValidationResponse"];
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
    getBillingInformation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cards that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamBillingCompany"];
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
    updateBillingInformation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Email object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamBillingCompany"];
            };
        };
        responses: {
            /** @description Cards that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamBillingCompany"];
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
    refreshAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An extended access token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAccessToken"];
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
    revokeTokens: {
        parameters: {
            query?: {
                /** @description Current (default value) will revoke only the token that is passed as Authorization header. JWT will revoke all the users' JWT tokens. All will revoke all JWT and refresh tokens that belong to the user. */
                tokens?: "current" | "jwt" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An extended access token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAccessToken"];
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
    exportLogs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Log object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamQuery"];
            };
        };
        responses: {
            /** @description Export started */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
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
    queryLogs: {
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
        /** @description Log object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamQuery"];
            };
        };
        responses: {
            /** @description The results */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamLog"][];
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
    listAuditLog: {
        parameters: {
            query?: {
                /** @description The method filter */
                method?: string;
                /** @description The resource filter */
                resource?: string;
                /** @description The user filter */
                user?: string;
                /** @description Timestamp to filter log date */
                logged_after?: string;
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
            /** @description List of audit lines */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAuditLog"][];
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
    listAuditLogFilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of audit filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAuditLogFiltersResponse"];
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
    listOpenClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"][];
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
    getRedirect: {
        parameters: {
            query?: {
                redirect_uri?: string;
                client_id?: string;
                response_type?: string;
                scope?: string;
                tenant?: string;
                state?: string;
                nonce?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of emails */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAuthorizationResponse"];
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
    getAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Token request object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamTokenRequest"];
            };
        };
        responses: {
            /** @description List of emails */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAccessToken"];
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
    listClients: {
        parameters: {
            query?: {
                is_deleted?: 1 | 0;
                scope?: string;
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
            /** @description List of clients */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"][];
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
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Create object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamClientModel"];
            };
        };
        responses: {
            /** @description The created client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"];
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
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the oauth client */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The oauth client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"];
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
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the oauth client */
                id: string;
            };
            cookie?: never;
        };
        /** @description Update object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamClientUpdateModel"];
            };
        };
        responses: {
            /** @description The updated client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"];
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
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the oauth client */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamClient"];
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
    getRedirect302: {
        parameters: {
            query?: {
                /** @description Pass along to change the redirect response into a response with a body. Note that this option only works on previously approved authorizations. */
                silent?: "0" | "1";
            };
            header?: never;
            path: {
                /** @description Reference that belongs to the authorize request */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description when silent we return the token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRedirect302Response"];
                };
            };
            /** @description Redirect the user to the (third party) app */
            302: {
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
    getScopesList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamScope"][];
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
    getScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier that belongs to the scope */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of scopes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamScope"];
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
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamProduct"][];
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
    getProfile: {
        parameters: {
            query?: {
                /** @description the channel_id to resolve the channel in the path for */
                channel_id?: string;
            };
            header?: never;
            path: {
                /** @description The correlationID of a configuration where we are updating the configuration off */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success repsonse with information about the service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProfileResponse200"];
                };
            };
            /** @description a schema exists, yet there is no profile posted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description there are several schema's available, yet not all have data */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProfileResponse206"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenList"];
            404: components["responses"]["NotFoundList"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfile: {
        parameters: {
            query?: {
                /** @description the channel_id to resolve the channel in the path for */
                channel_id?: string;
            };
            header?: never;
            path: {
                /** @description The correlationID of a configuration where we are updating the configuration off */
                path: string;
            };
            cookie?: never;
        };
        /** @description update a profile */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateProfileBody"];
            };
        };
        responses: {
            /** @description success repsonse with information about the service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProfileResponse"];
                };
            };
            400: components["responses"]["BadRequestList"];
            401: components["responses"]["UnauthorizedList"];
            403: components["responses"]["ForbiddenList"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictList"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    announceProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the key we want to register */
                path: string;
            };
            cookie?: never;
        };
        /** @description Announce a profile definition for a given path */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnnounceProfileBody"];
            };
        };
        responses: {
            /** @description success repsonse with the posted definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnounceProfileResponse"];
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
    getProfileDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the key we want to register */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success repsonse with information about the service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProfileDefinitionsResponse"];
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
    requestPurgeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Purge request */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RequestPurgeTokenBody"];
            };
        };
        responses: {
            /** @description Token data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPurgeTokenResponse"];
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
    viewPurgeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Token data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPurgeToken"];
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
    startPurge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Token data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPurgeToken"];
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
    listRecords: {
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
            /** @description List configuration */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamTrackedRecord"][];
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
    queryUsage: {
        parameters: {
            query?: {
                page_size?: number;
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Report request object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamReportRequest"];
            };
        };
        responses: {
            /** @description The reporting data */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamReport"][];
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
    listSystemRoles: {
        parameters: {
            query?: {
                client_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSystemRole"][];
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
    getSystemRole: {
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
            /** @description List of roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSystemRole"][];
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
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamRole"][];
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
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Role object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamRoleModel"];
            };
        };
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamRole"];
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
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamRole"];
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
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Role object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamRoleModel"];
            };
        };
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamRole"];
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
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamRole"];
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
    listNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPhoneNumber"][];
                };
            };
            /** @description Redirect the user to the (third party) app */
            302: {
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
    createNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamPhoneNumberModel"];
            };
        };
        responses: {
            /** @description List of phone numbers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPhoneNumber"];
                };
            };
            /** @description Redirect the user to the (third party) app */
            302: {
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
    listPaymentSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sources that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPaymentSource"][];
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
    addPaymentSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AddPaymentSourceBody"];
            };
        };
        responses: {
            /** @description Sources that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPaymentSource"][];
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
    removePaymentSource: {
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
            /** @description Sources that are available */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPaymentSource"][];
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
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSubscription"][];
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
    addSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamSubscribe"];
            };
        };
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUsageRecord"][];
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
    addAddOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamAddOn"];
            };
        };
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUsageRecord"][];
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
    listSubscriptionInvoices: {
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
            /** @description List of active subscriptions */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamInvoice"][];
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
    getUpcoming: {
        parameters: {
            query?: {
                /** @description cnt */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUpcomingInvoice"];
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
    getTrial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamTrial"];
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
    getUsages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamUsageRequest"];
            };
        };
        responses: {
            /** @description List of active subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUsageRecord"][];
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
    listSubtenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSubtenant"][];
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
    listAuthorizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAuthorization"][];
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
    listPendingAuthorizationInvites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPendingAuthorization"][];
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
    sendInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SendInviteBody"];
            };
        };
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPendingAuthorization"];
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
    listPendingAuthorizationRequests: {
        parameters: {
            query?: {
                state?: "pending" | "revoked" | "denied" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAuthorization"][];
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
    updateRequest: {
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
                "application/json": components["schemas"]["UpdateRequestBody"];
            };
        };
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamAuthorization"];
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
    getDefaultSubtenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default subtenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSubtenant"];
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
    listPendingInvites: {
        parameters: {
            query?: {
                state?: "pending" | "denied";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSubtenant"][];
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
    updateInvite: {
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
                "application/json": components["schemas"]["UpdateInviteBody"];
            };
        };
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamSubtenant"];
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
    listPendingSubtenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPendingRequest"][];
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
    sendSubtenantRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SendSubtenantRequestBody"];
            };
        };
        responses: {
            /** @description The created request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamPendingRequest"];
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
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Signup object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamSignup"];
            };
        };
        responses: {
            /** @description Tenant and user information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTenantResponse"];
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
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the tenant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tenants model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamTenant"];
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
    updateCompanyName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the tenant */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyNameBody"];
            };
        };
        responses: {
            /** @description Tenants model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamTenant"];
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
    listTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamType"][];
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
    listUsers: {
        parameters: {
            query?: {
                is_pending_invite?: 1 | 0;
                is_deleted?: 1 | 0;
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
            /** @description List of users */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"][];
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
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description User object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamUserModel"];
            };
        };
        responses: {
            /** @description Created user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    joinTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reset object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamPasswordReset"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reset object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamPasswordReset"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request reset object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamUserTokenRequest"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUserTokenResponse"];
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
    invalidateTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request reset object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamUserTokenRequest"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUserTokenResponse"];
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
    verifyUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Verify object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamVerifyRequest"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the user */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the user */
                id: string;
            };
            cookie?: never;
        };
        /** @description User object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IamUserUpdateModel"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the user */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    updateUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id that belongs to the user */
                id: string;
            };
            cookie?: never;
        };
        /** @description Array of role id's */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateUserRolesBody"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUser"];
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
    listTokens: {
        parameters: {
            query: {
                type: string;
            };
            header?: never;
            path: {
                /** @description Id that belongs to the user */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamUserTokenResponse"][];
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
